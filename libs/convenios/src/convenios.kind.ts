import { defineKind } from '#workflow';
import { ConvenioCreator } from './convenio-creator.service.js';
import { CreateConvenioDto } from './convenio.dto.js';
import { convenioMachine } from './convenio.machine.js';
import { ConvenioPreparer } from './convenio-preparer.service.js';
import { ConvenioFieldsDto, ConvenioSummaryDto } from './convenio.resource.js';
import { CONVENIOS, convenioEvents, conveniosDefinition } from './convenios.definition.js';
import { ConveniosModule } from './convenios.module.js';
import { conveniosProfileSection } from './convenios.profile.js';

/** Convenios (D11, D17) as the installation runs them. */
export const conveniosKind = defineKind({
  name: CONVENIOS,
  tag: 'convenios',
  createDto: CreateConvenioDto,
  creator: ConvenioCreator,
  module: ConveniosModule,
  definition: {
    inject: [ConvenioPreparer],
    useFactory: (preparer: ConvenioPreparer) => ({
      ...conveniosDefinition,
      prepare: preparer.prepare.bind(preparer),
    }),
  },
  contract: { states: Object.keys(convenioMachine.root.states), events: convenioEvents },
  profile: conveniosProfileSection,
  resource: ConvenioFieldsDto,
  summary: ConvenioSummaryDto,
  creation:
    'Lo propone, como proyecto (draft), un miembro de una gerencia de línea o de una oficina, la unidad que luego coordina su ejecución; las demás unidades lo revisan, aprueban o suscriben (403 PROPOSING_UNIT_NOT_ALLOWED). El RUC de la contraparte se verifica con su dígito verificador; el monto va en soles como texto con hasta dos decimales.',
});
