import { Module } from '@nestjs/common';
import { OwnAccountController, UsersAdminController } from './users.controller.js';

/** UserAdministration comes from OrgModule (global); it writes its own audit entries. */
@Module({ controllers: [UsersAdminController, OwnAccountController] })
export class UsersHttpModule {}
