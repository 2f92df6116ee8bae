import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
  type Type,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '#core';
import { AuditChain } from '#audit';
import {
  administratorRefusal,
  LIST_COUNT_CAP,
  type Replayable,
  SEARCH_WINDOW,
  WorkflowEngine,
  type WorkflowKind,
  type WorkflowResource,
  WorkflowRegistry,
} from '#workflow';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import {
  ApiIdempotencyKey,
  ApiIfMatch,
  ApiProblems,
  ApiUuidParam,
  ResponseHeaders,
} from '../http/openapi.js';
import { uuidParam } from '../http/uuid-param.pipe.js';
import { validatePayload } from '../http/validate-payload.js';
import { WorkflowListQueryDto } from './workflow-list-query.dto.js';
import { DeadlineScheduleDto, HistoryItemDto, kindSchemas } from './workflow-resource.dto.js';
import { actorOf, expectedVersion, idempotencyOf, objectBody } from './workflow-request.js';

type Reply = FastifyReply;

function answer(reply: Reply, result: Replayable<WorkflowResource>): WorkflowResource {
  if (result.replayed) void reply.header('idempotent-replayed', 'true');
  void reply.header('etag', `"${result.body.version}"`);
  return result.body;
}

/**
 * The contract's shape for every workflow kind: create, list, read, send an event, history.
 * Each kind mounts it with its own options instead of writing the controller again.
 */
export function workflowResourceController(options: WorkflowKind): Type<unknown> {
  const kind = options.name;
  const schemas = kindSchemas(options);

  @ApiTags(options.tag)
  @ApiBearerAuth()
  @ApiExtraModels(...schemas.events)
  @ApiProblems(401)
  @Controller(kind)
  class WorkflowResourceController {
    constructor(
      @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
      @Inject(WorkflowRegistry) private readonly registry: WorkflowRegistry,
      @Inject(AuditChain) private readonly audit: AuditChain,
      @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
    ) {}

    @Post()
    @HttpCode(201)
    @ApiOperation({
      summary: `Crea un expediente (${kind})`,
      description: [
        options.creation,
        'Responde 201 con el expediente, sus plazos ya abiertos y su versión en el ETag. Un ADMIN nunca crea expedientes (403 ADMIN_DOES_NOT_ACT).',
        'Con Idempotency-Key, repetir la misma solicitud devuelve la primera respuesta sin crear otro.',
      ]
        .filter(Boolean)
        .join(' '),
    })
    @ApiBody({ type: options.createDto })
    @ApiIdempotencyKey()
    @ApiCreatedResponse({
      type: schemas.resource,
      description: 'El expediente creado',
      headers: {
        ETag: ResponseHeaders.versionEtag,
        'Idempotent-Replayed': ResponseHeaders.idempotentReplayed,
      },
    })
    @ApiProblems(400, 403, 409, 422)
    async create(
      @CurrentUser() caller: AuthenticatedUser,
      @Body() body: unknown,
      @Headers('idempotency-key') key: string | undefined,
      @Req() request: FastifyRequest,
      @Res({ passthrough: true }) reply: Reply,
    ) {
      const actor = actorOf(caller);
      // Before the kind's creator: the administrator never acts, whatever the kind.
      const administrator = administratorRefusal(actor);
      if (administrator) throw DomainError.of(administrator);
      const input = await validatePayload(options.createDto, objectBody(body));
      const context = options.creator
        ? await this.moduleRef.get(options.creator, { strict: false }).prepare(actor, input)
        : input;
      const idempotency = idempotencyOf(key, 'POST', request.url, body);
      return answer(reply, await this.engine.create(kind, actor, context, idempotency));
    }

    @Get()
    @ApiOperation({
      summary: `Lista los expedientes (${kind}) de la municipalidad, paginados`,
      description: `Resúmenes de los expedientes de este tipo de su municipalidad (el expediente completo, con allowedEvents, es GET /{id}), del más reciente al más antiguo. Cualquier usuario autenticado; filtros por estado, año, unidad dueña (unit) y texto (q, búsqueda en castellano: las ${SEARCH_WINDOW} coincidencias más recientes, ordenadas por relevancia). total se cuenta hasta ${LIST_COUNT_CAP} (totalIsEstimate). Para recorrer toda la lista, siga nextCursor en cursor; page sirve para las primeras páginas.`,
    })
    @ApiQuery(
      schemas.states
        ? {
            name: 'state',
            required: false,
            enum: [...schemas.states],
            description: 'Estado del expediente',
          }
        : { name: 'state', required: false, type: String },
    )
    @ApiOkResponse({ type: schemas.page })
    @ApiProblems(400)
    list(@CurrentUser() caller: AuthenticatedUser, @Query() query: WorkflowListQueryDto) {
      if (
        query.state !== undefined &&
        !Object.hasOwn(this.registry.current(kind).machine.root.states, query.state)
      )
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: state.', {
          errors: [{ field: 'state', messages: ['no es un estado de este tipo de expediente'] }],
        });
      if (query.cursor !== undefined && query.page !== 1)
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: cursor.', {
          errors: [
            {
              field: 'cursor',
              messages: ['no se combina con page: el cursor ya dice dónde sigue la lista'],
            },
          ],
        });
      return this.engine.list(kind, actorOf(caller), { ...query, unitId: query.unit });
    }

    @Get(':id')
    @ApiOperation({
      summary: 'El expediente, con los eventos que usted puede enviar y sus plazos',
      description:
        'Un expediente de su municipalidad (404 si es de otra) con los campos de su tipo, allowedEvents (lo que usted puede enviar ahora, según el estado y su rol) y sus plazos abiertos. El ETag lleva la versión para usarla en If-Match.',
    })
    @ApiUuidParam()
    @ApiOkResponse({ type: schemas.resource, headers: { ETag: ResponseHeaders.versionEtag } })
    @ApiProblems(400, 404)
    async get(
      @CurrentUser() caller: AuthenticatedUser,
      @Param('id', uuidParam()) id: string,
      @Res({ passthrough: true }) reply: Reply,
    ) {
      return answer(reply, {
        body: await this.engine.get(kind, id, actorOf(caller)),
        replayed: false,
      });
    }

    @Post(':id/events')
    @HttpCode(200)
    @ApiOperation({
      summary: 'Envía un evento {type, …datos}; If-Match con la versión evita pisar cambios',
      description:
        'Aplica el evento si el estado lo admite (409 TRANSITION_NOT_ALLOWED o un código del tipo) y la política se lo permite a usted (403): el cambio, su auditoría y sus plazos se guardan juntos. Con If-Match, 412 VERSION_CONFLICT si otro cambió el expediente antes; con Idempotency-Key, un reintento devuelve la primera respuesta sin aplicar el evento dos veces.',
    })
    @ApiUuidParam()
    @ApiBody({ schema: schemas.eventBody, description: 'El evento: type y sus datos' })
    @ApiIfMatch()
    @ApiIdempotencyKey()
    @ApiOkResponse({
      type: schemas.resource,
      description: 'El expediente actualizado',
      headers: {
        ETag: ResponseHeaders.versionEtag,
        'Idempotent-Replayed': ResponseHeaders.idempotentReplayed,
      },
    })
    @ApiProblems(400, 403, 404, 409, 412, 422)
    async send(
      @CurrentUser() caller: AuthenticatedUser,
      @Param('id', uuidParam()) id: string,
      @Body() body: unknown,
      @Headers('if-match') ifMatch: string | undefined,
      @Headers('idempotency-key') key: string | undefined,
      @Req() request: FastifyRequest,
      @Res({ passthrough: true }) reply: Reply,
    ) {
      const { type, ...rest } = objectBody(body);
      const definition = this.registry.current(kind);
      if (typeof type !== 'string' || !Object.hasOwn(definition.events, type))
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: type.', {
          errors: [
            {
              field: 'type',
              messages: [
                typeof type === 'string'
                  ? `no es un evento de este expediente; use uno de: ${Object.keys(definition.events).join(', ')}`
                  : 'es obligatorio',
              ],
            },
          ],
        });
      const payload = await validatePayload(definition.events[type] ?? null, rest);
      const result = await this.engine.send(kind, id, { ...payload, type }, actorOf(caller), {
        expectedVersion: expectedVersion(ifMatch),
        idempotency: idempotencyOf(key, 'POST', request.url, body),
      });
      return answer(reply, result);
    }

    @Get(':id/deadlines')
    @ApiOperation({
      summary: 'Plazos del expediente, abiertos y cerrados, con sus recordatorios y escalamientos',
      description:
        'Todos los plazos y obligaciones del expediente en el orden en que se abrieron: su último día, los días hábiles que quedan (desde today, la fecha de la municipalidad según el reloj de Despacho) mientras siguen abiertos, cómo y cuándo se cerraron, y cada aviso con la hora en que se dispara o se disparó (recordatorios, vencimiento, escalamientos). Cualquier usuario de la municipalidad.',
    })
    @ApiUuidParam()
    @ApiOkResponse({ type: DeadlineScheduleDto })
    @ApiProblems(400, 404)
    deadlines(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuidParam()) id: string) {
      return this.engine.schedule(kind, id, actorOf(caller));
    }

    @Get(':id/history')
    @ApiOperation({
      summary: 'Historia del expediente: cada evento con su eslabón de la cadena de auditoría',
      description:
        'Todos los eventos del expediente en orden, desde CREATE: quién actuó y en nombre de quién, el cambio de estado, los datos del evento y los hashes que lo encadenan (GET /api/v1/audit/verify los recalcula). Cualquier usuario de la municipalidad.',
    })
    @ApiUuidParam()
    @ApiOkResponse({ type: [HistoryItemDto] })
    @ApiProblems(400, 404)
    async history(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuidParam()) id: string) {
      const actor = actorOf(caller);
      await this.engine.assertVisible(kind, id, actor);
      return this.audit.history(actor.municipalityId, id);
    }
  }

  Object.defineProperty(WorkflowResourceController, 'name', {
    value: `${kind[0]?.toUpperCase()}${kind.slice(1)}Controller`,
  });
  return WorkflowResourceController;
}
