import { isIP } from 'node:net';
import type { EnvSchema } from './env.schema.js';

/**
 * Which hops in front of the API may set X-Forwarded-For: none (`false`, the default), the
 * nearest N hops, or the listed addresses/CIDRs. Never "everyone", since every client could then
 * choose its own address and walk around every per-address limit.
 */
export type TrustProxy = false | number | readonly string[];

/** What the API exposes beyond its routes, and how the login is protected. */
export interface EdgeConfig {
  readonly trustProxy: TrustProxy;
  /** Failed logins of one account (from any address) that lock it, within `lockoutMinutes`. */
  readonly loginLockout: { readonly threshold: number; readonly minutes: number };
  /** Requests per address and minute to the public verification of printed copies. */
  readonly publicVerifyRateLimit: number;
  /** Serve /metrics at all; when `metricsToken` is set it needs `Authorization: Bearer <token>`. */
  readonly exposeMetrics: boolean;
  readonly metricsToken: string | undefined;
  /** Serve the OpenAPI UI and JSON (/api/docs, /api/docs-json). */
  readonly exposeApiDocs: boolean;
}

// proxy-addr's names for the private ranges, handy for a proxy on the same network.
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isAddressOrCidr = (entry: string): boolean => {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
};

/** Parses TRUST_PROXY, or says why it cannot. */
export function parseTrustProxy(value: string | undefined): TrustProxy | { problem: string } {
  const text = value?.trim().toLowerCase();
  if (text === undefined || text === '' || text === 'false' || text === '0') return false;
  if (text === 'true')
    return {
      problem:
        'TRUST_PROXY=true: confiaría en cualquier cliente; indique el número de proxies o sus direcciones/CIDR',
    };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? hops : { problem: 'TRUST_PROXY: como número, entre 0 y 10 proxies' };
  }
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !isAddressOrCidr(entry));
  return bad.length === 0
    ? entries
    : { problem: `TRUST_PROXY: no son direcciones IP ni CIDR: ${bad.join(', ')}` };
}

/** The edge section of the configuration; `problems` collects what is wrong. */
export function edgeConfig(
  parsed: EnvSchema,
  embedded: boolean,
  production: boolean,
  problems: string[],
): EdgeConfig {
  const trustProxy = parseTrustProxy(parsed.TRUST_PROXY);
  if (typeof trustProxy === 'object' && 'problem' in trustProxy) problems.push(trustProxy.problem);
  // Development and the embedded demo show everything; a production deployment opts in.
  const exposeByDefault = embedded || !production;
  return {
    trustProxy: typeof trustProxy === 'object' && 'problem' in trustProxy ? false : trustProxy,
    loginLockout: {
      threshold: parsed.LOGIN_LOCKOUT_THRESHOLD ?? 10,
      minutes: parsed.LOGIN_LOCKOUT_MINUTES ?? 15,
    },
    publicVerifyRateLimit: parsed.PUBLIC_VERIFY_RATE_LIMIT ?? 60,
    exposeMetrics: parsed.EXPOSE_METRICS ?? (exposeByDefault || parsed.METRICS_TOKEN !== undefined),
    metricsToken: parsed.METRICS_TOKEN,
    exposeApiDocs: parsed.EXPOSE_API_DOCS ?? exposeByDefault,
  };
}
