import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiHeader,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
  type HeaderObject,
  type OpenAPIObject,
} from '@nestjs/swagger';

/** OpenAPI shapes shared by the controllers: problem+json errors, pages, uuid path ids. */

export class FieldErrorDto {
  @ApiProperty({ example: 'subject' })
  field!: string;

  @ApiProperty({ type: [String] })
  messages!: string[];
}

/** RFC 9457 body of every error (docs/errores.md); other members depend on the code. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:despacho:problema:validation-failed' })
  type!: string;

  @ApiProperty({ example: 'Datos inválidos' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status!: number;

  @ApiProperty({ example: 'Datos inválidos en: subject.' })
  detail!: string;

  @ApiProperty({
    description: 'Código estable: los clientes deciden por él',
    example: 'VALIDATION_FAILED',
  })
  code!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Solo con campos inválidos' })
  errors?: FieldErrorDto[];
}

const PROBLEMS: Readonly<Record<number, string>> = {
  400: 'Datos inválidos (VALIDATION_FAILED) o solicitud mal formada (MALFORMED_REQUEST)',
  401: 'Sin sesión válida (UNAUTHENTICATED)',
  403: 'No le corresponde (FORBIDDEN)',
  404: 'No existe en su municipalidad (NOT_FOUND)',
  409: 'El estado no lo permite (TRANSITION_NOT_ALLOWED u otro código del dominio)',
  412: 'If-Match no coincide con la versión actual (VERSION_CONFLICT)',
  413: 'Cuerpo demasiado grande (PAYLOAD_TOO_LARGE)',
  415: 'Tipo de contenido no admitido (UNSUPPORTED_MEDIA_TYPE)',
  422: 'La Idempotency-Key ya se usó para otra solicitud (IDEMPOTENCY_KEY_REUSED) u otro código del dominio',
  429: 'Demasiadas solicitudes (RATE_LIMITED); Retry-After dice en cuántos segundos reintentar',
  503: 'Servicio no disponible',
};

/** Sent with every 429: the rate limit's window, or the account lockout's remaining time. */
const RETRY_AFTER = {
  description: 'Segundos que faltan para poder reintentar',
  required: true,
  schema: { type: 'integer', minimum: 1 },
} satisfies HeaderObject;

/** Error answers of an operation (or of every operation of a controller), as problem+json. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEMS[status] ?? 'Error',
        ...(status === 429 ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
        content: {
          'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } },
        },
      }),
    ),
  );
}

/** A path id that must be a UUID (uuidParam answers 400 otherwise). */
export const ApiUuidParam = (name = 'id', description?: string) =>
  ApiParam({
    name,
    schema: { type: 'string', format: 'uuid' },
    ...(description ? { description } : {}),
  });

/** `{items, total, page, pageSize}` of `item`, as a named class (schema `<name>`). */
export function pageOf(item: Type<unknown>, name: string): Type<unknown> {
  class Page {
    @ApiProperty({ type: [item] })
    items!: unknown[];

    @ApiProperty({ type: 'integer', minimum: 0 })
    total!: number;

    @ApiProperty({ type: 'integer', minimum: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', minimum: 1 })
    pageSize!: number;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}

/** Response headers the API sends, as OpenAPI header objects (only what the code really sends). */
export const ResponseHeaders = {
  /** The workflow resource's version, quoted: what If-Match expects back. */
  versionEtag: {
    description: 'Versión del expediente entre comillas; envíela en If-Match para no pisar cambios',
    required: true,
    schema: { type: 'string', pattern: '^"[0-9]+"$', example: '"3"' },
  },
  idempotentReplayed: {
    description:
      'Presente (true) cuando la respuesta es la guardada de una solicitud anterior con la misma Idempotency-Key: no se repitió nada',
    required: false,
    schema: { type: 'string', enum: ['true'] },
  },
  /** A stored file's SHA-256, quoted (its bytes never change). */
  contentEtag: {
    description: 'SHA-256 del contenido, entre comillas; el contenido nunca cambia',
    required: true,
    schema: { type: 'string', pattern: '^"[0-9a-f]{64}"$' },
  },
  immutable: {
    description: 'private, max-age=31536000, immutable',
    required: true,
    schema: { type: 'string' },
  },
  contentDisposition: {
    description: 'inline o attachment, con el nombre del archivo',
    required: true,
    schema: { type: 'string' },
  },
  /** A PDF rendered on each request: it may be kept, but revalidated. */
  noCache: {
    description: 'private, no-cache',
    required: true,
    schema: { type: 'string' },
  },
  /** @fastify/rate-limit's headers on the routes it limits. */
  rateLimit: {
    'X-RateLimit-Limit': {
      description: 'Solicitudes admitidas en la ventana',
      required: true,
      schema: { type: 'integer', minimum: 0 },
    },
    'X-RateLimit-Remaining': {
      description: 'Solicitudes que quedan en la ventana',
      required: true,
      schema: { type: 'integer', minimum: 0 },
    },
    'X-RateLimit-Reset': {
      description: 'Segundos hasta que la ventana se reinicia',
      required: true,
      schema: { type: 'integer', minimum: 0 },
    },
  },
} satisfies Record<string, HeaderObject | Record<string, HeaderObject>>;

/** `Idempotency-Key` (workflow-request.ts `idempotencyOf`): a repeat gets the first answer back. */
export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Clave del cliente para reintentar sin duplicar: la misma clave con la misma solicitud devuelve la primera respuesta (Idempotent-Replayed: true); con otra solicitud, 422 IDEMPOTENCY_KEY_REUSED',
    schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
  });

/** `If-Match` with the resource's version (workflow-request.ts `expectedVersion`). */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'Versión esperada del expediente (su ETag: "3"; también 3 o W/"3"); si ya cambió, 412 VERSION_CONFLICT y no se aplica nada',
    schema: { type: 'string', pattern: '^\\s*(W/)?"?[0-9]{1,9}"?\\s*$', example: '"3"' },
  });

const REQUEST_ID = 'X-Request-Id';

/**
 * `X-Request-Id` on every operation (create-app.ts): a caller's plain token is kept, otherwise a
 * fresh UUID; every answer echoes it. Added to the built document, since it is everywhere.
 */
export function declareRequestId(document: OpenAPIObject): OpenAPIObject {
  const components = document.components ?? {};
  components.parameters = {
    ...components.parameters,
    [REQUEST_ID]: {
      name: REQUEST_ID,
      in: 'header',
      required: false,
      description:
        'Identificador de la solicitud para correlacionar logs; si no es un token simple (1 a 128 de A-Z a-z 0-9 . _ : -), se genera un UUID',
      schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,128}$' },
    },
  };
  components.headers = {
    ...components.headers,
    [REQUEST_ID]: {
      description: 'El X-Request-Id recibido, o el UUID que se generó para esta solicitud',
      required: true,
      schema: { type: 'string' },
    },
  };
  document.components = components;
  for (const item of Object.values(document.paths))
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.parameters = [
        ...(operation.parameters ?? []),
        { $ref: `#/components/parameters/${REQUEST_ID}` },
      ];
      for (const response of Object.values(operation.responses))
        if (response && !('$ref' in response))
          response.headers = {
            ...response.headers,
            [REQUEST_ID]: { $ref: `#/components/headers/${REQUEST_ID}` },
          };
    }
  return document;
}

/** The body of a PDF response. */
export const PDF_CONTENT = {
  'application/pdf': { schema: { type: 'string', format: 'binary' } },
} as const;

/** The headers of a PDF rendered on each request (a preview, a cédula, an acta). */
export const RENDERED_PDF_HEADERS = {
  'Cache-Control': ResponseHeaders.noCache,
  'Content-Disposition': ResponseHeaders.contentDisposition,
};
