import type { Type } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { kindContract, LIST_COUNT_CAP, SEARCH_WINDOW, type WorkflowKind } from '#workflow';

/** Response shapes of the generic workflow resource, for the OpenAPI document only. */

export class DeadlineTermDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  days!: number;

  @ApiProperty({ enum: ['business', 'calendar'], description: 'Días hábiles o calendario' })
  unit!: string;
}

/** An open term or obligation of an instance (DeadlineView in libs/workflow). */
export class DeadlineDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    pattern: '^[a-z0-9_]+$',
    description: 'Código estable del plazo: los clientes deciden por él, nunca por name',
    example: 'opinion_legal',
  })
  code!: string;

  @ApiProperty({ description: 'Nombre para las personas', example: 'Opinión legal' })
  name!: string;

  @ApiProperty({
    enum: ['state', 'obligation'],
    description:
      'state: plazo del estado en que se abrió; obligation: obligación que abrió el tipo',
  })
  source!: string;

  @ApiProperty({ description: 'Distingue obligaciones del mismo código; vacío en los demás' })
  key!: string;

  @ApiProperty({ description: 'Estado del expediente en que se abrió' })
  state!: string;

  @ApiProperty({
    type: DeadlineTermDto,
    nullable: true,
    description: 'null si el último día se dio como fecha',
  })
  term!: DeadlineTermDto | null;

  @ApiProperty({ format: 'date', description: 'Desde cuándo se cuenta (D2)' })
  startsOn!: string;

  @ApiProperty({ format: 'date', description: 'Último día del plazo' })
  dueOn!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Fin del último día, en la zona de la municipalidad',
  })
  dueAt!: string;

  @ApiProperty({ enum: ['pending', 'expired', 'met', 'met_late', 'cancelled'] })
  status!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Unidad que debe actuar',
  })
  responsibleUnitId!: string | null;

  @ApiProperty({
    type: 'integer',
    description:
      'Días hábiles que quedan, contados desde hoy (la fecha de la municipalidad según el reloj de Despacho): los que siguen a hoy hasta el último día inclusive; 0 el último día; negativo, los días hábiles de atraso',
    example: 3,
  })
  businessDaysLeft!: number;
}

/** A reminder, the expiry or an escalation of a deadline (DeadlineAlert in libs/workflow). */
export class DeadlineAlertDto {
  @ApiProperty({
    enum: ['reminder', 'expiry', 'escalation'],
    description: 'Recordatorio antes del último día, vencimiento al final de él, o escalamiento',
  })
  kind!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: '1, 2… entre los recordatorios o los escalamientos; 0 el vencimiento',
  })
  level!: number;

  @ApiProperty({
    description: 'A quién llega: unit (la unidad responsable) o el rol al que escala',
    example: 'GERENTE_MUNICIPAL',
  })
  target!: string;

  @ApiProperty({ format: 'date-time', description: 'Cuándo se dispara (o se disparaba)' })
  fireAt!: string;

  @ApiProperty({
    enum: ['pending', 'fired', 'cancelled'],
    description: 'cancelled: el plazo se cerró (o se volvió a contar) antes de su hora',
  })
  status!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Cuándo se disparó',
  })
  firedAt!: string | null;
}

/** A deadline of the instance, open or closed, with its alerts. */
export class ScheduledDeadlineDto extends DeadlineDto {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      'Días hábiles que quedan (negativo: de atraso), contados desde today; null si el plazo ya se cerró',
    example: 3,
  })
  declare businessDaysLeft: number;

  @ApiProperty({ format: 'date-time', description: 'Cuándo se abrió' })
  openedAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Cuándo se cerró (cumplido, vencido o cancelado); null si sigue abierto',
  })
  closedAt!: string | null;

  @ApiProperty({
    type: [DeadlineAlertDto],
    description: 'Recordatorios, vencimiento y escalamientos, por hora',
  })
  alerts!: DeadlineAlertDto[];
}

export class DeadlineScheduleDto {
  @ApiProperty({
    format: 'date',
    description:
      'Hoy en la municipalidad según el reloj de Despacho: desde donde se cuentan los días',
  })
  today!: string;

  @ApiProperty({
    type: [ScheduledDeadlineDto],
    description: 'Todos los plazos y obligaciones del expediente, en el orden en que se abrieron',
  })
  items!: ScheduledDeadlineDto[];
}

export class HistoryItemDto {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Posición en la cadena de auditoría (null mientras espera su sellado)',
  })
  seq!: number | null;

  @ApiProperty({ description: 'Evento (CREATE al crearse)', example: 'SUBMIT' })
  type!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Estado anterior (null al crearse)' })
  from!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Estado al que pasó' })
  to!: string | null;

  @ApiProperty({ description: 'Quién actuó (su usuario, o «sistema» para los plazos)' })
  actor!: string;

  @ApiProperty({ type: String, nullable: true, description: 'En nombre de quién (delegación)' })
  onBehalfOf!: string | null;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Los datos del evento, como se auditaron',
  })
  payload!: Record<string, unknown>;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^[0-9a-f]{64}$',
    description:
      'SHA-256 del eslabón; null mientras el evento espera su sellado en la cadena (a lo sumo AUDIT_SEAL_MS)',
  })
  hash!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 del eslabón anterior (null mientras espera su sellado)',
  })
  prevHash!: string | null;
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
class NoFields {}

export interface KindSchemas {
  readonly resource: Type<unknown>;
  readonly summary: Type<unknown>;
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

  // The kind's own fields (what its `present` adds), then the kernel's.
  class Resource extends (kind.resource ?? NoFields) {
    @ApiProperty({ format: 'uuid' })
    id!: string;

    @ApiProperty({ enum: [kind.name] })
    kind!: string;

    @ApiProperty(contract ? { enum: [...contract.states] } : { type: String })
    state!: string;

    @ApiProperty({
      type: 'integer',
      minimum: 1,
      description: 'Sube con cada evento; va en el ETag y se envía en If-Match',
    })
    version!: number;

    @ApiProperty({
      type: [String],
      ...(contract ? { enum: Object.keys(contract.events) } : {}),
      description: 'Eventos que usted puede enviar ahora (según el estado y su rol)',
    })
    allowedEvents!: string[];

    @ApiProperty({ type: [DeadlineDto], description: 'Plazos y obligaciones abiertos' })
    deadlines!: DeadlineDto[];

    @ApiProperty({ format: 'date-time' })
    createdAt!: string;

    @ApiProperty({ format: 'date-time' })
    updatedAt!: string;
  }
  const resource = named(Resource, `${prefix}ResourceDto`);

  // A list item: the kind's summary fields (its `summary`), then the kernel's.
  class Summary extends (kind.summary ?? NoFields) {
    @ApiProperty({ format: 'uuid' })
    id!: string;

    @ApiProperty({ enum: [kind.name] })
    kind!: string;

    @ApiProperty(contract ? { enum: [...contract.states] } : { type: String })
    state!: string;

    @ApiProperty({ type: 'integer', minimum: 1 })
    version!: number;

    @ApiProperty({ description: 'Cómo se nombra el expediente (su número, o su asunto o título)' })
    label!: string;

    @ApiProperty({
      type: String,
      format: 'uuid',
      nullable: true,
      description: 'Unidad dueña (el filtro unit)',
    })
    unitId!: string | null;

    @ApiProperty({
      type: 'integer',
      nullable: true,
      description: 'Año del expediente (el filtro year)',
    })
    year!: number | null;

    @ApiProperty({ type: [DeadlineDto], description: 'Plazos y obligaciones abiertos' })
    deadlines!: DeadlineDto[];

    @ApiProperty({ format: 'date-time' })
    createdAt!: string;

    @ApiProperty({ format: 'date-time' })
    updatedAt!: string;
  }
  const summary = named(Summary, `${prefix}SummaryDto`);

  class Page {
    @ApiProperty({
      type: [summary],
      description: 'Resúmenes: el expediente completo se lee con GET /{id}',
    })
    items!: unknown[];

    @ApiProperty({
      type: 'integer',
      minimum: 0,
      description: `Cuántos hay, contados hasta ${LIST_COUNT_CAP} (con q, entre las ${SEARCH_WINDOW} coincidencias más recientes); si hay más, totalIsEstimate es true y total es ese tope`,
    })
    total!: number;

    @ApiProperty({
      description: `true: hay más de total (se muestra «más de ${LIST_COUNT_CAP}»); false: total es exacto`,
    })
    totalIsEstimate!: boolean;

    @ApiProperty({ type: 'integer', minimum: 1 })
    page!: number;

    @ApiProperty({ type: 'integer', minimum: 1 })
    pageSize!: number;

    @ApiProperty({
      type: String,
      nullable: true,
      description:
        'Cursor de la página siguiente (opaco): envíelo en cursor para seguir; null en la última',
    })
    nextCursor!: string | null;
  }
  const page = named(Page, `${prefix}PageDto`);

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
    summary,
    page,
    events,
    states: contract?.states,
    eventBody,
  };
}
