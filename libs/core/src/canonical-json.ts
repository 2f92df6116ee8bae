import canonicalizeModule from 'canonicalize';

// The package is CommonJS (`module.exports = serialize`) but its types declare an ES default export.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/** RFC 8785 (JCS) canonical JSON: what the audit chain and request hashes are computed over. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('Valor no representable en JSON canónico');
  return text;
}
