import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, DomainError, ErrorCode, type FieldProblem, NotFoundError } from '#core';
import { AuditChain } from '#audit';
import { queryOne, queryPage, queryRows } from '#database';
import { auditUserChange } from './user-actor.js';
import { checkAgainstDelegationTable, type DelegateFacts } from './delegation-rules.js';
import {
  MUNICIPALITY_PROFILES,
  type MunicipalityProfiles,
} from './municipality-profiles.provider.js';
import {
  DELEGATION_DATE_MESSAGE,
  DELEGATION_KINDS,
  DELEGATION_SUBJECT_PATTERN,
  DELEGATOR_POST_MAX_LENGTH,
  type DelegationChange,
  type DelegationKind,
  type DelegationListQuery,
  type DelegationView,
  INSTRUMENT_MAX_LENGTH,
  INSTRUMENT_MIN_LENGTH,
  isDelegationDate,
  MAX_DELEGATION_SUBJECTS,
  type NewDelegation,
  REVOCATION_REASON_MAX_LENGTH,
} from './delegation.types.js';
import { ROLES } from './roles.js';
import type { Page } from './users.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Named columns, never `*`: a prepared statement's result type must not change under a migration.
const VIEW_COLUMNS = `d.id, d.kind, d.delegator_role, d.delegator_post, d.delegate_user_id,
  u.username AS delegate_username, u.full_name AS delegate_full_name, u.post AS delegate_post,
  d.instrument, d.subjects, d.valid_from::text AS valid_from, d.valid_until::text AS valid_until,
  d.created_at, d.revoked_at, d.revocation_reason`;
const FROM = `FROM delegations d JOIN users u ON u.id = d.delegate_user_id`;
const ORDER = `d.valid_from DESC, d.created_at DESC, d.id`;

/** In force on $n (a civil date): started, not ended, not revoked. Bounds are inclusive. */
const inForceOn = (n: number) =>
  `d.valid_from <= $${n}::date AND $${n}::date <= coalesce(d.valid_until, $${n}::date)
   AND d.revoked_at IS NULL`;

interface DelegationRow {
  readonly id: string;
  readonly kind: DelegationKind;
  readonly delegator_role: string;
  readonly delegator_post: string;
  readonly delegate_user_id: string;
  readonly delegate_username: string;
  readonly delegate_full_name: string;
  readonly delegate_post: string;
  readonly instrument: string;
  readonly subjects: string[];
  readonly valid_from: string;
  readonly valid_until: string | null;
  readonly created_at: Date;
  readonly revoked_at: Date | null;
  readonly revocation_reason: string | null;
}

function delegationView(row: DelegationRow): DelegationView {
  return {
    id: row.id,
    kind: row.kind,
    delegatorRole: row.delegator_role,
    delegatorPost: row.delegator_post,
    delegate: {
      id: row.delegate_user_id,
      username: row.delegate_username,
      fullName: row.delegate_full_name,
      post: row.delegate_post,
    },
    instrument: row.instrument,
    subjects: row.subjects,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revocationReason: row.revocation_reason,
  };
}

/**
 * Delegations and encargaturas (D10), each with its legal instrument, subjects and validity window.
 * Every read and write is scoped to one municipality; rows are revoked, never deleted.
 */
@Injectable()
export class DelegationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditChain,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
  ) {}

  /**
   * The delegate must be an active user of the same municipality, other than whoever records it,
   * and the delegation must conform to the municipality's table (profile `delegations.grants`):
   * else 400 DELEGATION_NOT_PERMITTED naming the row and its legal basis (D10).
   */
  async create(
    municipalityId: string,
    createdBy: string,
    input: NewDelegation,
  ): Promise<DelegationView> {
    const { problems, value } = checkNewDelegation(input);
    return this.dataSource.transaction(async (manager) => {
      let delegate: DelegateFacts | null = null;
      if (!problems.some((p) => p.field === 'delegateUserId')) {
        delegate = await this.delegateFacts(manager, municipalityId, value.delegateUserId, true);
        if (!delegate)
          problems.push({
            field: 'delegateUserId',
            messages: ['no es un usuario activo de su municipalidad'],
          });
        // Separation of duties: whoever records delegations cannot grant themselves one.
        else if (value.delegateUserId === createdBy)
          problems.push({
            field: 'delegateUserId',
            messages: ['no puede registrar una delegación a su propio nombre'],
          });
      }
      invalidIf(problems);
      if (delegate) await this.checkTable(manager, municipalityId, value, delegate);
      const created = await queryOne<{ id: string }>(
        manager,
        `INSERT INTO delegations (municipality_id, kind, delegator_role, delegator_post,
           delegate_user_id, instrument, subjects, valid_from, valid_until, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         RETURNING id`,
        [
          municipalityId,
          value.kind,
          value.delegatorRole,
          value.delegatorPost,
          value.delegateUserId,
          value.instrument,
          value.subjects,
          value.validFrom,
          value.validUntil,
          createdBy,
          this.clock.now(),
        ],
      );
      const delegation = await this.read(manager, municipalityId, created?.id ?? '');
      await this.record(manager, {
        municipalityId,
        action: 'created',
        delegation,
        actorUserId: createdBy,
      });
      return delegation;
    });
  }

  async get(municipalityId: string, id: string): Promise<DelegationView> {
    return this.read(this.dataSource.manager, municipalityId, id);
  }

  /** Most recent first. With `activeOn`, only those in force that day (see `inForce`). */
  async list(municipalityId: string, query: DelegationListQuery): Promise<Page<DelegationView>> {
    const problems: FieldProblem[] = [];
    if (query.activeOn !== undefined && !isDelegationDate(query.activeOn))
      problems.push({ field: 'activeOn', messages: [DELEGATION_DATE_MESSAGE] });
    if (query.delegateUserId !== undefined && !UUID.test(query.delegateUserId))
      problems.push({ field: 'delegateUserId', messages: ['debe ser un identificador UUID'] });
    if (!Number.isInteger(query.page) || query.page < 1)
      problems.push({ field: 'page', messages: ['debe ser un número entero mayor o igual a 1'] });
    if (!Number.isInteger(query.pageSize) || query.pageSize < 1 || query.pageSize > 100)
      problems.push({ field: 'pageSize', messages: ['debe ser un número entero entre 1 y 100'] });
    invalidIf(problems);

    const page = await queryPage<DelegationRow>(
      this.dataSource.manager,
      {
        select: `SELECT ${VIEW_COLUMNS} ${FROM}`,
        from: 'delegations d',
        where: `d.municipality_id = $1
          AND ($2::date IS NULL OR (${inForceOn(2)}))
          AND ($3::uuid IS NULL OR d.delegate_user_id = $3)`,
        orderBy: ORDER,
        params: [municipalityId, query.activeOn ?? null, query.delegateUserId ?? null],
      },
      query,
    );
    return { ...page, items: page.items.map(delegationView) };
  }

  /** 404 if not in that municipality; 409 DELEGATION_REVOKED if it already was. */
  async revoke(
    municipalityId: string,
    id: string,
    revokedBy: string,
    reason: string,
  ): Promise<DelegationView> {
    const why = typeof reason === 'string' ? reason.trim() : '';
    if (!why || why.length > REVOCATION_REASON_MAX_LENGTH)
      invalidIf([
        {
          field: 'reason',
          messages: [
            why
              ? `debe tener como máximo ${REVOCATION_REASON_MAX_LENGTH} caracteres`
              : 'es obligatorio',
          ],
        },
      ]);
    if (!UUID.test(id)) throw new NotFoundError('La delegación');
    return this.dataSource.transaction(async (manager) => {
      const current = await queryOne<{ revoked_at: Date | null }>(
        manager,
        `SELECT revoked_at FROM delegations WHERE id = $1 AND municipality_id = $2 FOR UPDATE`,
        [id, municipalityId],
      );
      if (!current) throw new NotFoundError('La delegación');
      if (current.revoked_at !== null)
        throw new DomainError(
          ErrorCode.DELEGATION_REVOKED,
          'La delegación ya fue revocada: no se puede revocar otra vez.',
          { revokedAt: current.revoked_at.toISOString() },
        );
      await queryRows(
        manager,
        `UPDATE delegations SET revoked_at = $3, revoked_by = $4, revocation_reason = $5
         WHERE id = $1 AND municipality_id = $2`,
        [id, municipalityId, this.clock.now(), revokedBy, why],
      );
      const delegation = await this.read(manager, municipalityId, id);
      await this.record(manager, {
        municipalityId,
        action: 'revoked',
        delegation,
        actorUserId: revokedBy,
      });
      return delegation;
    });
  }

  /**
   * The delegations `userId` holds on `subject` in force on `onDate` (YYYY-MM-DD, the civil date in
   * America/Lima): valid_from ≤ onDate ≤ valid_until (open-ended when NULL), not revoked. Most
   * recent first. Reads through `manager`, so it sees and runs in the caller's transaction (the
   * signature of a resolution checks the signer's competence in the transaction that signs). The
   * rows are held FOR SHARE until that transaction ends: a revocation waits for a signature in
   * course, and a signature waits for a revocation in course and then no longer sees it in force.
   */
  async inForce(
    manager: EntityManager,
    municipalityId: string,
    userId: string,
    subject: string,
    onDate: string,
  ): Promise<DelegationView[]> {
    if (!isDelegationDate(onDate)) throw new RangeError(`Fecha inválida: ${onDate}`);
    const rows = await queryRows<DelegationRow>(
      manager,
      `SELECT ${VIEW_COLUMNS} ${FROM}
       WHERE d.municipality_id = $1 AND d.delegate_user_id = $2 AND $3 = ANY (d.subjects)
         AND ${inForceOn(4)}
       ORDER BY ${ORDER} FOR SHARE OF d`,
      [municipalityId, userId, subject, onDate],
    );
    return rows.map(delegationView);
  }

  /** The roles whose post or powers the user holds on that day by a delegation or encargatura. */
  async rolesHeld(
    manager: EntityManager,
    municipalityId: string,
    userId: string,
    onDate: string,
  ): Promise<string[]> {
    if (!isDelegationDate(onDate)) throw new RangeError(`Fecha inválida: ${onDate}`);
    const rows = await queryRows<{ delegator_role: string }>(
      manager,
      `SELECT DISTINCT d.delegator_role FROM delegations d
       WHERE d.municipality_id = $1 AND d.delegate_user_id = $2 AND ${inForceOn(3)}
       ORDER BY d.delegator_role`,
      [municipalityId, userId, onDate],
    );
    return rows.map((r) => r.delegator_role);
  }

  /**
   * An active user's roles and unit, as the delegation table reads them (and the signature of an
   * act: a gerencia de línea does not sign Resoluciones de Gerencia Municipal). Null when the user
   * is not an active user of the municipality. `lock` holds the row until the transaction ends.
   */
  async delegateFacts(
    manager: EntityManager,
    municipalityId: string,
    userId: string,
    lock = false,
  ): Promise<DelegateFacts | null> {
    if (!UUID.test(userId)) return null;
    const row = await queryOne<{
      username: string;
      roles: string[];
      unit_code: string | null;
      unit_kind: string | null;
    }>(
      manager,
      `SELECT u.username, u.roles, un.code AS unit_code, un.kind AS unit_kind
         FROM users u LEFT JOIN units un ON un.id = u.unit_id
        WHERE u.id = $1 AND u.municipality_id = $2 AND u.active${lock ? ' FOR SHARE OF u' : ''}`,
      [userId, municipalityId],
    );
    return row
      ? {
          username: row.username,
          roles: row.roles,
          unitCode: row.unit_code,
          unitKind: row.unit_kind,
        }
      : null;
  }

  /** D10: the delegation against the table of the municipality's profile. */
  private async checkTable(
    manager: EntityManager,
    municipalityId: string,
    delegation: CheckedDelegation,
    delegate: DelegateFacts,
  ): Promise<void> {
    const municipality = await queryOne<{ code: string }>(
      manager,
      `SELECT code FROM municipalities WHERE id = $1`,
      [municipalityId],
    );
    const profile = this.profiles.find((p) => p.code === municipality?.code);
    if (!profile) throw new Error(`No hay perfil para la municipalidad ${municipalityId}`);
    const refused = checkAgainstDelegationTable(
      profile.delegations,
      profile.code,
      delegation,
      delegate,
    );
    if (refused) throw DomainError.of(refused.refusal, refused.extras);
  }

  private async read(
    manager: EntityManager,
    municipalityId: string,
    id: string,
  ): Promise<DelegationView> {
    if (!UUID.test(id)) throw new NotFoundError('La delegación');
    const row = await queryOne<DelegationRow>(
      manager,
      `SELECT ${VIEW_COLUMNS} ${FROM} WHERE d.id = $1 AND d.municipality_id = $2`,
      [id, municipalityId],
    );
    if (!row) throw new NotFoundError('La delegación');
    return delegationView(row);
  }

  /** Each creation and revocation goes into the municipality's audit chain, in its own transaction. */
  private async record(manager: EntityManager, change: DelegationChange): Promise<void> {
    const { delegation } = change;
    await auditUserChange(this.audit, manager, {
      municipalityId: change.municipalityId,
      actorUserId: change.actorUserId,
      type: change.action === 'created' ? 'delegation.created' : 'delegation.revoked',
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

function invalidIf(problems: FieldProblem[]): void {
  if (problems.length > 0) {
    throw new DomainError(
      ErrorCode.VALIDATION_FAILED,
      `Datos inválidos en: ${problems.map((p) => p.field).join(', ')}.`,
      { errors: problems },
    );
  }
}

interface CheckedDelegation {
  kind: DelegationKind;
  delegatorRole: string;
  delegatorPost: string;
  delegateUserId: string;
  instrument: string;
  subjects: string[];
  validFrom: string;
  validUntil: string | null;
}

/**
 * The HTTP layer validates too; this guards every other caller. Collects the problems instead of
 * throwing, so the delegate check can add its own and the caller hears of all of them at once.
 */
function checkNewDelegation(input: NewDelegation): {
  problems: FieldProblem[];
  value: CheckedDelegation;
} {
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });

  const kind = input.kind;
  if (!DELEGATION_KINDS.includes(kind)) add('kind', 'no es un valor permitido');
  if (!(ROLES as readonly string[]).includes(input.delegatorRole))
    add('delegatorRole', 'no es un valor permitido');
  const delegatorPost = text(input.delegatorPost);
  if (!delegatorPost) add('delegatorPost', 'es obligatorio');
  else if (delegatorPost.length > DELEGATOR_POST_MAX_LENGTH)
    add('delegatorPost', `debe tener como máximo ${DELEGATOR_POST_MAX_LENGTH} caracteres`);
  if (typeof input.delegateUserId !== 'string' || !UUID.test(input.delegateUserId))
    add('delegateUserId', 'debe ser un identificador UUID');
  const instrument = text(input.instrument);
  if (instrument.length < INSTRUMENT_MIN_LENGTH || instrument.length > INSTRUMENT_MAX_LENGTH)
    add(
      'instrument',
      `debe tener entre ${INSTRUMENT_MIN_LENGTH} y ${INSTRUMENT_MAX_LENGTH} caracteres`,
    );
  const subjects = Array.isArray(input.subjects) ? [...input.subjects] : [];
  if (subjects.length < 1 || subjects.length > MAX_DELEGATION_SUBJECTS)
    add('subjects', `debe tener entre 1 y ${MAX_DELEGATION_SUBJECTS} materias`);
  else if (!subjects.every((s) => typeof s === 'string' && DELEGATION_SUBJECT_PATTERN.test(s)))
    add('subjects', 'cada materia debe tener de 1 a 60 caracteres: minúsculas, dígitos o _');
  else if (new Set(subjects).size !== subjects.length) add('subjects', 'no debe repetir materias');
  const validFrom = input.validFrom;
  const validUntil = input.validUntil ?? null;
  if (!isDelegationDate(validFrom)) add('validFrom', DELEGATION_DATE_MESSAGE);
  if (validUntil !== null && !isDelegationDate(validUntil))
    add('validUntil', DELEGATION_DATE_MESSAGE);
  else if (validUntil !== null && isDelegationDate(validFrom) && validUntil < validFrom)
    add('validUntil', 'no puede ser anterior a la fecha de inicio (validFrom)');

  return {
    problems,
    value: {
      kind,
      delegatorRole: input.delegatorRole,
      delegatorPost,
      delegateUserId: input.delegateUserId,
      instrument,
      subjects,
      validFrom,
      validUntil,
    },
  };
}
