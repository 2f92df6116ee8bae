import type { Type } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { kindContract, type WorkflowKind } from '#workflow';
import { pageOf } from '../http/openapi.js';

/** Response shapes of the generic workflow resource, for the OpenAPI document only. */

export class DeadlineDto {
  @ApiProperty({ description: 'Código estable del plazo' })
  name!: string;

  @ApiProperty({ format: 'date-time' })
  dueAt!: string;

  @ApiProperty({ description: 'Situación del plazo', example: 'pending' })
  status!: string;
}

export class HistoryItemDto {
  @ApiProperty({ type: 'integer', description: 'Posición en la cadena de auditoría' })
  seq!: number;

  @ApiProperty({ description: 'Evento', example: 'SUBMIT' })
  type!: string;

  @ApiProperty({ type: String, nullable: true })
  from!: string | null;

  @ApiProperty({ type: String, nullable: true })
  to!: string | null;

  @ApiProperty({ description: 'Quién actuó' })
  actor!: string;

  @ApiProperty({ type: String, nullable: true, description: 'En nombre de quién (delegación)' })
  onBehalfOf!: string | null;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  payload!: Record<string, unknown>;

  @ApiProperty({ description: 'SHA-256 del eslabón' })
  hash!: string;

  @ApiProperty({ description: 'SHA-256 del eslabón anterior' })
  prevHash!: string;
}

const pascal = (text: string) =>
  text
    .toLowerCase()
    .split(/[-_]/)
    .map((part) => `${part[0]?.toUpperCase() ?? ''}${part.slice(1)}`)
    .join('');

function named<T extends Type<unknown>>(type: T, name: string): T {
  Object.defineProperty(type, 'name', { value: name });
  return type;
}

class NoPayload {}

export interface KindSchemas {
  readonly resource: Type<unknown>;
  readonly page: Type<unknown>;
  /** One class per event: its payload plus `type` (discriminator). */
  readonly events: readonly Type<unknown>[];
  readonly states: readonly string[] | undefined;
  /** `oneOf` of the events, discriminated by `type` (an open object when the kind has no contract). */
  readonly eventBody: Record<string, unknown>;
}

/** The kind's resource, page and event schemas, named after it (`ResolutionsResourceDto`, …). */
export function kindSchemas(kind: WorkflowKind): KindSchemas {
  const contract = kindContract(kind);
  const prefix = pascal(kind.name);

  class Resource {
    @ApiProperty({ format: 'uuid' })
    id!: string;

    @ApiProperty({ example: kind.name })
    kind!: string;

    @ApiProperty(contract ? { enum: [...contract.states] } : { type: String })
    state!: string;

    @ApiProperty({ type: 'integer', minimum: 1, description: 'Para If-Match' })
    version!: number;

    @ApiProperty({ type: [String], description: 'Eventos que usted puede enviar ahora' })
    allowedEvents!: string[];

    @ApiProperty({ type: [DeadlineDto] })
    deadlines!: DeadlineDto[];

    @ApiProperty({ format: 'date-time' })
    createdAt!: string;

    @ApiProperty({ format: 'date-time' })
    updatedAt!: string;
  }
  const resource = named(Resource, `${prefix}ResourceDto`);

  const events = Object.entries(contract?.events ?? {}).map(([type, payload]) => {
    class Event extends (payload ?? NoPayload) {}
    ApiProperty({ enum: [type] })(Event.prototype, 'type');
    return named(Event, `${prefix}${pascal(type)}EventDto`);
  });
  const eventBody =
    events.length > 0
      ? {
          oneOf: events.map((event) => ({ $ref: getSchemaPath(event) })),
          discriminator: {
            propertyName: 'type',
            mapping: Object.fromEntries(
              Object.keys(contract?.events ?? {}).map((type, i) => [
                type,
                getSchemaPath(events[i] ?? NoPayload),
              ]),
            ),
          },
        }
      : { type: 'object', required: ['type'], properties: { type: { type: 'string' } } };

  return {
    resource,
    page: pageOf(resource, `${prefix}PageDto`),
    events,
    states: contract?.states,
    eventBody,
  };
}
