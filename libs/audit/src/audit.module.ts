import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AuditChain } from './audit-chain.service.js';
import { AuditSealer } from './audit-sealer.service.js';
import { AUDIT_SETTINGS, type AuditSettings } from './audit-settings.js';

/** The audit chain, for every library that records what people did (kinds, org, calendar). */
@Global()
@Module({})
export class AuditModule {
  static forRoot(settings: AuditSettings): DynamicModule {
    return {
      module: AuditModule,
      providers: [{ provide: AUDIT_SETTINGS, useValue: settings }, AuditSealer, AuditChain],
      exports: [AuditChain, AuditSealer],
    };
  }
}
