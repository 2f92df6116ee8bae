import { defineKind } from '#workflow';
import { MandateCreator } from './mandate-creator.service.js';
import { CreateMandateDto } from './mandate.dto.js';
import { mandatesDefinition, MANDATES } from './mandates.definition.js';
import { MandatesModule } from './mandates.module.js';
import { MandateFieldsDto, MandateSummaryDto } from './mandate.resource.js';

/** Encargos (DOMAIN §8) as the installation runs them. */
export const mandatesKind = defineKind({
  name: MANDATES,
  tag: 'encargos',
  createDto: CreateMandateDto,
  creator: MandateCreator,
  module: MandatesModule,
  definition: mandatesDefinition,
  resource: MandateFieldsDto,
  summary: MandateSummaryDto,
  creation:
    'Lo asigna el Alcalde o el Gerente Municipal a otra unidad de su municipalidad, que es la responsable de cumplirlo; el plazo corre desde la creación.',
});
