import { Global, Module } from '@nestjs/common';
import { AuditChain } from './audit-chain.service.js';

/** The audit chain, for every library that records what people did (kinds, org, calendar). */
@Global()
@Module({ providers: [AuditChain], exports: [AuditChain] })
export class AuditModule {}
