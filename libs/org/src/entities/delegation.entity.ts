import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DelegationKind } from '../delegation.types.js';

/**
 * A delegation or encargatura (D10) with its legal instrument; never deleted, only revoked once.
 * Dates are civil dates (America/Lima), kept as 'YYYY-MM-DD'.
 */
@Entity('delegations')
export class Delegation {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('text') kind!: DelegationKind;
  /** A role code (ROLES), e.g. ALCALDE or GERENTE_MUNICIPAL. */
  @Column('text', { name: 'delegator_role' }) delegatorRole!: string;
  /** The post as printed on the act, e.g. "Gerente Municipal Metropolitano". */
  @Column('text', { name: 'delegator_post' }) delegatorPost!: string;
  @Column('uuid', { name: 'delegate_user_id' }) delegateUserId!: string;
  @Column('text') instrument!: string;
  @Column('text', { array: true }) subjects!: string[];
  @Column('date', { name: 'valid_from' }) validFrom!: string;
  @Column('date', { name: 'valid_until', nullable: true }) validUntil!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy!: string | null;
  @Column('text', { name: 'revocation_reason', nullable: true }) revocationReason!: string | null;
}
