import { ApiProperty } from '@nestjs/swagger';
import { CONVENIO_TYPES, OBLIGATION_KINDS, PARTIES } from './convenio-content.js';
import { CoordinatorsDto, CounterpartDto } from './convenio.dto.js';

/*
 * What a convenio's resource shows besides the kernel's fields (`present` in
 * convenios.definition.ts), for the OpenAPI document only. Every field is always there; what has
 * not happened yet is null (or an empty list).
 */

const CIVIL_DATE = { format: 'date' } as const;
const INSTANT = { format: 'date-time' } as const;
const UUID = { format: 'uuid' } as const;
const nullable = (over: Record<string, unknown> = {}) => ({
  type: String,
  nullable: true,
  ...over,
});

export class ConvenioObligationRecordDto {
  @ApiProperty({ enum: PARTIES }) party!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: OBLIGATION_KINDS }) kind!: string;
  @ApiProperty(nullable({ ...CIVIL_DATE, description: 'Obligación única: su fecha' }))
  dueOn!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Periódica: cada cuántos meses' })
  everyMonths!: number | null;
}

export class ChecklistItemDto {
  @ApiProperty({ example: 'libre_adhesion_separacion' }) code!: string;
  @ApiProperty() label!: string;
}

export class ChecklistAnswerRecordDto {
  @ApiProperty() code!: string;
  @ApiProperty() met!: boolean;
  @ApiProperty(nullable()) note!: string | null;
}

export class ConvenioLegalOpinionRecordDto {
  @ApiProperty() favorable!: boolean;
  @ApiProperty({ example: 'Informe N° 455-2026-MML/GAJ' }) reportRef!: string;
  @ApiProperty({ type: [ChecklistAnswerRecordDto] }) checklist!: ChecklistAnswerRecordDto[];
  @ApiProperty(nullable()) reasons!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class BudgetCertificationRecordDto {
  @ApiProperty() certificateRef!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class ConformityRecordDto {
  @ApiProperty() memoRef!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class CouncilReferralRecordDto {
  @ApiProperty(nullable()) memoRef!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class CouncilAgreementRecordDto {
  @ApiProperty() approved!: boolean;
  @ApiProperty(nullable(UUID)) agreementId!: string | null;
  @ApiProperty({ example: 'ACUERDO DE CONCEJO N° 045-2026-MML' }) number!: string;
  @ApiProperty({ description: 'Autoriza también la suscripción de sus adendas' })
  authorisesAddenda!: boolean;
  @ApiProperty(nullable()) reason!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class ConvenioReturnRecordDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'Estado del que volvió a la unidad' }) from!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class ObligationDueDto {
  @ApiProperty({ example: '0-1', description: 'Clave del vencimiento (REPORT_OBLIGATION)' })
  key!: string;
  @ApiProperty({ type: 'integer', description: 'Posición de la obligación en obligations' })
  index!: number;
  @ApiProperty({ type: 'integer' }) n!: number;
  @ApiProperty({ enum: PARTIES }) party!: string;
  @ApiProperty(CIVIL_DATE) dueOn!: string;
  @ApiProperty({ enum: ['pending', 'fulfilled', 'overdue'] }) status!: string;
  @ApiProperty(nullable()) evidence!: string | null;
  @ApiProperty(nullable(INSTANT)) fulfilledAt!: string | null;
}

export class ExpiryAlertRecordDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: 'integer', description: 'Días calendario antes del término' }) days!: number;
  @ApiProperty(CIVIL_DATE) on!: string;
  @ApiProperty({ type: [String], example: ['unidad_solicitante', 'GERENTE_MUNICIPAL', 'ALCALDE'] })
  recipients!: string[];
  @ApiProperty(INSTANT) at!: string;
}

export class AddendumRecordDto {
  @ApiProperty(UUID) instanceId!: string;
  @ApiProperty() object!: string;
  @ApiProperty(nullable(CIVIL_DATE)) newEndDate!: string | null;
  @ApiProperty(INSTANT) startedAt!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['signed', 'rejected', 'withdrawn'] })
  outcome!: string | null;
  @ApiProperty(nullable()) number!: string | null;
  @ApiProperty(nullable(INSTANT)) concludedAt!: string | null;
}

export class EndingRecordDto {
  @ApiProperty({ enum: ['vencimiento', 'mutuo_acuerdo', 'incumplimiento', 'separacion'] })
  cause!: string;
  @ApiProperty({ type: String, nullable: true, enum: PARTIES }) party!: string | null;
  @ApiProperty(nullable()) reason!: string | null;
  @ApiProperty(nullable()) instrument!: string | null;
  @ApiProperty(nullable(CIVIL_DATE)) noticeOn!: string | null;
  @ApiProperty(nullable({ ...CIVIL_DATE, description: 'Separación: cuando vence el preaviso' }))
  effectiveOn!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class WithdrawalRecordDto {
  @ApiProperty(nullable()) reason!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class ConvenioFieldsDto {
  @ApiProperty({ type: CounterpartDto }) counterpart!: CounterpartDto;
  @ApiProperty() object!: string;
  @ApiProperty({ enum: CONVENIO_TYPES }) convenioType!: string;
  @ApiProperty(nullable({ ...CIVIL_DATE, description: 'null: rige desde su suscripción' }))
  startDate!: string | null;
  @ApiProperty(nullable(CIVIL_DATE)) endDate!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) termMonths!: number | null;
  @ApiProperty() hasFinancialObligations!: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Monto en céntimos de sol' })
  amountCents!: number | null;
  @ApiProperty(nullable({ example: 'S/ 150,000.50' })) amount!: string | null;
  @ApiProperty({ type: CoordinatorsDto }) coordinators!: CoordinatorsDto;
  @ApiProperty({ type: [ConvenioObligationRecordDto] })
  obligations!: ConvenioObligationRecordDto[];
  @ApiProperty({ type: 'integer', description: 'Días calendario de preaviso de separación (D11)' })
  exitNoticeDays!: number;
  @ApiProperty({ ...UUID, description: 'Unidad que propone el convenio' })
  requestingUnitId!: string;
  @ApiProperty(nullable({ ...UUID, description: 'Adenda: el convenio que modifica' }))
  parentConvenioId!: string | null;
  @ApiProperty() isAddendum!: boolean;
  @ApiProperty({ type: [ChecklistItemDto], description: 'Lista del informe legal (perfil)' })
  legalChecklist!: ChecklistItemDto[];
  @ApiProperty({ type: BudgetCertificationRecordDto, nullable: true })
  budgetCertification!: BudgetCertificationRecordDto | null;
  @ApiProperty({ type: ConvenioLegalOpinionRecordDto, nullable: true })
  legalOpinion!: ConvenioLegalOpinionRecordDto | null;
  @ApiProperty({ type: ConformityRecordDto, nullable: true })
  conformity!: ConformityRecordDto | null;
  @ApiProperty({ type: CouncilReferralRecordDto, nullable: true })
  councilReferral!: CouncilReferralRecordDto | null;
  @ApiProperty({ type: CouncilAgreementRecordDto, nullable: true })
  agreement!: CouncilAgreementRecordDto | null;
  @ApiProperty({ type: [ConvenioReturnRecordDto] }) returns!: ConvenioReturnRecordDto[];
  @ApiProperty(nullable({ example: 'CONVENIO N° 012-2027-MML' })) number!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) year!: number | null;
  @ApiProperty(nullable(INSTANT)) signedAt!: string | null;
  @ApiProperty(nullable(CIVIL_DATE)) inForceFrom!: string | null;
  @ApiProperty(nullable(CIVIL_DATE)) inForceUntil!: string | null;
  @ApiProperty({ type: [ObligationDueDto] }) dues!: ObligationDueDto[];
  @ApiProperty({ type: [ExpiryAlertRecordDto] }) alerts!: ExpiryAlertRecordDto[];
  @ApiProperty({ type: [AddendumRecordDto] }) addenda!: AddendumRecordDto[];
  @ApiProperty({ type: EndingRecordDto, nullable: true }) ending!: EndingRecordDto | null;
  @ApiProperty({ type: WithdrawalRecordDto, nullable: true })
  withdrawal!: WithdrawalRecordDto | null;
}

/** What each item of a list of convenios shows besides the kernel's summary. */
export class ConvenioSummaryDto {
  @ApiProperty(nullable({ example: 'CONVENIO N° 012-2027-MML' })) number!: string | null;
  @ApiProperty({ example: 'Universidad Nacional de Ingeniería' }) counterpart!: string;
  @ApiProperty({ enum: CONVENIO_TYPES }) convenioType!: string;
  @ApiProperty() isAddendum!: boolean;
  @ApiProperty(UUID) requestingUnitId!: string;
  @ApiProperty() hasFinancialObligations!: boolean;
  @ApiProperty(nullable(CIVIL_DATE)) inForceUntil!: string | null;
}
