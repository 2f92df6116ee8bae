import { DelegationsService } from '#org';
import { defineKind } from '#workflow';
import { ResolutionCreator } from './resolution-creator.service.js';
import { CreateResolutionDto } from './resolution.dto.js';
import { ResolutionPreparer } from './resolution-preparer.service.js';
import { resolutionMachine } from './resolution.machine.js';
import { RESOLUTIONS, resolutionEvents, resolutionsDefinition } from './resolutions.definition.js';
import { ResolutionsModule } from './resolutions.module.js';
import { resolutionsProfileSection } from './resolutions.profile.js';
import { resolutionsDefinitionV1 } from './v1/resolutions.definition.v1.js';
import { ResolutionFieldsDto, ResolutionSummaryDto } from './resolution.resource.js';

/** Resoluciones de Gerencia Municipal (D5–D16) as the installation runs them. */
export const resolutionsKind = defineKind({
  name: RESOLUTIONS,
  tag: 'resoluciones',
  createDto: CreateResolutionDto,
  creator: ResolutionCreator,
  module: ResolutionsModule,
  definition: {
    inject: [ResolutionPreparer, DelegationsService],
    useFactory: (preparer: ResolutionPreparer, delegations: DelegationsService) =>
      resolutionsDefinition({ preparer, delegations }),
  },
  // Instances created before per-party remedy windows keep running machine version 1.
  previousVersions: [
    {
      inject: [ResolutionPreparer, DelegationsService],
      useFactory: (preparer: ResolutionPreparer, delegations: DelegationsService) =>
        resolutionsDefinitionV1({ preparer, delegations }),
    },
  ],
  contract: { states: Object.keys(resolutionMachine.root.states), events: resolutionEvents },
  profile: resolutionsProfileSection,
  resource: ResolutionFieldsDto,
  summary: ResolutionSummaryDto,
  creation:
    'Lo crea, como proyecto (draft), un miembro de la unidad que lo elabora; Asesoría Jurídica y la Alcaldía no elaboran proyectos (403 DRAFTING_UNIT_NOT_ALLOWED).',
});
