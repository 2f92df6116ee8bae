import { ApiProperty } from '@nestjs/swagger';
import { FUNDING_SOURCES } from '#core';
import { BUDGET_AUTHORITIES } from '#org';

/*
 * What a budget review's resource shows besides the kernel's fields (`present` in
 * budget-reviews.definition.ts), for the OpenAPI document only. What has not happened yet is null.
 */

const CIVIL_DATE = { format: 'date' } as const;
const INSTANT = { format: 'date-time' } as const;
const UUID = { format: 'uuid' } as const;
const nullable = (over: Record<string, unknown> = {}) => ({
  type: String,
  nullable: true,
  ...over,
});

export class KeyFigureRecordDto {
  @ApiProperty() concept!: string;
  @ApiProperty({ type: 'integer', description: 'Céntimos de sol' }) amountCents!: number;
  @ApiProperty({ example: 'S/ 1,234,567.89' }) amount!: string;
  @ApiProperty({ enum: FUNDING_SOURCES, nullable: true }) fundingSource!: string | null;
}

export class DocumentVersionRecordDto {
  @ApiProperty({
    type: 'integer',
    description: 'Versión: 1, 2… (cada presentación tras una observación)',
  })
  n!: number;
  @ApiProperty() documentRef!: string;
  @ApiProperty(nullable()) summary!: string | null;
  @ApiProperty({ type: [KeyFigureRecordDto] }) figures!: KeyFigureRecordDto[];
  @ApiProperty(nullable(UUID)) submittedBy!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class ObservationRecordDto {
  @ApiProperty({ type: 'integer', description: 'Versión observada' }) version!: number;
  @ApiProperty() observations!: string;
  @ApiProperty({ type: 'integer' }) termBusinessDays!: number;
  @ApiProperty(nullable(UUID)) by!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class AcceptanceRecordDto {
  @ApiProperty(nullable()) reportRef!: string | null;
  @ApiProperty(nullable(UUID)) by!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class BudgetConformityRecordDto {
  @ApiProperty() memoRef!: string;
  @ApiProperty(nullable(UUID)) by!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class BudgetCouncilReferralRecordDto {
  @ApiProperty(nullable()) memoRef!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class BudgetAgreementRecordDto {
  @ApiProperty() approved!: boolean;
  @ApiProperty(nullable(UUID)) agreementId!: string | null;
  @ApiProperty({ example: 'ACUERDO DE CONCEJO N° 120-2026-MML' }) number!: string;
  @ApiProperty(nullable()) reason!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class ResolutionRecordDto {
  @ApiProperty({ example: 'RESOLUCIÓN DE ALCALDÍA N° 001-2027-MML' }) number!: string;
  @ApiProperty({ description: 'Aprobación supletoria del PIA (LOM Art. 20 inc. 10)' })
  fallback!: boolean;
  @ApiProperty(INSTANT) at!: string;
}

export class PublicationRecordDto {
  @ApiProperty() gazette!: string;
  @ApiProperty(CIVIL_DATE) publishedOn!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class PhaseCompletionDto {
  @ApiProperty() documentRef!: string;
  @ApiProperty(nullable(UUID)) by!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class PhaseRecordDto {
  @ApiProperty({ example: 'concertacion' }) code!: string;
  @ApiProperty({ example: 'Fase de concertación' }) name!: string;
  @ApiProperty(CIVIL_DATE) dueOn!: string;
  @ApiProperty({ description: 'Base legal de la fase (perfil)' }) basis!: string;
  @ApiProperty({ description: 'Regla ⚠ por verificar' }) verify!: boolean;
  @ApiProperty({ description: 'Venció sin cumplirse' }) missed!: boolean;
  @ApiProperty({ type: PhaseCompletionDto, nullable: true })
  completion!: PhaseCompletionDto | null;
}

export class BudgetReviewFieldsDto {
  @ApiProperty({ type: 'integer' }) fiscalYear!: number;
  @ApiProperty({ example: 'pia' }) documentCode!: string;
  @ApiProperty() documentName!: string;
  @ApiProperty({ description: 'Base legal de la regla (perfil)' }) basis!: string;
  @ApiProperty({ description: 'Regla ⚠ por verificar' }) verify!: boolean;
  @ApiProperty(UUID) responsibleUnitId!: string;
  @ApiProperty({ enum: BUDGET_AUTHORITIES }) authority!: string;
  @ApiProperty(nullable()) councilItemType!: string | null;
  @ApiProperty({ description: 'Sus cifras llevan fuente de financiamiento' })
  fundingSource!: boolean;
  @ApiProperty(
    nullable({ ...CIVIL_DATE, description: 'Desde el día siguiente, aprobación supletoria' }),
  )
  mayorFallbackAfter!: string | null;
  @ApiProperty(nullable()) chainedAfter!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) chainedBusinessDays!: number | null;
  @ApiProperty(nullable(CIVIL_DATE)) dueOn!: string | null;
  @ApiProperty(nullable()) dueBasis!: string | null;
  @ApiProperty({ description: 'Venció sin aprobarse' }) missed!: boolean;
  @ApiProperty({ type: [DocumentVersionRecordDto] }) versions!: DocumentVersionRecordDto[];
  @ApiProperty({ type: [ObservationRecordDto] }) observations!: ObservationRecordDto[];
  @ApiProperty({ type: AcceptanceRecordDto, nullable: true })
  acceptance!: AcceptanceRecordDto | null;
  @ApiProperty({ type: BudgetConformityRecordDto, nullable: true })
  conformity!: BudgetConformityRecordDto | null;
  @ApiProperty({ type: BudgetCouncilReferralRecordDto, nullable: true })
  councilReferral!: BudgetCouncilReferralRecordDto | null;
  @ApiProperty({ type: BudgetAgreementRecordDto, nullable: true })
  agreement!: BudgetAgreementRecordDto | null;
  @ApiProperty({ type: ResolutionRecordDto, nullable: true })
  resolution!: ResolutionRecordDto | null;
  @ApiProperty(nullable(CIVIL_DATE)) approvedOn!: string | null;
  @ApiProperty({ type: PublicationRecordDto, nullable: true })
  publication!: PublicationRecordDto | null;
  @ApiProperty({
    type: [PhaseRecordDto],
    description: 'Fases que la unidad cumple en orden (COMPLETE_PHASE) antes de presentarlo',
  })
  phases!: PhaseRecordDto[];
}

/** What each item of a list of budget reviews shows besides the kernel's summary. */
export class BudgetReviewSummaryDto {
  @ApiProperty({ example: 'pia' }) documentCode!: string;
  @ApiProperty() documentName!: string;
  @ApiProperty({ type: 'integer' }) fiscalYear!: number;
  @ApiProperty({ enum: BUDGET_AUTHORITIES }) authority!: string;
  @ApiProperty(nullable({ description: 'Tipo de asunto de agenda cuando lo aprueba el Concejo' }))
  councilItemType!: string | null;
  @ApiProperty(nullable(CIVIL_DATE)) dueOn!: string | null;
  @ApiProperty(UUID) responsibleUnitId!: string;
}
