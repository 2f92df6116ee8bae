import { ApiProperty } from '@nestjs/swagger';

export class BudgetBoardCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Vencidos sin aprobar' }) late!: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'En riesgo: faltan 15 días hábiles o menos',
  })
  atRisk!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'A tiempo' }) onTime!: number;
}

export class AmountUnderReviewDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Suma exacta en céntimos' })
  amountCents!: number;
  @ApiProperty({ example: 'S/ 1,282,568.39' }) amount!: string;
}

export class BudgetUnderReviewDto {
  @ApiProperty({
    type: AmountUnderReviewDto,
    description:
      'Documentos presentados en revisión (OPP, Gerente, Alcalde o Concejo), con la suma de las cifras de su última versión',
  })
  documents!: AmountUnderReviewDto;
  @ApiProperty({
    type: AmountUnderReviewDto,
    description:
      'Solicitudes de modificación presupuestaria aún sin decidir (informe de OPP, decisión del Gerente o del Alcalde)',
  })
  modifications!: AmountUnderReviewDto;
}

export class BudgetBoardItemDto {
  @ApiProperty({ format: 'uuid', description: 'El expediente budget-reviews del documento' })
  id!: string;
  @ApiProperty({ type: 'integer', example: 2027 }) fiscalYear!: number;
  @ApiProperty({ example: 'pia' }) documentCode!: string;
  @ApiProperty({ example: 'Presupuesto Institucional de Apertura (PIA)' }) documentName!: string;
  @ApiProperty({ example: 'preparing' }) state!: string;
  @ApiProperty({ format: 'uuid' }) responsibleUnitId!: string;
  @ApiProperty({ example: 'Gerencia de Planificación y Presupuesto' }) responsibleUnit!: string;
  @ApiProperty({ format: 'date', description: 'Último día' }) dueOn!: string;
  @ApiProperty({ description: 'Fuente legal de la fecha vigente' }) dueBasis!: string;
  @ApiProperty({
    enum: ['on_time', 'at_risk', 'late'],
    description: 'on_time; at_risk: faltan 15 días hábiles o menos; late: vencido sin aprobar',
  })
  status!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'pia',
    description: 'Fecha encadenada: el código del documento cuya aprobación la fija',
  })
  chainedAfter!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Presupuesto Institucional de Apertura (PIA)',
  })
  chainedAfterName!: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 15,
    description: 'Días hábiles tras la aprobación del predecesor',
  })
  chainedBusinessDays!: number | null;
}

export class BudgetBoardPageDto {
  @ApiProperty({ format: 'date', description: 'Hoy, en la municipalidad' }) today!: string;
  @ApiProperty({ type: BudgetBoardCountsDto }) counts!: BudgetBoardCountsDto;
  @ApiProperty({ type: BudgetUnderReviewDto }) underReview!: BudgetUnderReviewDto;
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) pageSize!: number;
  @ApiProperty({ type: [BudgetBoardItemDto] }) items!: BudgetBoardItemDto[];
}
