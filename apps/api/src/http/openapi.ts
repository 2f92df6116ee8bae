import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
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
  429: 'Demasiadas solicitudes (RATE_LIMITED)',
  503: 'Servicio no disponible',
};

/** Error answers of an operation (or of every operation of a controller), as problem+json. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEMS[status] ?? 'Error',
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
