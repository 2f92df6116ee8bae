import { Module } from '@nestjs/common';
import { DelegationsController } from './delegations.controller.js';
import { MyDelegationsController } from './my-delegations.controller.js';

/** DelegationsService comes from OrgModule (global); it writes its own audit entries. */
@Module({ controllers: [DelegationsController, MyDelegationsController] })
export class DelegationsHttpModule {}
