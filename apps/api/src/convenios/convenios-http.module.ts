import { Module } from '@nestjs/common';
import { ExpiringConveniosController } from './expiring-convenios.controller.js';

/** Routes of the Convenios kind beyond the contract's resource: the board's «convenios por vencer». */
@Module({ controllers: [ExpiringConveniosController] })
export class ConveniosHttpModule {}
