import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#core';
import type { MunicipalityProfile } from './profiles/municipality-profile.js';
import { loadMunicipalityProfiles } from './profiles/load-profiles.js';

export const MUNICIPALITY_PROFILES = Symbol('MUNICIPALITY_PROFILES');
export type MunicipalityProfiles = readonly MunicipalityProfile[];

export const municipalityProfilesProvider: Provider = {
  provide: MUNICIPALITY_PROFILES,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): MunicipalityProfiles =>
    loadMunicipalityProfiles(config.municipalitiesDir),
};
