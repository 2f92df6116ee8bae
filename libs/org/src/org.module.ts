import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountHousekeeping } from './account-housekeeping.service.js';
import { Delegation } from './entities/delegation.entity.js';
import { Municipality } from './entities/municipality.entity.js';
import { Unit } from './entities/unit.entity.js';
import { User } from './entities/user.entity.js';
import { DelegationsService } from './delegations.service.js';
import { LoginLockouts } from './login-lockouts.service.js';
import { MunicipalitiesService } from './municipalities.service.js';
import {
  municipalityProfilesProvider,
  MUNICIPALITY_PROFILES,
} from './municipality-profiles.provider.js';
import { OrgDirectory } from './org-directory.service.js';
import { OrgSeeder } from './org-seeder.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionClock, SessionStore } from './session-store.service.js';
import { UnitsService } from './units.service.js';
import { UsersService } from './users.service.js';
import { UserAdministration } from './user-administration.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Municipality, Unit, User, Delegation])],
  providers: [
    municipalityProfilesProvider,
    PasswordHasher,
    MunicipalitiesService,
    UnitsService,
    UsersService,
    UserAdministration,
    SessionClock,
    SessionStore,
    DelegationsService,
    LoginLockouts,
    AccountHousekeeping,
    OrgDirectory,
    OrgSeeder,
  ],
  exports: [
    MUNICIPALITY_PROFILES,
    PasswordHasher,
    MunicipalitiesService,
    UnitsService,
    UsersService,
    UserAdministration,
    SessionClock,
    SessionStore,
    DelegationsService,
    LoginLockouts,
    AccountHousekeeping,
    OrgDirectory,
  ],
})
export class OrgModule {}
