import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NonWorkingKind } from './business-calendar.js';

/** A row of the versioned non-working-day table; never deleted, only marked removed (Ley 25323). */
@Entity('non_working_days')
export class NonWorkingDayRecord {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** NULL: applies to every municipality (a día no laborable decreed by DS). */
  @Column('uuid', { name: 'municipality_id', nullable: true }) municipalityId!: string | null;
  @Column('date') date!: string;
  @Column('text') name!: string;
  @Column('text') kind!: NonWorkingKind;
  @Column('text') source!: string;
  /** The calendar version this row was added at. */
  @Column('int') version!: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'removed_at', nullable: true }) removedAt!: Date | null;
  @Column('uuid', { name: 'removed_by', nullable: true }) removedBy!: string | null;
  @Column('int', { name: 'removed_version', nullable: true }) removedVersion!: number | null;
}
