import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '#core';
import { type DelegationChange, DelegationsService } from '#org';
import { AuditChain, userActor } from '#workflow';

/**
 * Writes each delegation created or revoked into the municipality's audit chain, in the same
 * transaction. It lives here and not in libs/org because #workflow imports #org (through
 * #calendar): libs/org cannot reach the AuditChain without an import cycle.
 */
@Injectable()
export class DelegationAudit implements OnModuleInit {
  constructor(
    private readonly delegations: DelegationsService,
    private readonly audit: AuditChain,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.delegations.onChange((manager, change) => this.record(manager, change));
  }

  private async record(manager: EntityManager, change: DelegationChange): Promise<void> {
    const { delegation } = change;
    await this.audit.append(manager, {
      municipalityId: change.municipalityId,
      instanceId: null,
      kind: null,
      type: change.action === 'created' ? 'delegation.created' : 'delegation.revoked',
      from: null,
      to: null,
      actor: await userActor(manager, change.municipalityId, change.actorUserId),
      at: this.clock.now(),
      payload: {
        delegationId: delegation.id,
        kind: delegation.kind,
        delegatorRole: delegation.delegatorRole,
        delegatorPost: delegation.delegatorPost,
        delegateUserId: delegation.delegate.id,
        delegateUsername: delegation.delegate.username,
        instrument: delegation.instrument,
        subjects: delegation.subjects,
        validFrom: delegation.validFrom,
        validUntil: delegation.validUntil,
        ...(change.action === 'revoked' ? { reason: delegation.revocationReason } : {}),
      },
    });
  }
}
