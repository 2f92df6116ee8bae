import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCivilDate } from '#calendar';
import {
  INFORMATION_REQUEST_STATUSES,
  type InformationRequestStatus,
  type NewAbsence,
  type NewAgendaItem,
  type NewInformationRequest,
  type NewMember,
  type NewSession,
  type VoteChoice,
} from '#council';
import { pageOf } from '../http/openapi.js';
import { PageQueryDto } from '../http/pagination.dto.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

const ROLES = ['alcalde', 'regidor'] as const;
const ABSENCE_KINDS = ['licencia', 'suspension'] as const;
const SESSION_KINDS = ['ordinaria', 'extraordinaria', 'solemne'] as const;
const ATTENDANCE_KINDS = ['llegada', 'retiro'] as const;
const CHOICES = ['a_favor', 'en_contra', 'abstencion'] as const;
const DECIDING = ['a_favor', 'en_contra'] as const;
const SESSION_STATUSES = ['convocada', 'en_curso', 'levantada'] as const;
const ACTA_STATUSES = ['pendiente', 'dispensada', 'aprobada'] as const;
const VOTE_STATUSES = ['pendiente', 'en_votacion', 'decidido'] as const;
const DATE = { example: '2026-03-10', description: 'AAAA-MM-DD (America/Lima)' };

// ---- requests ---------------------------------------------------------------------------

export class CreateCouncilMemberDto implements NewMember {
  @ApiProperty({ example: 'Rosa Quispe Flores', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'indique el nombre' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: 'debe ser alcalde o regidor' })
  role!: 'alcalde' | 'regidor';

  @ApiPropertyOptional({ format: 'uuid', description: 'Usuario de Despacho del miembro, si tiene' })
  @IsOptional()
  @IsUUID('4')
  userId?: string;

  @ApiProperty({ ...DATE, description: 'Inicio del mandato (credencial del JNE)' })
  @IsCivilDate()
  activeFrom!: string;

  @ApiPropertyOptional({ ...DATE, description: 'Fin del mandato, si se conoce' })
  @IsOptional()
  @IsCivilDate()
  activeTo?: string;
}

export class CreateCouncilAbsenceDto implements NewAbsence {
  @ApiProperty({ enum: ABSENCE_KINDS })
  @IsIn(ABSENCE_KINDS, { message: 'debe ser licencia o suspension' })
  kind!: 'licencia' | 'suspension';

  @ApiProperty({ ...DATE, description: 'Primer día, inclusive' })
  @IsCivilDate()
  from!: string;

  @ApiPropertyOptional({
    ...DATE,
    description: 'Último día, inclusive; sin él, hasta nuevo aviso',
  })
  @IsOptional()
  @IsCivilDate()
  to?: string;

  @ApiProperty({ example: 'Acuerdo de Concejo N° 012-2026-MML', maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'indique el instrumento que la concede o dispone' })
  @MaxLength(300)
  instrument!: string;
}

export class AgendaItemInputDto implements NewAgendaItem {
  @ApiProperty({ example: 'convenio', description: 'Un código de council.itemTypes del perfil' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'indique el tipo de asunto' })
  @MaxLength(40)
  itemType!: string;

  @ApiProperty({ example: 'Convenio con el Gobierno Regional', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'indique el asunto' })
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Expediente que el asunto trata (p. ej. un convenio)',
  })
  @IsOptional()
  @IsUUID('4')
  workflowInstanceId?: string;

  @ApiPropertyOptional({
    description:
      'Si el Acuerdo que apruebe el convenio autoriza también al Alcalde a suscribir sus adendas',
  })
  @IsOptional()
  @IsBoolean({ message: 'debe ser verdadero o falso' })
  authorisesAddenda?: boolean;
}

export class ConveneSessionDto implements NewSession {
  @ApiProperty({ enum: SESSION_KINDS })
  @IsIn(SESSION_KINDS, { message: 'debe ser ordinaria, extraordinaria o solemne' })
  kind!: 'ordinaria' | 'extraordinaria' | 'solemne';

  @ApiProperty({ ...DATE, description: 'Día de la sesión' })
  @IsCivilDate()
  date!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Quién preside; por defecto, el Alcalde' })
  @IsOptional()
  @IsUUID('4')
  presidingMemberId?: string;

  @ApiProperty({ type: [AgendaItemInputDto], description: 'Obligatoria en la extraordinaria' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInputDto)
  agenda!: AgendaItemInputDto[];
}

export class AttendanceInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  memberId!: string;

  @ApiProperty({ enum: ATTENDANCE_KINDS })
  @IsIn(ATTENDANCE_KINDS, { message: 'debe ser llegada o retiro' })
  kind!: 'llegada' | 'retiro';
}

export class BallotInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  memberId!: string;

  @ApiProperty({ enum: CHOICES })
  @IsIn(CHOICES, { message: 'debe ser a_favor, en_contra o abstencion' })
  choice!: VoteChoice;

  @ApiPropertyOptional({ description: 'Fundamento; obligatorio al abstenerse', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class CastingVoteInputDto {
  @ApiProperty({ format: 'uuid', description: 'Quien preside la sesión' })
  @IsUUID('4')
  memberId!: string;

  @ApiProperty({ enum: DECIDING })
  @IsIn(DECIDING, { message: 'debe ser a_favor o en_contra' })
  choice!: 'a_favor' | 'en_contra';
}

export class ApproveActaDto {
  @ApiProperty({ format: 'uuid', description: 'La sesión en curso que aprueba el acta' })
  @IsUUID('4')
  approvingSessionId!: string;
}

export class AcuerdoListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Solo los de ese año' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class CreateCouncilInformationRequestDto implements NewInformationRequest {
  @ApiProperty({ format: 'uuid', description: 'El regidor que lo formula (miembro del Concejo)' })
  @IsUUID('4')
  requesterId!: string;

  @ApiProperty({ example: 'Ejecución de la obra de la Av. Grau', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'indique el asunto' })
  @MaxLength(200)
  subject!: string;

  @ApiProperty({
    example: 'Copia del expediente técnico, valorizaciones pagadas y estado de la obra.',
    maxLength: 5000,
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'indique la información que pide' })
  @MaxLength(5000)
  details!: string;

  @ApiPropertyOptional({
    ...DATE,
    description:
      'Día en que lo presentó; por defecto, el de la sesión si se formuló en una, si no, hoy. No posterior a hoy.',
  })
  @IsOptional()
  @IsCivilDate()
  filedOn?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'La sesión ordinaria en cuya estación de pedidos lo formuló',
  })
  @IsOptional()
  @IsUUID('4')
  sessionId?: string;
}

export class CouncilInformationRequestListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: INFORMATION_REQUEST_STATUSES,
    description: 'open: en trámite; answered: respondido (encargo dado por cumplido); cancelled',
  })
  @IsOptional()
  @IsIn(INFORMATION_REQUEST_STATUSES, { message: 'debe ser open, answered o cancelled' })
  state?: InformationRequestStatus;
}

// ---- responses (OpenAPI) ----------------------------------------------------------------

export class CouncilAbsenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ABSENCE_KINDS }) kind!: string;
  @ApiProperty(DATE) from!: string;
  @ApiProperty({ ...DATE, type: String, nullable: true }) to!: string | null;
  @ApiProperty() instrument!: string;
}

export class CouncilMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) userId!: string | null;
  @ApiProperty(DATE) activeFrom!: string;
  @ApiProperty({ ...DATE, type: String, nullable: true }) activeTo!: string | null;
  @ApiProperty({ description: 'Hábil hoy: sin licencia ni suspensión (LOM Art. 16)' })
  habilToday!: boolean;
  @ApiProperty({ type: [CouncilAbsenceDto] }) absences!: CouncilAbsenceDto[];
}

export class CouncilMemberListDto {
  @ApiProperty({ type: 'integer', description: 'Regidores del perfil más el Alcalde' })
  numeroLegal!: number;
  @ApiProperty({ type: 'integer' }) numeroHabilToday!: number;
  @ApiProperty({ type: [CouncilMemberDto] }) items!: CouncilMemberDto[];
}

export class QuorumDto {
  @ApiProperty({ type: 'integer' }) numeroHabil!: number;
  @ApiProperty({ type: 'integer', description: 'La mitad más uno de los hábiles' })
  required!: number;
  @ApiProperty({ type: 'integer', description: 'Miembros hábiles en la sala' }) present!: number;
  @ApiProperty({ type: [String] }) presentMemberIds!: string[];
  @ApiProperty() hasQuorum!: boolean;
}

export class CouncilSessionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: string;
  @ApiProperty(DATE) date!: string;
  @ApiProperty(DATE) convokedOn!: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status!: string;
  @ApiProperty() agendaLocked!: boolean;
  @ApiProperty({ format: 'uuid' }) presidingMemberId!: string;
  @ApiProperty({ enum: ACTA_STATUSES }) actaStatus!: string;
  @ApiProperty({ type: 'integer' }) items!: number;
}

export const CouncilSessionPageDto = pageOf(CouncilSessionSummaryDto, 'CouncilSessionPageDto');

export class CouncilBallotDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() memberName!: string;
  @ApiProperty({ enum: CHOICES }) choice!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CastingVoteDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ enum: DECIDING }) choice!: string;
}

export class CouncilDecisionDto {
  @ApiProperty({ enum: ['approved', 'rejected'] }) outcome!: string;
  @ApiProperty({ type: 'integer' }) aFavor!: number;
  @ApiProperty({ type: 'integer' }) enContra!: number;
  @ApiProperty({ type: 'integer' }) abstenciones!: number;
  @ApiProperty({ type: 'integer', nullable: true }) required!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) baseSize!: number | null;
  @ApiProperty({ type: CastingVoteDto, nullable: true }) castingVote!: CastingVoteDto | null;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

export class AgendaAcuerdoDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ACUERDO DE CONCEJO N° 045-2026-MML' }) number!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) inForceFrom!: string | null;
}

export class CouncilAgendaItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty() itemType!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true })
  workflowInstanceId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'convenios',
    description: 'Tipo del expediente vinculado',
  })
  workflowKind!: string | null;
  @ApiProperty() authorisesAddenda!: boolean;
  @ApiProperty({ enum: VOTE_STATUSES }) voteStatus!: string;
  @ApiProperty({ type: [CouncilBallotDto] }) ballots!: CouncilBallotDto[];
  @ApiProperty({ type: CouncilDecisionDto, nullable: true }) decision!: CouncilDecisionDto | null;
  @ApiProperty({ type: AgendaAcuerdoDto, nullable: true }) acuerdo!: AgendaAcuerdoDto | null;
}

export class CouncilAttendanceDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty() memberName!: string;
  @ApiProperty({ enum: ATTENDANCE_KINDS }) kind!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CouncilSessionDto extends CouncilSessionSummaryDto {
  @ApiProperty() presidingMemberName!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  actaSettledAt!: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true })
  actaApprovedInSessionId!: string | null;
  @ApiProperty({ type: [String] }) orderOfBusiness!: string[];
  @ApiProperty({ type: [CouncilAgendaItemDto] }) agenda!: CouncilAgendaItemDto[];
  @ApiProperty({ type: [CouncilAttendanceDto] }) attendance!: CouncilAttendanceDto[];
  @ApiProperty({ type: QuorumDto }) quorum!: QuorumDto;
}

export class CouncilAttendanceResultDto {
  @ApiProperty({ type: [CouncilAttendanceDto] }) attendance!: CouncilAttendanceDto[];
  @ApiProperty({ type: QuorumDto, description: 'Quórum recalculado con este registro' })
  quorum!: QuorumDto;
}

export class CouncilAcuerdoDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ACUERDO DE CONCEJO N° 045-2026-MML' }) number!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: 'integer' }) sequence!: number;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty(DATE) sessionDate!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty() itemType!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) adoptedAt!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  inForceFrom!: string | null;
}

export const CouncilAcuerdoPageDto = pageOf(CouncilAcuerdoDto, 'CouncilAcuerdoPageDto');

export class PendingAcuerdoFileDto {
  @ApiProperty({ example: 'convenios', description: 'Tipo de expediente' }) kind!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'approved', description: 'Su estado actual' }) state!: string;
}

export class PendingAcuerdoDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ACUERDO DE CONCEJO N° 045-2026-MML' }) number!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ ...DATE, description: 'Día de la sesión que lo adoptó' }) sessionDate!: string;
  @ApiProperty() itemType!: string;
  @ApiProperty({ description: 'El asunto, como figura en la agenda' }) title!: string;
  @ApiProperty({
    enum: ['not_in_force', 'awaiting_execution'],
    description:
      'not_in_force: adoptado, con el acta pendiente; awaiting_execution: rige y el expediente que decidió no se movió desde entonces',
  })
  stage!: string;
  @ApiProperty({ format: 'date-time' }) adoptedAt!: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  inForceFrom!: string | null;
  @ApiProperty({
    format: 'date-time',
    description: 'Desde cuándo espera: su adopción, o la decisión que llevó al expediente',
  })
  since!: string;
  @ApiProperty({ type: PendingAcuerdoFileDto, nullable: true })
  file!: PendingAcuerdoFileDto | null;
}

export const PendingAcuerdoPageDto = pageOf(PendingAcuerdoDto, 'PendingAcuerdoPageDto');

export class CouncilVoteResultDto {
  @ApiProperty({
    enum: ['approved', 'rejected', 'tie'],
    description: 'tie: empate de mayoría simple, espera el voto dirimente de quien preside',
  })
  outcome!: string;
  @ApiProperty({ type: 'integer' }) aFavor!: number;
  @ApiProperty({ type: 'integer' }) enContra!: number;
  @ApiProperty({ type: 'integer' }) abstenciones!: number;
  @ApiProperty({ type: 'integer', nullable: true }) required!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) baseSize!: number | null;
  @ApiProperty() decidedByCastingVote!: boolean;
  @ApiProperty({ type: CouncilAcuerdoDto, nullable: true }) acuerdo!: CouncilAcuerdoDto | null;
}

export class CouncilItemTypeDto {
  @ApiProperty({ example: 'convenio' }) code!: string;
  @ApiProperty({ example: 'Convenio interinstitucional o de cooperación' }) name!: string;
  @ApiProperty({ enum: ['simple', 'absolute', 'qualified'] }) majority!: string;
  @ApiProperty({ description: 'Norma que lo fundamenta' }) basis!: string;
}

export class CouncilItemTypeListDto {
  @ApiProperty({ type: [CouncilItemTypeDto] }) items!: CouncilItemTypeDto[];
}

export class CouncilInformationRequestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Pedido de información N° 003-2026' }) reference!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: 'integer' }) sequence!: number;
  @ApiProperty({ format: 'uuid' }) requesterId!: string;
  @ApiProperty() requesterName!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() details!: string;
  @ApiProperty({ ...DATE, description: 'Día en que lo presentó' }) filedOn!: string;
  @ApiProperty({
    ...DATE,
    description: 'Último día hábil para responder (council.informationRequests del perfil)',
  })
  dueOn!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) sessionId!: string | null;
  @ApiProperty({
    format: 'uuid',
    description: 'El encargo de la Gerencia Municipal que lo atiende',
  })
  mandateId!: string;
  @ApiProperty({
    enum: ['open', 'review', 'closed', 'cancelled'],
    description: 'Estado del encargo',
  })
  mandateState!: string;
  @ApiProperty({ enum: INFORMATION_REQUEST_STATUSES }) status!: string;
  @ApiProperty({ description: 'En trámite después de su último día' }) overdue!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export const CouncilInformationRequestPageDto = pageOf(
  CouncilInformationRequestDto,
  'CouncilInformationRequestPageDto',
);
