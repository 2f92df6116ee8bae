import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CouncilService, InformationRequestsService } from '#council';
import { Role, ROLES } from '#org';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/authenticated-user.js';
import { ApiProblems, ApiUuidParam, PDF_CONTENT, RENDERED_PDF_HEADERS } from '../http/openapi.js';
import { PageQueryDto } from '../http/pagination.dto.js';
import { uuidParam } from '../http/uuid-param.pipe.js';
import { actorOf } from '../workflow/workflow-request.js';
import {
  AcuerdoListQueryDto,
  ApproveActaDto,
  AttendanceInputDto,
  AgendaItemInputDto,
  BallotInputDto,
  CastingVoteInputDto,
  ConveneSessionDto,
  CouncilAcuerdoPageDto,
  CouncilAttendanceResultDto,
  CouncilItemTypeListDto,
  CouncilMemberDto,
  CouncilMemberListDto,
  CouncilSessionDto,
  CouncilSessionPageDto,
  CouncilVoteResultDto,
  CreateCouncilAbsenceDto,
  CreateCouncilMemberDto,
  PendingAcuerdoPageDto,
  CreateCouncilInformationRequestDto,
  CouncilInformationRequestDto,
  CouncilInformationRequestListQueryDto,
  CouncilInformationRequestPageDto,
} from './council.dto.js';

const uuid = uuidParam();
/** Everyone of the municipality reads the Concejo's record; ADMIN administers and never acts in it. */
const READERS = ROLES.filter((role) => role !== Role.ADMIN);
const ItemParam = () => ApiUuidParam('itemId', 'El asunto de la agenda');
const WRITES =
  'Solo SECRETARIA_GENERAL, que conduce la sesión; una sesión o asunto de otra municipalidad responde 404.';

/**
 * The Concejo Municipal (LOM Art. 13, 16, 17; docs/concejo.md): members, sessions, attendance with
 * live quorum, votes and numbered Acuerdos. Thin: every rule lives in libs/council.
 */
@ApiTags('concejo')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('council')
export class CouncilController {
  constructor(
    private readonly council: CouncilService,
    private readonly informationRequests: InformationRequestsService,
  ) {}

  @Get('item-types')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Tipos de asunto que el Concejo trata, con la mayoría que cada uno requiere',
    description:
      'Cualquier usuario de la municipalidad salvo ADMIN; vienen del perfil (council.itemTypes).',
  })
  @ApiOkResponse({ type: CouncilItemTypeListDto })
  async itemTypes(@CurrentUser() caller: AuthenticatedUser) {
    return { items: await this.council.itemTypes(caller.municipalityId) };
  }

  @Get('members')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Miembros del Concejo: el Alcalde y los regidores, con sus licencias y suspensiones',
    description:
      'Cualquier usuario de la municipalidad salvo ADMIN. Da el número legal, el número hábil de hoy y, por miembro, si hoy es hábil (LOM Art. 16).',
  })
  @ApiOkResponse({ type: CouncilMemberListDto })
  members(@CurrentUser() caller: AuthenticatedUser) {
    return this.council.members(caller.municipalityId);
  }

  @Post('members')
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Registra un miembro del Concejo (credencial del JNE)',
    description: `${WRITES} Un solo Alcalde a la vez y no más regidores que el número legal del perfil.`,
  })
  @ApiCreatedResponse({ type: CouncilMemberDto })
  @ApiProblems(400)
  addMember(@CurrentUser() caller: AuthenticatedUser, @Body() body: CreateCouncilMemberDto) {
    return this.council.addMember(caller.municipalityId, caller.id, body);
  }

  @Post('members/:id/absences')
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Registra una licencia o suspensión con su instrumento',
    description: `${WRITES} Esos días el miembro no es hábil: no vota ni cuenta para el quórum (LOM Art. 16, 25).`,
  })
  @ApiUuidParam()
  @ApiCreatedResponse({ type: CouncilMemberDto })
  @ApiProblems(400, 404)
  addAbsence(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: CreateCouncilAbsenceDto,
  ) {
    return this.council.addAbsence(caller.municipalityId, id, caller.id, body);
  }

  @Get('sessions')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Sesiones del Concejo (paginado), la más reciente primero',
    description: 'Cualquier usuario de la municipalidad salvo ADMIN.',
  })
  @ApiOkResponse({ type: CouncilSessionPageDto })
  @ApiProblems(400)
  sessions(@CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.council.sessions(caller.municipalityId, query);
  }

  @Post('sessions')
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Convoca una sesión ordinaria, extraordinaria o solemne, notificada hoy',
    description: `${WRITES} La extraordinaria se convoca con su agenda, que queda cerrada, y con la anticipación del perfil en días hábiles (409 NOTICE_TOO_SHORT); la ordinaria, dentro del máximo del mes (409 ORDINARY_SESSIONS_LIMIT).`,
  })
  @ApiCreatedResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 409)
  convene(@CurrentUser() caller: AuthenticatedUser, @Body() body: ConveneSessionDto) {
    return this.council.convene(caller.municipalityId, caller.id, body);
  }

  @Get('sessions/:id')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Una sesión: agenda, asistencia, quórum en vivo, votos y decisiones',
    description:
      'Cualquier usuario de la municipalidad salvo ADMIN; una sesión de otra municipalidad responde 404.',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 404)
  session(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.council.session(caller.municipalityId, id);
  }

  @Get('sessions/:id/acta.pdf')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'El acta de la sesión en PDF: asistencia, quórum y el voto de cada miembro',
    description:
      'Cualquier usuario de la municipalidad salvo ADMIN; una sesión de otra municipalidad responde 404. Se redacta de lo registrado (convocatoria, asistencia con retiros, quórum, cada asunto con su votación, la mayoría requerida, el voto de cada miembro, el voto dirimente y el número del Acuerdo) y se genera en cada pedido. Mientras el acta no se aprueba ni se dispensa, lleva la marca BORRADOR. Antes de la primera asistencia, 409 SESSION_NOT_IN_PROGRESS.',
  })
  @ApiUuidParam()
  @ApiOkResponse({
    description: 'El PDF del acta',
    headers: RENDERED_PDF_HEADERS,
    content: PDF_CONTENT,
  })
  @ApiProblems(400, 404, 409)
  async actaPdf(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const bytes = await this.council.actaPdf(caller.municipalityId, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="acta-${id}.pdf"`)
      .header('cache-control', 'private, no-cache');
    return bytes;
  }

  @Post('sessions/:id/items')
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Agrega un asunto a la orden del día de una sesión ordinaria',
    description: `${WRITES} La agenda de la extraordinaria está cerrada (409 AGENDA_LOCKED); la solemne no trata asuntos.`,
  })
  @ApiUuidParam()
  @ApiCreatedResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 404, 409)
  addItem(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: AgendaItemInputDto,
  ) {
    return this.council.addItem(caller.municipalityId, caller.id, id, body);
  }

  @Post('sessions/:id/attendance')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Registra una llegada o un retiro, ahora; responde el quórum recalculado',
    description: `${WRITES} No antes del día para el que se convocó (409 SESSION_NOT_IN_PROGRESS); la primera llegada pone la sesión en curso. El quórum es la mitad más uno de los miembros hábiles en la sala (LOM Art. 16).`,
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: CouncilAttendanceResultDto })
  @ApiProblems(400, 404, 409)
  attendance(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: AttendanceInputDto,
  ) {
    return this.council.recordAttendance(caller.municipalityId, id, caller.id, body);
  }

  @Post('sessions/:id/items/:itemId/vote')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Abre la votación de un asunto de la agenda',
    description: `${WRITES} Con la sesión en curso y quórum en la sala (409 NO_QUORUM); un asunto de otra sesión no está en su agenda (409 NOT_ON_AGENDA).`,
  })
  @ApiUuidParam()
  @ItemParam()
  @ApiOkResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 404, 409)
  openVote(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
  ) {
    return this.council.openVote(caller.municipalityId, caller.id, id, itemId);
  }

  @Post('sessions/:id/items/:itemId/ballots')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Registra el voto de un miembro: a favor, en contra o abstención fundamentada',
    description: `${WRITES} Sin quórum, 409 NO_QUORUM; un miembro con licencia o suspendido, 403 MEMBER_NOT_HABIL; fuera de la sala, 409 NOT_PRESENT; dos veces, 409 ALREADY_VOTED; abstención sin fundamento, 400 ABSTENTION_NEEDS_REASON.`,
  })
  @ApiUuidParam()
  @ItemParam()
  @ApiOkResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 404, 409)
  ballot(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
    @Body() body: BallotInputDto,
  ) {
    return this.council.castBallot(caller.municipalityId, id, itemId, caller.id, body);
  }

  @Post('sessions/:id/items/:itemId/vote/close')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Cierra la votación y la cuenta con la mayoría del tipo de asunto',
    description: `${WRITES} Aprobado, el Acuerdo toma su número del registro, sin huecos por municipalidad y año; un empate de mayoría simple queda abierto para el voto dirimente (outcome tie).`,
  })
  @ApiUuidParam()
  @ItemParam()
  @ApiOkResponse({ type: CouncilVoteResultDto })
  @ApiProblems(400, 404, 409)
  closeVote(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
  ) {
    return this.council.closeVote(caller.municipalityId, caller.id, id, itemId);
  }

  @Post('sessions/:id/items/:itemId/casting-vote')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Voto dirimente de quien preside, solo en empate (LOM Art. 17)',
    description: `${WRITES} Sin empate, 409 CASTING_VOTE_ONLY_ON_TIE; de quien no preside, 403 CASTING_VOTE_NOT_PRESIDING.`,
  })
  @ApiUuidParam()
  @ItemParam()
  @ApiOkResponse({ type: CouncilVoteResultDto })
  @ApiProblems(400, 404, 409)
  castingVote(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
    @Body() body: CastingVoteInputDto,
  ) {
    return this.council.castCastingVote(caller.municipalityId, caller.id, id, itemId, body);
  }

  @Post('sessions/:id/acta/dispense')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'El Concejo dispensa, en la misma sesión, la lectura y aprobación del acta',
    description: `${WRITES} Los Acuerdos de la sesión rigen desde ese momento.`,
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 404, 409)
  dispenseActa(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.council.dispenseActa(caller.municipalityId, caller.id, id);
  }

  @Post('sessions/:id/acta/approve')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Una sesión posterior, en curso, aprueba el acta como «acta anterior»',
    description: `${WRITES} Los Acuerdos de la sesión del acta rigen desde la aprobación; no se aprueba en la misma sesión (409 ACTA_APPROVAL_IN_SAME_SESSION), ni en una que no sea posterior —de un día anterior o, el mismo día, mientras la del acta no se levanta o si empezó antes que ella— (409 ACTA_APPROVAL_NOT_LATER), ni dos veces.`,
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 404, 409)
  approveActa(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() body: ApproveActaDto,
  ) {
    return this.council.approveActa(caller.municipalityId, caller.id, id, body.approvingSessionId);
  }

  @Post('sessions/:id/adjourn')
  @HttpCode(200)
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Levanta la sesión',
    description: `${WRITES} Después no se registra asistencia ni votos en ella.`,
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: CouncilSessionDto })
  @ApiProblems(400, 404, 409)
  adjourn(@CurrentUser() caller: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.council.adjourn(caller.municipalityId, caller.id, id);
  }

  @Get('acuerdos')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Acuerdos de Concejo numerados (paginado), el más reciente primero; year filtra',
    description:
      'Cualquier usuario de la municipalidad salvo ADMIN. Cada Acuerdo con su número, su sesión y desde cuándo rige (null hasta que el acta se aprueba o se dispensa).',
  })
  @ApiOkResponse({ type: CouncilAcuerdoPageDto })
  @ApiProblems(400)
  acuerdos(@CurrentUser() caller: AuthenticatedUser, @Query() query: AcuerdoListQueryDto) {
    return this.council.acuerdos(caller.municipalityId, query);
  }

  @Get('acuerdos/pending-execution')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Acuerdos pendientes de ejecución, el que más espera primero (paginado)',
    description:
      'Cualquier usuario de la municipalidad salvo ADMIN. Los adoptados cuya acta aún no se aprueba ni se dispensa (not_in_force) y los que rigen mientras el expediente que decidieron sigue en el estado al que el Acuerdo lo llevó (awaiting_execution: p. ej., el convenio aprobado que espera la firma del Alcalde). Un Acuerdo en vigor sin expediente vinculado se ejecuta por otras vías y no figura.',
  })
  @ApiOkResponse({ type: PendingAcuerdoPageDto })
  @ApiProblems(400)
  pendingExecution(@CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    return this.council.pendingExecution(caller.municipalityId, query);
  }

  @Get('information-requests')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Pedidos de información de los regidores (paginado), el más reciente primero',
    description:
      'Cualquier usuario de la municipalidad salvo ADMIN. Cada pedido con su regidor, su plazo (dueOn), el encargo de la Gerencia Municipal que lo atiende y su estado, y si venció sin respuesta (overdue). state filtra: open, answered o cancelled.',
  })
  @ApiOkResponse({ type: CouncilInformationRequestPageDto })
  @ApiProblems(400)
  informationRequestList(
    @CurrentUser() caller: AuthenticatedUser,
    @Query() query: CouncilInformationRequestListQueryDto,
  ) {
    return this.informationRequests.list(caller.municipalityId, query);
  }

  @Post('information-requests')
  @Roles(Role.SECRETARIA_GENERAL)
  @ApiOperation({
    summary: 'Registra el pedido de información de un regidor al Gerente Municipal (Ley 31433)',
    description: `Solo SECRETARIA_GENERAL, en nombre del regidor (LOM Art. 10 inc. 4). Lo formula un regidor hábil ese día: el Alcalde no (403 NOT_A_REGIDOR), ni un regidor con licencia o suspendido (403 MEMBER_NOT_HABIL). En la misma transacción crea el encargo de la Gerencia Municipal, asignado por la Secretaría General, con el plazo del perfil en días hábiles (council.informationRequests) contado desde el día siguiente a su presentación: sus recordatorios y su escalamiento son los del encargo. Queda respondido cuando la Secretaría da el encargo por cumplido. Formulado en una sesión, esta debe tener estación de pedidos (409 NO_PEDIDOS_STAGE). Un miembro o una sesión de otra municipalidad responde 404.`,
  })
  @ApiCreatedResponse({ type: CouncilInformationRequestDto })
  @ApiProblems(400, 404, 409)
  fileInformationRequest(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() body: CreateCouncilInformationRequestDto,
  ) {
    return this.informationRequests.file(actorOf(caller), body);
  }
}
