import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditChain } from '#audit';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  DomainError,
  ErrorCode,
  type FieldProblem,
  NotFoundError,
} from '#core';
import { queryOne, queryPage, queryRows } from '#database';
import { type ClearedLockout, LoginLockouts, lockedUntilSql } from './login-lockouts.service.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import { describeRoleUnitMismatches, Role, roleUnitMismatches } from './roles.js';
import { SessionStore } from './session-store.service.js';
import type {
  AdminUserView,
  NewUser,
  SelfServiceCaller,
  UserChange,
  UserListQuery,
} from './user-admin.types.js';
import { auditUserChange } from './user-actor.js';
import { UserRefusal } from './users.errors.js';
import { assertAdminRemains, type Page, UsersService } from './users.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Named columns, never `*`: a prepared statement's result type must not change under a migration.
const VIEW = `SELECT u.id, u.username, u.full_name, u.post, u.unit_id, n.code AS unit_code,
  n.name AS unit_name, u.roles, u.active, u.demo, u.created_at, u.updated_at,
  ${lockedUntilSql('u')} AS locked_until
  FROM users u LEFT JOIN units n ON n.id = u.unit_id`;

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  post: string;
  unit_id: string | null;
  unit_code: string | null;
  unit_name: string | null;
  roles: string[];
  active: boolean;
  demo: boolean;
  created_at: Date;
  updated_at: Date;
  locked_until: Date | null;
}

/** `now` is the clock's: a lock that ended shows as none (its row goes at the next attempt or prune). */
const view = (row: UserRow, now: Date): AdminUserView => ({
  id: row.id,
  username: row.username,
  fullName: row.full_name,
  post: row.post,
  unit:
    row.unit_id === null
      ? null
      : { id: row.unit_id, code: row.unit_code ?? '', name: row.unit_name ?? '' },
  roles: row.roles,
  active: row.active,
  demo: row.demo,
  locked: row.locked_until !== null && row.locked_until > now,
  lockedUntil:
    row.locked_until !== null && row.locked_until > now ? row.locked_until.toISOString() : null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** What an unlock cleared, for the audit. */
const lockoutPayload = (cleared: ClearedLockout) => ({
  lockedUntil: cleared.lockedUntil?.toISOString() ?? null,
  wasLocked: cleared.wasLocked,
  failures: cleared.failures,
});

function invalidIf(problems: FieldProblem[]): void {
  if (problems.length > 0)
    throw new DomainError(
      ErrorCode.VALIDATION_FAILED,
      `Datos inválidos en: ${problems.map((p) => p.field).join(', ')}.`,
      { errors: problems },
    );
}

/**
 * Roles a person may hold together. ADMIN stands alone: the administrator configures and never
 * acts in a file (ADMIN_DOES_NOT_ACT), so a workflow role next to it would be dead or a way around
 * that rule. Several people may hold ALCALDE or GERENTE_MUNICIPAL (encargaturas, hand-overs).
 */
export function roleProblems(roles: readonly string[]): string[] {
  if (roles.includes(Role.ADMIN) && roles.length > 1)
    return [
      'ADMIN no se combina con otros roles: el administrador configura Despacho y no actúa en los expedientes',
    ];
  return [];
}

/** A unit as the role check needs it. */
interface UnitFacts {
  code: string;
  name: string;
  kind: string;
}

/**
 * Each role only in a unit of its kind (ROLE_UNIT_KINDS): the Alcalde's or the Gerente's powers
 * follow the role, so a role outside its unit would carry them elsewhere. 400 ROLE_UNIT_MISMATCH.
 */
function assertRolesFitUnit(roles: readonly string[], unit: UnitFacts): void {
  const mismatches = roleUnitMismatches(roles, unit.kind);
  if (mismatches.length === 0) return;
  throw new DomainError(
    UserRefusal.ROLE_UNIT_MISMATCH,
    `${describeRoleUnitMismatches(mismatches, unit)} Regla: cada rol se asigna solo en una unidad del tipo que le corresponde; cambie la unidad o el rol.`,
    {
      unit: { code: unit.code, kind: unit.kind },
      mismatches: mismatches.map((m) => ({ role: m.role, allowedUnitKinds: m.allowedUnitKinds })),
    },
  );
}

/**
 * User management by a municipality's ADMIN, and the self-service password change. Every change
 * goes into the municipality's audit chain in its own transaction, never with a password or hash.
 */
@Injectable()
export class UserAdministration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionStore,
    private readonly hasher: PasswordHasher,
    private readonly lockouts: LoginLockouts,
    private readonly clock: Clock,
    private readonly audit: AuditChain,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(municipalityId: string, actorId: string, input: NewUser): Promise<AdminUserView> {
    const manager = this.dataSource.manager;
    const problems: FieldProblem[] = [];
    const municipality = await queryOne<{ code: string }>(
      manager,
      `SELECT code FROM municipalities WHERE id = $1`,
      [municipalityId],
    );
    const prefix = `${municipality?.code.toLowerCase() ?? ''}.`;
    if (!input.username.startsWith(prefix))
      problems.push({
        field: 'username',
        messages: [`debe empezar con «${prefix}», el código de su municipalidad`],
      });
    const unit = await this.checkUnit(manager, municipalityId, input.unitId, problems);
    this.checkRoles(input.roles, problems);
    this.checkPassword('password', input.password, input.username, input.fullName, problems);
    invalidIf(problems);
    if (unit) assertRolesFitUnit(input.roles, unit);

    const hash = await this.hasher.hash(input.password);
    const created = await this.dataSource.transaction(async (tx) => {
      const row = await queryOne<{ id: string }>(
        tx,
        `INSERT INTO users (municipality_id, unit_id, username, full_name, post, password_hash, roles)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (lower(username)) DO NOTHING RETURNING id`,
        [
          municipalityId,
          input.unitId,
          input.username,
          input.fullName,
          input.post,
          hash,
          input.roles,
        ],
      );
      if (!row)
        throw new DomainError(
          UserRefusal.USERNAME_TAKEN,
          `El nombre de usuario «${input.username}» ya está en uso: elija otro.`,
        );
      const user = await this.read(tx, municipalityId, row.id);
      await this.record(tx, municipalityId, actorId, 'user.created', {
        userId: user.id,
        username: user.username,
        fullName: user.fullName,
        post: user.post,
        unitId: user.unit?.id ?? null,
        roles: user.roles,
      });
      return user;
    });
    return created;
  }

  get(municipalityId: string, id: string): Promise<AdminUserView> {
    return this.read(this.dataSource.manager, municipalityId, id);
  }

  /** By user name. Filters: active, role, unit, and words in the user name, full name or post. */
  async list(municipalityId: string, query: UserListQuery): Promise<Page<AdminUserView>> {
    // A municipality has hundreds of accounts, not millions: a substring match is enough.
    const where = `u.municipality_id = $1 AND ($2::boolean IS NULL OR u.active = $2)
      AND ($3::text IS NULL OR $3 = ANY (u.roles)) AND ($4::uuid IS NULL OR u.unit_id = $4)
      AND ($5::text IS NULL OR (u.username || ' ' || u.full_name || ' ' || u.post) ILIKE '%' || $5 || '%')`;
    const page = await queryPage<UserRow>(
      this.dataSource.manager,
      {
        select: VIEW,
        from: 'users u',
        where,
        orderBy: 'lower(u.username)',
        params: [
          municipalityId,
          query.active ?? null,
          query.role ?? null,
          query.unitId ?? null,
          query.q === undefined ? null : query.q.replace(/[\\%_]/g, (c) => `\\${c}`),
        ],
      },
      query,
    );
    const now = this.clock.now();
    return { ...page, items: page.items.map((row) => view(row, now)) };
  }

  /**
   * Name, post, unit and roles. The user's sessions read roles and unit on each request, so the
   * change applies to their very next request here (other processes: within SESSION_CACHE_MS).
   */
  async update(
    municipalityId: string,
    actorId: string,
    id: string,
    change: UserChange,
  ): Promise<AdminUserView> {
    const problems: FieldProblem[] = [];
    if (change.unitId !== undefined)
      await this.checkUnit(this.dataSource.manager, municipalityId, change.unitId, problems);
    if (change.roles !== undefined) this.checkRoles(change.roles, problems);
    invalidIf(problems);
    if (!UUID.test(id)) throw new NotFoundError('El usuario');

    const updated = await this.dataSource.transaction(async (tx) => {
      const before = await this.read(tx, municipalityId, id, true);
      const demoted =
        change.roles !== undefined &&
        before.roles.includes(Role.ADMIN) &&
        !change.roles.includes(Role.ADMIN);
      if (demoted && id === actorId)
        throw new DomainError(
          UserRefusal.ADMIN_LOCKOUT,
          'No puede quitarse a sí mismo el rol ADMIN: pídalo a otro administrador de la municipalidad.',
        );
      if (demoted && before.active) await assertAdminRemains(tx, municipalityId, id);
      // Checked when the unit or the roles change; an unrelated edit does not revisit them.
      if (change.roles !== undefined || change.unitId !== undefined) {
        const unitId = change.unitId ?? before.unit?.id;
        const unit = unitId ? await this.unitFacts(tx, municipalityId, unitId) : undefined;
        if (unit) assertRolesFitUnit(change.roles ?? before.roles, unit);
      }

      const next = {
        fullName: change.fullName ?? before.fullName,
        post: change.post ?? before.post,
        unitId: change.unitId ?? before.unit?.id ?? null,
        roles: change.roles ? [...change.roles] : before.roles,
      };
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (next.fullName !== before.fullName)
        changes['fullName'] = { from: before.fullName, to: next.fullName };
      if (next.post !== before.post) changes['post'] = { from: before.post, to: next.post };
      if (next.unitId !== (before.unit?.id ?? null))
        changes['unitId'] = { from: before.unit?.id ?? null, to: next.unitId };
      if (next.roles.join(',') !== before.roles.join(','))
        changes['roles'] = { from: before.roles, to: next.roles };
      if (Object.keys(changes).length === 0) return before;

      await queryRows(
        tx,
        `UPDATE users SET full_name = $3, post = $4, unit_id = $5, roles = $6, updated_at = now()
         WHERE id = $1 AND municipality_id = $2`,
        [id, municipalityId, next.fullName, next.post, next.unitId, next.roles],
      );
      await this.record(tx, municipalityId, actorId, 'user.updated', { userId: id, changes });
      return this.read(tx, municipalityId, id);
    });
    this.sessions.forgetUser(id);
    return updated;
  }

  /** Disables the account and ends its sessions (UsersService.deactivate); idempotent. */
  async deactivate(
    municipalityId: string,
    actorId: string,
    id: string,
    reason: string,
  ): Promise<AdminUserView> {
    if (!UUID.test(id)) throw new NotFoundError('El usuario');
    if (id === actorId)
      throw new DomainError(
        UserRefusal.ADMIN_LOCKOUT,
        'No puede desactivar su propia cuenta: pídalo a otro administrador de la municipalidad.',
      );
    await this.users.deactivate(municipalityId, id, actorId, reason);
    return this.get(municipalityId, id);
  }

  /** The account may log in again; its old sessions stay revoked. Idempotent. */
  async reactivate(municipalityId: string, actorId: string, id: string): Promise<AdminUserView> {
    if (!UUID.test(id)) throw new NotFoundError('El usuario');
    const user = await this.dataSource.transaction(async (tx) => {
      const changed = await queryRows<{ id: string }>(
        tx,
        `UPDATE users SET active = true, updated_at = now()
         WHERE id = $1 AND municipality_id = $2 AND NOT active RETURNING id`,
        [id, municipalityId],
      );
      const current = await this.read(tx, municipalityId, id);
      if (changed.length > 0)
        await this.record(tx, municipalityId, actorId, 'user.reactivated', { userId: id });
      return current;
    });
    this.sessions.forgetUser(id);
    return user;
  }

  /**
   * Lifts the account's lock by failed logins and forgets its failures, before the lock would end
   * on its own (e.g. the holder was verified). Audited as `account.unlocked` with the administrator
   * as actor; unlocking an account with nothing to clear changes nothing and is not audited.
   */
  async unlock(municipalityId: string, actorId: string, id: string): Promise<AdminUserView> {
    if (!UUID.test(id)) throw new NotFoundError('El usuario');
    return this.dataSource.transaction(async (tx) => {
      const user = await this.read(tx, municipalityId, id, true);
      const cleared = await this.lockouts.clear(tx, user);
      if (!cleared) return user;
      await this.record(tx, municipalityId, actorId, 'account.unlocked', {
        userId: id,
        username: user.username,
        reason: 'administrador',
        ...lockoutPayload(cleared),
      });
      return this.read(tx, municipalityId, id);
    });
  }

  /**
   * An administrator sets a new password (forgotten, compromised), ends every session and lifts
   * the account's lock by failed logins (audited in the same `user.password_reset`).
   */
  async resetPassword(
    municipalityId: string,
    actorId: string,
    id: string,
    password: string,
  ): Promise<void> {
    if (!UUID.test(id)) throw new NotFoundError('El usuario');
    if (id === actorId)
      throw new DomainError(
        UserRefusal.SELF_PASSWORD_RESET,
        'Para cambiar su propia contraseña use «Cambiar mi contraseña» (POST /api/v1/me/password), que pide la actual.',
      );
    const target = await this.read(this.dataSource.manager, municipalityId, id);
    const problems: FieldProblem[] = [];
    this.checkPassword('password', password, target.username, target.fullName, problems);
    invalidIf(problems);
    const hash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (tx) => {
      await this.setPassword(tx, municipalityId, id, hash);
      const revoked = await this.sessions.revokeAllOf(
        tx,
        municipalityId,
        id,
        'password_reset',
        actorId,
      );
      // The holder proved who they are to the administrator: the new password works at once.
      const cleared = await this.lockouts.clear(tx, target);
      await this.record(tx, municipalityId, actorId, 'user.password_reset', {
        userId: id,
        revokedSessions: revoked,
        clearedLockout: cleared ? lockoutPayload(cleared) : null,
      });
    });
    this.sessions.forgetUser(id);
  }

  /**
   * The caller changes their own password, proving the current one. A wrong one counts as a failed
   * login (and the account lock applies). The caller's other sessions end; this one stays.
   */
  async changeOwnPassword(
    caller: SelfServiceCaller,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await this.users.findForLogin(caller.username);
    if (!user || user.id !== caller.id) throw new NotFoundError('El usuario');
    await this.lockouts.assertNotLocked(caller.username, user);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.lockouts.recordFailure(caller.username, user);
      throw new DomainError(
        UserRefusal.CURRENT_PASSWORD_INVALID,
        'La contraseña actual no es correcta.',
      );
    }
    await this.lockouts.recordSuccess(caller.username);
    const messages = this.policy(newPassword, user.username, user.fullName);
    if (newPassword === currentPassword) messages.push('debe ser distinta de la contraseña actual');
    invalidIf(messages.length > 0 ? [{ field: 'newPassword', messages }] : []);
    const hash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (tx) => {
      await this.setPassword(tx, caller.municipalityId, caller.id, hash);
      const revoked = await this.sessions.revokeAllOf(
        tx,
        caller.municipalityId,
        caller.id,
        'password_changed',
        caller.id,
        caller.sessionId,
      );
      await this.record(tx, caller.municipalityId, caller.id, 'user.password_changed', {
        userId: caller.id,
        keptSessionId: caller.sessionId,
        revokedSessions: revoked,
      });
    });
    this.sessions.forgetUser(caller.id);
  }

  private async setPassword(
    manager: EntityManager,
    municipalityId: string,
    id: string,
    hash: string,
  ): Promise<void> {
    await queryRows(
      manager,
      `UPDATE users SET password_hash = $3, updated_at = now() WHERE id = $1 AND municipality_id = $2`,
      [id, municipalityId, hash],
    );
  }

  private checkPassword(
    field: string,
    password: string,
    username: string,
    fullName: string,
    problems: FieldProblem[],
  ): void {
    const messages = this.policy(password, username, fullName);
    if (messages.length > 0) problems.push({ field, messages });
  }

  private policy(password: string, username: string, fullName: string): string[] {
    return passwordProblems(password, {
      minLength: this.config.passwordMinLength,
      username,
      fullName,
    });
  }

  private checkRoles(roles: readonly string[], problems: FieldProblem[]): void {
    const messages = roleProblems(roles);
    if (messages.length > 0) problems.push({ field: 'roles', messages });
  }

  /** The unit if it is one of the municipality's; else a problem on `unitId`. */
  private async checkUnit(
    manager: EntityManager,
    municipalityId: string,
    unitId: string,
    problems: FieldProblem[],
  ): Promise<UnitFacts | undefined> {
    const unit = await this.unitFacts(manager, municipalityId, unitId);
    if (!unit)
      problems.push({ field: 'unitId', messages: ['no es una unidad de su municipalidad'] });
    return unit;
  }

  private async unitFacts(
    manager: EntityManager,
    municipalityId: string,
    unitId: string,
  ): Promise<UnitFacts | undefined> {
    return UUID.test(unitId)
      ? await queryOne<UnitFacts>(
          manager,
          `SELECT code, name, kind FROM units WHERE id = $1 AND municipality_id = $2`,
          [unitId, municipalityId],
        )
      : undefined;
  }

  private async read(
    manager: EntityManager,
    municipalityId: string,
    id: string,
    lock = false,
  ): Promise<AdminUserView> {
    if (!UUID.test(id)) throw new NotFoundError('El usuario');
    const row = await queryOne<UserRow>(
      manager,
      `${VIEW} WHERE u.id = $1 AND u.municipality_id = $2${lock ? ' FOR UPDATE OF u' : ''}`,
      [id, municipalityId],
    );
    if (!row) throw new NotFoundError('El usuario');
    return view(row, this.clock.now());
  }

  /** Audited without secrets: ids, names and what changed; never a password or its hash. */
  private record(
    manager: EntityManager,
    municipalityId: string,
    actorUserId: string,
    type: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const at = this.clock.now();
    return auditUserChange(this.audit, manager, { municipalityId, actorUserId, type, at, payload });
  }
}
