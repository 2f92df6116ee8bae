import ajvModule, { type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { Response } from 'supertest';

const Ajv = ajvModule.default;
const addFormats = ajvFormats.default;

type Json = Record<string, unknown>;

interface HeaderObject {
  readonly required?: boolean;
  readonly schema?: Json;
  readonly $ref?: string;
}

interface ResponseObject {
  readonly headers?: Record<string, HeaderObject>;
  readonly content?: Record<string, { readonly schema?: Json }>;
}

interface Operation {
  readonly responses: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, Json>; readonly headers?: Json };
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An OpenAPI 3.0 schema as JSON Schema for Ajv: `nullable` becomes a union with null, `$ref`s
 * point into the components (schema `closed` or `open`), and the keywords only OpenAPI knows go. With
 * `closed`, an object that lists its properties admits no others (unless it says so itself): an
 * undocumented field in an answer is an error, not a surprise for a generated client.
 */
function toJsonSchema(schema: unknown, closed: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, closed));
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (['nullable', 'example', 'discriminator', 'xml', 'externalDocs'].includes(key)) continue;
    if (key === '$ref' && typeof value === 'string')
      out[key] = value.replace(
        '#/components/schemas/',
        `${closed ? 'closed' : 'open'}#/definitions/`,
      );
    else if (key === 'properties' && isObject(value))
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, toJsonSchema(s, closed)]),
      );
    else if (['items', 'additionalProperties', 'not'].includes(key) && isObject(value))
      out[key] = toJsonSchema(value, closed);
    else if (['allOf', 'oneOf', 'anyOf'].includes(key)) out[key] = toJsonSchema(value, closed);
    else out[key] = value;
  }
  if (closed && isObject(out['properties']) && out['additionalProperties'] === undefined)
    out['additionalProperties'] = false;
  if (schema['nullable'] === true) {
    const { description, ...rest } = out;
    return {
      ...(description === undefined ? {} : { description }),
      anyOf: [rest, { type: 'null' }],
    };
  }
  return out;
}

/** The path template of the document a request went to (literal segments win over `{param}`). */
function templateOf(templates: readonly string[], path: string): string | undefined {
  const matches = templates.filter((template) =>
    new RegExp(
      `^${template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}$`,
    ).test(path),
  );
  const params = (template: string) => (template.match(/\{/g) ?? []).length;
  return matches.sort((a, b) => params(a) - params(b))[0];
}

/**
 * Checks real answers against the published OpenAPI document: the status is declared, the body
 * validates against the schema of its media type (2xx strictly: no undocumented field), and the
 * headers the document says are always sent are there and valid.
 */
export class ResponseContract {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: string[];
  /** `METHOD /template status`: every answer checked, for coverage assertions. */
  readonly seen = new Set<string>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.templates = Object.keys(document.paths);
    for (const closed of [true, false])
      this.ajv.addSchema({
        $id: closed ? 'closed' : 'open',
        definitions: Object.fromEntries(
          Object.entries(document.components.schemas).map(([name, s]) => [
            name,
            toJsonSchema(s, closed),
          ]),
        ),
      });
  }

  private validator(schema: Json, closed: boolean): ValidateFunction {
    const key = `${closed ? 'closed' : 'open'} ${JSON.stringify(schema)}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema, closed) as Json);
      this.validators.set(key, validate);
    }
    return validate;
  }

  private header(header: HeaderObject): HeaderObject {
    if (!header.$ref) return header;
    const name = header.$ref.replace('#/components/headers/', '');
    return (this.document.components.headers?.[name] ?? {}) as HeaderObject;
  }

  /** What is wrong with this answer, by the document (an empty list: nothing). */
  problems(method: string, url: string, response: Response): string[] {
    const path = url.split('?')[0] ?? url;
    const template = templateOf(this.templates, path);
    const where = `${method.toUpperCase()} ${template ?? path} ${response.status}`;
    if (!template) return [`${where}: la ruta no está en el documento`];
    const operation = this.document.paths[template]?.[method.toLowerCase()];
    if (!operation) return [`${where}: la operación no está en el documento`];
    const declared = operation.responses[String(response.status)];
    if (!declared) return [`${where}: el estado no está declarado`];
    this.seen.add(where);
    const found: string[] = [];

    for (const [name, raw] of Object.entries(declared.headers ?? {})) {
      const header = this.header(raw);
      const value = response.headers[name.toLowerCase()] as string | undefined;
      if (value === undefined) {
        if (header.required) found.push(`${where}: falta el encabezado ${name}`);
        continue;
      }
      if (!header.schema) continue;
      const typed = header.schema['type'] === 'integer' ? Number(value) : value;
      const validate = this.validator(header.schema, false);
      if (!validate(typed))
        found.push(
          `${where}: encabezado ${name}=${value}: ${this.ajv.errorsText(validate.errors)}`,
        );
    }

    const contentType = String(response.headers['content-type'] ?? '').split(';')[0] ?? '';
    if (!declared.content) {
      if (response.status !== 304 && response.status !== 204 && response.text)
        found.push(`${where}: el documento no declara cuerpo y la respuesta trae uno`);
      return found;
    }
    const media = declared.content[contentType];
    if (!media) {
      found.push(
        `${where}: ${contentType || 'sin tipo'} no es uno de ${Object.keys(declared.content).join(', ')}`,
      );
      return found;
    }
    if (!contentType.endsWith('json') || !media.schema) return found;
    // Problem bodies carry members that depend on their code (docs/errores.md): they stay open.
    const validate = this.validator(media.schema, response.status < 300);
    if (!validate(response.body))
      found.push(
        ...(validate.errors ?? []).map(
          (e) =>
            `${where}: ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
        ),
      );
    return found;
  }
}
