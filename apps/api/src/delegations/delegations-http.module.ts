import { Module } from '@nestjs/common';
import { DelegationsController } from './delegations.controller.js';

/** DelegationsService comes from OrgModule (global); it writes its own audit entries. */
@Module({ controllers: [DelegationsController] })
export class DelegationsHttpModule {}
