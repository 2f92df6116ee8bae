import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '../roles.js';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'municipality_id' }) municipalityId!: string;
  @Column('uuid', { name: 'unit_id', nullable: true }) unitId!: string | null;
  @Column('text') username!: string;
  @Column('text', { name: 'full_name' }) fullName!: string;
  @Column('text') post!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('text', { array: true }) roles!: Role[];
  @Column('boolean') active!: boolean;
  /** A demonstration account (SEED_DEMO): the console shows a banner. */
  @Column('boolean') demo!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
