import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { AuditChain } from '#audit';
import { Clock, DomainError, NotFoundError } from '#core';
import { queryRows } from '#database';
import { User } from './entities/user.entity.js';
import { SessionStore } from './session-store.service.js';
import { Role } from './roles.js';
import { userActor } from './user-actor.js';
import { UserRefusal } from './users.errors.js';

import type { Page } from '#database';

export type { Page };

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly clock: Clock,
    private readonly audit: AuditChain,
  ) {}

  /** For login only: the one read that includes the password hash, across municipalities. */
  findForLogin(username: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
  }

  async get(municipalityId: string, id: string): Promise<User> {
    const user = await this.users.findOne({ where: { municipalityId, id } });
    if (!user) throw new NotFoundError('El usuario');
    return user;
  }

  async list(municipalityId: string, page: number, pageSize: number): Promise<Page<User>> {
    const [items, total] = await this.users.findAndCount({
      where: { municipalityId },
      order: { username: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total, page, pageSize };
  }

  /**
   * Disables an account and ends its sessions in one transaction, both audited. This process
   * refuses the user's tokens at once; other processes within SESSION_CACHE_MS. Never the last active
   * ADMIN of the municipality: nobody could manage its users any more (409 ADMIN_LOCKOUT).
   */
  async deactivate(
    municipalityId: string,
    userId: string,
    actorUserId: string,
    reason?: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await assertAdminRemains(manager, municipalityId, userId);
      const changed = await queryRows<{ id: string }>(
        manager,
        `UPDATE users SET active = false, updated_at = now()
         WHERE id = $1 AND municipality_id = $2 AND active RETURNING id`,
        [userId, municipalityId],
      );
      const exists = await queryRows<{ id: string }>(
        manager,
        `SELECT id FROM users WHERE id = $1 AND municipality_id = $2`,
        [userId, municipalityId],
      );
      if (exists.length === 0) throw new NotFoundError('El usuario');
      if (changed.length > 0)
        await this.audit.append(manager, {
          municipalityId,
          instanceId: null,
          kind: null,
          type: 'user.deactivated',
          from: null,
          to: null,
          actor: await userActor(manager, municipalityId, actorUserId),
          at: this.clock.now(),
          payload: reason === undefined ? { userId } : { userId, reason },
        });
      await this.sessions.revokeAllOf(
        manager,
        municipalityId,
        userId,
        'user_deactivated',
        actorUserId,
      );
    });
    this.sessions.forgetUser(userId);
  }
}

/**
 * Locks the municipality's active administrators (so two of them cannot remove each other at the
 * same time) and refuses when `leavingUserId` is the only one left.
 */
export async function assertAdminRemains(
  manager: EntityManager,
  municipalityId: string,
  leavingUserId: string,
): Promise<void> {
  const admins = await queryRows<{ id: string }>(
    manager,
    `SELECT id FROM users WHERE municipality_id = $1 AND active AND $2 = ANY (roles)
     ORDER BY id FOR UPDATE`,
    [municipalityId, Role.ADMIN],
  );
  if (admins.length > 0 && admins.every((a) => a.id === leavingUserId))
    throw new DomainError(
      UserRefusal.ADMIN_LOCKOUT,
      'Es el único administrador activo de la municipalidad: registre antes otro administrador.',
    );
}
