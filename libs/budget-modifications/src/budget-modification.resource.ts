import { ApiProperty } from '@nestjs/swagger';
import { FUNDING_SOURCES } from '#core';
import { MODALITIES, REQUEST_TYPES } from './budget-modification.content.js';

/** What a budget modification's resource shows besides the kernel's fields (`present`), for the OpenAPI document. */
const UUID = { format: 'uuid' } as const;
const INSTANT = { format: 'date-time' } as const;

export class ProgrammaticLineViewDto {
  @ApiProperty({ example: '0036' }) program!: string;
  @ApiProperty({ example: '3000579' }) productOrProject!: string;
  @ApiProperty({ example: '5004369' }) activity!: string;
  @ApiProperty({ example: '2.3.1.5.1.2' }) expenseItem!: string;
}

export class ManagerDelegationViewDto {
  @ApiProperty({ description: 'Si el Gerente aprueba esta solicitud por delegación (perfil)' })
  held!: boolean;
  @ApiProperty() instrument!: string;
  @ApiProperty() basis!: string;
}

export class TechnicalReportViewDto {
  @ApiProperty() favorable!: boolean;
  @ApiProperty() reportRef!: string;
  @ApiProperty({ type: String, nullable: true }) observations!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class BudgetReturnDto {
  @ApiProperty() reason!: string;
  @ApiProperty() reportRef!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class ElevationDto {
  @ApiProperty({ type: String, nullable: true }) memoRef!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class ApprovalDto {
  @ApiProperty({ enum: ['gerente', 'alcalde'] }) by!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class FormalizationDto {
  @ApiProperty({ enum: ['resolucion_gerencia_municipal', 'resolucion_alcaldia'] }) kind!: string;
  @ApiProperty({ type: String, ...UUID, nullable: true }) resolutionId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Número de la resolución' })
  number!: string | null;
  @ApiProperty(INSTANT) at!: string;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) signedAt!: string | null;
}

export class RejectionDto {
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['gerente', 'alcalde'] }) by!: string;
  @ApiProperty(INSTANT) at!: string;
}

export class BudgetWithdrawalDto {
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty(INSTANT) at!: string;
}

export class BudgetModificationFieldsDto {
  @ApiProperty({ enum: REQUEST_TYPES }) requestType!: string;
  @ApiProperty({ enum: MODALITIES, nullable: true }) modality!: string | null;
  @ApiProperty({ type: 'integer', description: 'Monto en céntimos de sol' }) amountCents!: number;
  @ApiProperty({ example: 'S/ 150,000.50' }) amount!: string;
  @ApiProperty({ type: ProgrammaticLineViewDto, nullable: true })
  fromLine!: ProgrammaticLineViewDto | null;
  @ApiProperty({ type: ProgrammaticLineViewDto }) toLine!: ProgrammaticLineViewDto;
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource!: string;
  @ApiProperty() justification!: string;
  @ApiProperty(UUID) requestingUnitId!: string;
  @ApiProperty({ type: ManagerDelegationViewDto }) managerDelegation!: ManagerDelegationViewDto;
  @ApiProperty({ type: String, ...INSTANT, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: TechnicalReportViewDto, nullable: true })
  technicalReport!: TechnicalReportViewDto | null;
  @ApiProperty({ type: [BudgetReturnDto] }) returns!: BudgetReturnDto[];
  @ApiProperty({ type: ElevationDto, nullable: true }) elevation!: ElevationDto | null;
  @ApiProperty({ type: ApprovalDto, nullable: true }) approval!: ApprovalDto | null;
  @ApiProperty({
    type: String,
    ...UUID,
    nullable: true,
    description: 'El proyecto de Resolución de Gerencia Municipal que creó la aprobación',
  })
  resolutionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) resolutionUrl!: string | null;
  @ApiProperty({ type: [String] }) withdrawnResolutions!: string[];
  @ApiProperty({ type: FormalizationDto, nullable: true }) formalization!: FormalizationDto | null;
  @ApiProperty({ type: RejectionDto, nullable: true }) rejection!: RejectionDto | null;
  @ApiProperty({ type: BudgetWithdrawalDto, nullable: true })
  withdrawal!: BudgetWithdrawalDto | null;
}

/** What each item of a list shows besides the kernel's summary. */
export class BudgetModificationSummaryDto {
  @ApiProperty({ enum: REQUEST_TYPES }) requestType!: string;
  @ApiProperty({ enum: MODALITIES, nullable: true }) modality!: string | null;
  @ApiProperty({ type: 'integer' }) amountCents!: number;
  @ApiProperty({ example: 'S/ 150,000.50' }) amount!: string;
  @ApiProperty(UUID) requestingUnitId!: string;
  @ApiProperty({ type: String, ...UUID, nullable: true }) resolutionId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Número de la resolución que la formalizó',
  })
  formalizedAs!: string | null;
}
