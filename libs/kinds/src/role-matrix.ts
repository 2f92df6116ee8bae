import type { Actor } from '#audit';
import {
  type BudgetModificationContext,
  budgetModificationPolicy,
  REQUESTING_UNIT_KINDS,
} from '#budget-modifications';
import { sampleBudgetModificationContext } from '#budget-modifications/testing';
import { budgetReviewPolicy } from '#budget';
import { sampleBudgetReviewContext } from '#budget/testing';
import { type ConvenioContext, convenioPolicy, PROPOSING_UNIT_KINDS } from '#convenios';
import { sampleConvenioContext } from '#convenios/testing';
import { mandatePolicy, mayAssign } from '#mandates';
import { sampleMandateContext } from '#mandates/testing';
import { Role, UnitKind } from '#org';
import {
  DRAFTING_UNIT_KINDS,
  type Remedy,
  type RemedyKind,
  type ReviewKind,
  type ResolutionContext,
  resolutionPolicy,
} from '#resolutions';
import {
  BUDGET,
  ISSUING,
  LEGAL,
  ORIGIN,
  sampleResolutionContext,
  SUPERIOR,
} from '#resolutions/testing';
import {
  administratorRefusal,
  type InstanceFacts,
  type PolicyDecision,
  type WorkflowEvent,
} from '#workflow';

/** The columns of the matrix, by a stable key (the e2e suite maps each to a real user). */
export type PostKey =
  | 'alcaldia'
  | 'gerencia_municipal'
  | 'secretaria_general'
  | 'asesoria_juridica'
  | 'planeamiento_presupuesto'
  | 'gerencia_origen'
  | 'otra_gerencia'
  | 'regidor'
  | 'admin';

/** One column: a person of a role in a unit of a kind. */
export interface RoleMatrixPost {
  readonly key: PostKey;
  readonly title: string;
  readonly role: Role;
  /**
   * The kind of unit the person works in; null when it does not matter (the administrator never
   * acts, wherever it is).
   */
  readonly unitKind: UnitKind | null;
  /** Gerencias de línea: the one that drafted the act or received the mandate, or another one. */
  readonly gerencia?: 'origin' | 'other';
}

/**
 * Where the operation is tried. The creation has no event nor state; an attachment has a state.
 * A resolution is of particular scope with budget impact (three visas) unless said otherwise.
 */
export interface RoleMatrixCase {
  readonly operation: 'create' | 'event' | 'attach';
  /** The event's type (operation `event` only). */
  readonly event?: string;
  /** The state the instance is in (null: a creation). */
  readonly state: string | null;
  readonly scope?: 'particular' | 'general';
  /** Under remedy: which one (the reconsideración goes to the Gerente, the apelación to the Alcalde). */
  readonly remedy?: RemedyKind;
  /**
   * A remedy of the first addressee already decided (infundado), its decision not yet served: the
   * apelación's term waits for NOTIFY_DECISION (TUO Art. 144, 218.2).
   */
  readonly decided?: 'reconsideracion';
  /**
   * A nulidad de oficio or a revocación in progress (D9), opened by the Alcalde once the act was
   * notified or published; `served`: the traslado already served to the first addressee.
   */
  readonly review?: ReviewKind;
  readonly hearing?: 'served';
  /**
   * What a refused person other than the administrator gets, when it is not a 403 of the policy:
   * e.g. the machine refuses a VISA of a unit without a pending visa before the policy is asked.
   */
  readonly refusal?: { readonly status: number; readonly code: string };
  /** Fields of the event the policy reads (e.g. which party a convenio's free exit is of). */
  readonly payload?: Readonly<Record<string, unknown>>;
  /** A convenio with financial obligations (it goes through Planeamiento y Presupuesto). */
  readonly financial?: boolean;
  /**
   * A budget modification the profile delegates to the Gerente (he approves it, drafting the RGM);
   * false: one he elevates to the Alcalde.
   */
  readonly delegated?: boolean;
  /** A management document the Concejo approves (PIA…) or the Alcalde by resolution (POI…). */
  readonly authority?: 'concejo' | 'alcalde';
}

/** A row: an operation, the situations it is tried in, and who may do it there. */
export interface RoleMatrixRow {
  readonly operation: string;
  readonly cases: readonly RoleMatrixCase[];
  readonly allowed: Readonly<Record<PostKey, boolean>>;
}

export interface RoleMatrixTable {
  /** The kind's resource (`/api/v1/<kind>`). */
  readonly kind:
    'resolutions' | 'mandates' | 'convenios' | 'budget-modifications' | 'budget-reviews';
  readonly title: string;
  readonly rows: readonly RoleMatrixRow[];
}

/** The refusal of the administrator, whatever it tries in a file (the kernel's rule). */
export const ADMIN_REFUSAL = { status: 403, code: 'ADMIN_DOES_NOT_ACT' } as const;

interface Column extends RoleMatrixPost {
  readonly actor: Actor;
}

const column = (
  key: PostKey,
  title: string,
  role: Role,
  unitId: string,
  unitKind: UnitKind | null,
  gerencia?: 'origin' | 'other',
): Column => ({
  key,
  title,
  role,
  unitKind,
  ...(gerencia ? { gerencia } : {}),
  actor: { userId: `p-${unitId}-${key}`, name: title, municipalityId: 'm', unitId, roles: [role] },
});

const COLUMNS: readonly Column[] = [
  column('alcaldia', 'Alcaldía', Role.ALCALDE, SUPERIOR, UnitKind.alcaldia),
  column(
    'gerencia_municipal',
    'Gerencia Municipal',
    Role.GERENTE_MUNICIPAL,
    ISSUING,
    UnitKind.gerencia_municipal,
  ),
  column(
    'secretaria_general',
    'Secretaría General',
    Role.SECRETARIA_GENERAL,
    'u-secretaria',
    UnitKind.secretaria_general,
  ),
  column(
    'asesoria_juridica',
    'Asesoría Jurídica',
    Role.ASESORIA_JURIDICA,
    LEGAL,
    UnitKind.asesoria_juridica,
  ),
  column(
    'planeamiento_presupuesto',
    'Planeamiento y Presupuesto',
    Role.PLANEAMIENTO_PRESUPUESTO,
    BUDGET,
    UnitKind.planeamiento_presupuesto,
  ),
  column(
    'gerencia_origen',
    'Gerencia de origen',
    Role.GERENCIA,
    ORIGIN,
    UnitKind.gerencia_linea,
    'origin',
  ),
  column(
    'otra_gerencia',
    'Otra gerencia',
    Role.GERENCIA,
    'u-otra',
    UnitKind.gerencia_linea,
    'other',
  ),
  // The Concejo is not an organic unit: a regidor is registered in the Alcaldía's.
  column('regidor', 'Regidor', Role.REGIDOR, SUPERIOR, UnitKind.alcaldia),
  // Seeded in the Gerencia Municipal, where it would act most if the kernel let it.
  column('admin', 'ADMIN', Role.ADMIN, ISSUING, null),
];

/** The columns, in the order of the tables. */
export const ROLE_MATRIX_POSTS: readonly RoleMatrixPost[] = COLUMNS.map(
  ({ actor: _actor, ...post }) => post,
);

/** What the kernel lets a person do: never the administrator, then the kind's rule. */
const acts = (decision: (post: Column) => PolicyDecision | boolean) => (post: Column) =>
  administratorRefusal(post.actor) === null && decision(post) === true;

/** The answer of one row: every case must give the same, or one ✔ per cell would not say it. */
function row(
  operation: string,
  cases: readonly RoleMatrixCase[],
  allows: (situation: RoleMatrixCase, post: Column) => boolean,
): RoleMatrixRow {
  const answers = cases.map((situation) =>
    Object.fromEntries(COLUMNS.map((post) => [post.key, allows(situation, post)])),
  );
  const [first, ...others] = answers;
  if (!first) throw new Error(`${operation}: sin casos`);
  for (const other of others)
    if (JSON.stringify(other) !== JSON.stringify(first))
      throw new Error(`${operation}: los casos de la fila no coinciden; sepárelos en filas`);
  return { operation, cases, allowed: first as Record<PostKey, boolean> };
}

const TERMS = {
  legalOpinion: 7,
  correction: 10,
  visas: 3,
  signature: 3,
  notification: 5,
  remedyFiling: 15,
  remedyResolution: 30,
};
const DRAFTER = 'p-u-origin-gerencia_origen';

/** The context of a resolution in a case's situation (what the policy reads of it). */
function resolutionContext(situation: RoleMatrixCase): ResolutionContext {
  const draft = sampleResolutionContext(situation.scope ?? 'particular', TERMS);
  const pendingVisas = situation.state === 'visas' ? [ORIGIN, LEGAL, BUDGET] : [];
  const kind = situation.remedy ?? situation.decided;
  if (situation.review)
    return {
      ...draft,
      pendingVisas,
      review: {
        kind: situation.review,
        reason: 'Vicio de nulidad advertido por el OCI.',
        grounds: 'Art. 10.2',
        cause: situation.review === 'revocacion' ? '214.1.2' : null,
        startedAt: '2026-12-01T15:00:00.000Z',
        from: situation.scope === 'general' ? 'published' : 'notified',
        hearings: draft.addressees.map((a, addressee) => ({
          addressee,
          name: a.name,
          notice: null,
          dueOn: null,
          lapsedAt: null,
          arguments: [],
        })),
        outcome: null,
        instrument: null,
        part: null,
        decidedAt: null,
      },
    };
  if (!kind) return { ...draft, pendingVisas };
  // Filed by the first addressee, from its own window (machine version 2).
  const filed: Remedy = {
    kind,
    party: '0',
    filedBy: { addressee: 0, name: draft.addressees[0]?.name ?? '' },
    filedAt: '2026-12-01T15:00:00.000Z',
    filedOn: '2026-12-01',
    registeredAt: '2026-12-01T15:00:00.000Z',
    resolverRole: kind === 'apelacion' ? 'ALCALDE' : 'GERENTE_MUNICIPAL',
    outcome: null,
    resolvedAt: null,
    instrument: null,
    modification: null,
    negativeSilence: false,
    resolutionDueOn: null,
    closedBySilenceAt: null,
    decisionNotice: null,
    reversedFirmAt: null,
  };
  if (situation.remedy) return { ...draft, pendingVisas, pending: [filed], remedy: filed };
  const decided: Remedy = {
    ...filed,
    outcome: 'infundado',
    resolvedAt: '2026-12-02T15:00:00.000Z',
  };
  return { ...draft, pendingVisas, remedy: decided, remedies: [decided] };
}

/** A case: an event tried in a state, with whatever else the situation says. */
const on = (event: string, state: string, more: Partial<RoleMatrixCase> = {}): RoleMatrixCase => ({
  operation: 'event',
  event,
  state,
  ...more,
});

type KindPolicy<C> = (
  actor: Actor,
  event: WorkflowEvent,
  instance: InstanceFacts<C>,
) => PolicyDecision;

/**
 * The rows of a kind's events: a column may send one where the kind's policy allows it, on an
 * instance in the case's state with the case's context (the kernel's refusals first).
 */
const eventRows =
  <C>(policy: KindPolicy<C>, context: (situation: RoleMatrixCase) => C, createdBy: string | null) =>
  (operation: string, cases: readonly RoleMatrixCase[]): RoleMatrixRow =>
    row(operation, cases, (situation, post) =>
      acts(() =>
        policy(post.actor, { type: situation.event ?? '', ...situation.payload } as WorkflowEvent, {
          id: 'i',
          municipalityId: 'm',
          state: situation.state ?? '',
          context: context(situation),
          createdBy,
        }),
      )(post),
    );

function resolutionRows(): RoleMatrixRow[] {
  const events = eventRows(resolutionPolicy, resolutionContext, DRAFTER);
  return [
    row(
      'Crear (proyecto)',
      [
        {
          operation: 'create',
          state: null,
          refusal: { status: 403, code: 'DRAFTING_UNIT_NOT_ALLOWED' },
        },
      ],
      (_, post) =>
        acts(() => post.unitKind !== null && DRAFTING_UNIT_KINDS.includes(post.unitKind))(post),
    ),
    row(
      'Adjuntar un documento (hasta la firma)',
      [{ operation: 'attach', state: 'draft' }],
      (_, post) => acts(() => true)(post),
    ),
    events('`EDIT`, `SUBMIT`, `WITHDRAW`', [
      on('EDIT', 'draft'),
      on('SUBMIT', 'draft'),
      on('WITHDRAW', 'draft'),
    ]),
    events('`LEGAL_OPINION`', [on('LEGAL_OPINION', 'legal_review')]),
    events('`RETURN` en revisión legal', [on('RETURN', 'legal_review')]),
    events('`VISA` (unidades con visación pendiente)', [
      on('VISA', 'visas', { refusal: { status: 409, code: 'VISA_NOT_PENDING' } }),
    ]),
    events('`RETURN` en visaciones', [on('RETURN', 'visas')]),
    events('`SIGN` (proyecto de la gerencia de origen)', [on('SIGN', 'ready_to_sign')]),
    events('`RETURN` lista para la firma', [on('RETURN', 'ready_to_sign')]),
    events('`NOTIFY`, `PUBLISH`, `FILE_REMEDY`, `NOTIFY_DECISION`', [
      on('NOTIFY', 'signed'),
      on('PUBLISH', 'signed', { scope: 'general' }),
      on('FILE_REMEDY', 'notified'),
      on('NOTIFY_DECISION', 'notified', { decided: 'reconsideracion' }),
    ]),
    events('`RESOLVE_REMEDY` de una reconsideración', [
      on('RESOLVE_REMEDY', 'under_remedy', { remedy: 'reconsideracion' }),
    ]),
    events('`RESOLVE_REMEDY` de una apelación', [
      on('RESOLVE_REMEDY', 'under_remedy', { remedy: 'apelacion' }),
    ]),
    events('`START_ANNULMENT`, `START_REVOCATION`', [
      on('START_ANNULMENT', 'notified'),
      on('START_REVOCATION', 'notified'),
    ]),
    events('`SERVE_HEARING`, `FILE_ARGUMENTS` (traslado de la nulidad o revocación)', [
      on('SERVE_HEARING', 'under_review', { review: 'nulidad' }),
      on('FILE_ARGUMENTS', 'under_review', { review: 'nulidad', hearing: 'served' }),
    ]),
    events('`ANNUL`, `DISMISS_REVIEW` (vencido el traslado)', [
      on('ANNUL', 'under_review', { scope: 'general', review: 'nulidad' }),
      on('DISMISS_REVIEW', 'under_review', { scope: 'general', review: 'nulidad' }),
    ]),
    events('`REVOKE` (vencido el traslado)', [
      on('REVOKE', 'under_review', { scope: 'general', review: 'revocacion' }),
    ]),
    events('`RECTIFY`', [on('RECTIFY', 'signed')]),
  ];
}

function mandateRows(): RoleMatrixRow[] {
  // Assigned by the Gerencia Municipal to the gerencia de origen.
  const context = sampleMandateContext({ assignerUnitId: ISSUING, responsibleUnitId: ORIGIN });
  const events = (type: string, states: readonly string[]) =>
    row(
      `\`${type}\``,
      states.map((state) => ({ operation: 'event', event: type, state })),
      (situation, post) =>
        acts(() =>
          mandatePolicy(post.actor, { type } as WorkflowEvent, {
            id: 'e',
            municipalityId: 'm',
            state: situation.state ?? '',
            context,
            createdBy: 'p-u-issuing-gerencia_municipal',
          }),
        )(post),
    );
  return [
    row(
      'Crear (asignar)',
      [{ operation: 'create', state: null, refusal: { status: 403, code: 'FORBIDDEN' } }],
      (_, post) => acts(() => mayAssign(post.actor))(post),
    ),
    row(
      'Adjuntar un documento (hasta el cierre)',
      [{ operation: 'attach', state: 'open' }],
      (_, post) => acts(() => true)(post),
    ),
    events('REPORT_PROGRESS', ['open']),
    events('SUBMIT', ['open']),
    events('ACCEPT', ['review']),
    events('RETURN', ['review']),
    events('CANCEL', ['open', 'review']),
  ];
}

function convenioRows(): RoleMatrixRow[] {
  // Proposed by the gerencia de origen; the units it goes through are the matrix's.
  const context = (situation: RoleMatrixCase): ConvenioContext => ({
    ...sampleConvenioContext(),
    requestingUnitId: ORIGIN,
    budgetUnitId: BUDGET,
    legalUnitId: LEGAL,
    managementUnitId: ISSUING,
    mayorUnitId: SUPERIOR,
    hasFinancialObligations: situation.financial ?? false,
    submittedBy: situation.state === 'draft' ? null : DRAFTER,
  });
  const events = eventRows(convenioPolicy, context, DRAFTER);
  return [
    row(
      'Crear (proponer)',
      [
        {
          operation: 'create',
          state: null,
          refusal: { status: 403, code: 'PROPOSING_UNIT_NOT_ALLOWED' },
        },
      ],
      (_, post) =>
        acts(() => post.unitKind !== null && PROPOSING_UNIT_KINDS.includes(post.unitKind))(post),
    ),
    row(
      'Adjuntar un documento (hasta la firma)',
      [{ operation: 'attach', state: 'draft' }],
      (_, post) => acts(() => true)(post),
    ),
    events('`EDIT`, `SUBMIT`, `WITHDRAW`', [
      on('EDIT', 'draft'),
      on('SUBMIT', 'draft'),
      on('WITHDRAW', 'draft'),
    ]),
    events('`CERTIFY_BUDGET`, `RETURN` en la certificación presupuestal', [
      on('CERTIFY_BUDGET', 'budget_certification', { financial: true }),
      on('RETURN', 'budget_certification', { financial: true }),
    ]),
    events('`LEGAL_OPINION`', [on('LEGAL_OPINION', 'legal_review')]),
    events('`CONFORMITY`, `RETURN` en la conformidad', [
      on('CONFORMITY', 'management_conformity'),
      on('RETURN', 'management_conformity'),
    ]),
    events('`SEND_TO_COUNCIL`, `RETURN` en la revisión del Alcalde', [
      on('SEND_TO_COUNCIL', 'mayor_review'),
      on('RETURN', 'mayor_review'),
    ]),
    events('`COUNCIL_APPROVED`, `COUNCIL_REJECTED` (hasta el módulo del Concejo)', [
      on('COUNCIL_APPROVED', 'awaiting_council'),
      on('COUNCIL_REJECTED', 'awaiting_council'),
    ]),
    events('`SIGN` (aprobado por el Concejo)', [on('SIGN', 'approved')]),
    events('`REPORT_OBLIGATION`, `ADDENDUM`', [
      on('REPORT_OBLIGATION', 'in_force'),
      on('ADDENDUM', 'in_force'),
    ]),
    events('`MUTUAL_TERMINATION`, `TERMINATION_FOR_BREACH`', [
      on('MUTUAL_TERMINATION', 'in_force'),
      on('TERMINATION_FOR_BREACH', 'in_force'),
    ]),
    events('`FREE_EXIT` de la contraparte (la de la municipalidad: solo el Alcalde)', [
      on('FREE_EXIT', 'in_force', { payload: { party: 'contraparte' } }),
    ]),
  ];
}

function budgetModificationRows(): RoleMatrixRow[] {
  // Requested by the gerencia de origen; the units it goes through are the matrix's.
  const context = (situation: RoleMatrixCase): BudgetModificationContext => {
    const base = sampleBudgetModificationContext();
    return {
      ...base,
      requestingUnitId: ORIGIN,
      budgetUnitId: BUDGET,
      managementUnitId: ISSUING,
      mayorUnitId: SUPERIOR,
      managerDelegation: { ...base.managerDelegation, held: situation.delegated ?? true },
      submittedBy: situation.state === 'draft' ? null : DRAFTER,
    };
  };
  const events = eventRows(budgetModificationPolicy, context, DRAFTER);
  return [
    row(
      'Crear (solicitar)',
      [
        {
          operation: 'create',
          state: null,
          refusal: { status: 403, code: 'REQUESTING_UNIT_NOT_ALLOWED' },
        },
      ],
      (_, post) =>
        acts(() => post.unitKind !== null && REQUESTING_UNIT_KINDS.includes(post.unitKind))(post),
    ),
    row('Adjuntar un documento', [{ operation: 'attach', state: 'draft' }], (_, post) =>
      acts(() => true)(post),
    ),
    events('`SUBMIT`, `WITHDRAW`', [
      on('SUBMIT', 'draft'),
      on('WITHDRAW', 'draft'),
      on('WITHDRAW', 'opp_report'),
    ]),
    events('`TECHNICAL_REPORT`', [on('TECHNICAL_REPORT', 'opp_report')]),
    events('`APPROVE`, `REJECT` del Gerente (con delegación)', [
      on('APPROVE', 'manager_decision'),
      on('REJECT', 'manager_decision'),
    ]),
    events('`ELEVATE` (sin delegación)', [on('ELEVATE', 'manager_decision', { delegated: false })]),
    events('`APPROVE_BY_MAYOR`, `REJECT` del Alcalde (elevada)', [
      on('APPROVE_BY_MAYOR', 'mayor_decision', { delegated: false }),
      on('REJECT', 'mayor_decision', { delegated: false }),
    ]),
  ];
}

function budgetReviewRows(): RoleMatrixRow[] {
  // A document of Planeamiento y Presupuesto (most are) the Alcalde approves unless said otherwise.
  // Nobody creates one (the ADMIN's seeding does, 403 CREATED_BY_SEEDING) nor sends the Acuerdo
  // (403 SYSTEM_EVENT): test/budget-reviews.
  const events = eventRows(
    budgetReviewPolicy,
    (situation) =>
      sampleBudgetReviewContext({
        responsibleUnitId: BUDGET,
        budgetUnitId: BUDGET,
        managementUnitId: ISSUING,
        mayorUnitId: SUPERIOR,
        authority: situation.authority ?? 'alcalde',
      }),
    null,
  );
  return [
    row('Adjuntar un documento', [{ operation: 'attach', state: 'preparing' }], (_, post) =>
      acts(() => true)(post),
    ),
    events('`SUBMIT` de la unidad responsable', [on('SUBMIT', 'preparing')]),
    events('`OBSERVE`, `ACCEPT`', [on('OBSERVE', 'opp_review'), on('ACCEPT', 'opp_review')]),
    events('`CONFORMITY`', [on('CONFORMITY', 'management_review')]),
    events('`SEND_TO_COUNCIL` (lo aprueba el Concejo), `APPROVE_BY_RESOLUTION` (el Alcalde)', [
      on('SEND_TO_COUNCIL', 'mayor_review', { authority: 'concejo' }),
      on('APPROVE_BY_RESOLUTION', 'mayor_review'),
    ]),
    events('`PUBLISH`', [on('PUBLISH', 'approved')]),
  ];
}

/**
 * The role × operation matrix of every workflow kind, computed from the kinds' policies and the
 * kernel's rules: what docs/roles.md shows, and what test/role-matrix.e2e-spec.ts tries over HTTP.
 */
export function roleMatrix(): RoleMatrixTable[] {
  return [
    { kind: 'resolutions', title: 'Resolución de Gerencia Municipal', rows: resolutionRows() },
    {
      kind: 'mandates',
      title: 'Encargo (asignado por la Gerencia Municipal)',
      rows: mandateRows(),
    },
    {
      kind: 'convenios',
      title: 'Convenio (propuesto por una gerencia de línea)',
      rows: convenioRows(),
    },
    {
      kind: 'budget-modifications',
      title: 'Modificación presupuestaria (solicitada por una gerencia de línea)',
      rows: budgetModificationRows(),
    },
    {
      kind: 'budget-reviews',
      title: 'Documento de gestión (del calendario de gestión)',
      rows: budgetReviewRows(),
    },
  ];
}

/** An operation outside the files: who may call its routes (`METHOD /path`, OpenAPI's `{id}`). */
export interface AdministrationRow {
  readonly operation: string;
  readonly routes: readonly string[];
  /** Roles that may; null: every person logged in. */
  readonly roles: readonly Role[] | null;
}

/**
 * Administration and reading, outside the files: the routes' `@Roles()` say it in apps/api, and
 * test/role-matrix.e2e-spec.ts tries every route below as every column.
 */
export const ADMINISTRATION: readonly AdministrationRow[] = [
  {
    operation:
      'Usuarios: crear, listar, ver, cambiar, desactivar, reactivar, fijar la contraseña, desbloquear',
    roles: [Role.ADMIN],
    routes: [
      'POST /api/v1/admin/users',
      'GET /api/v1/admin/users',
      'GET /api/v1/admin/users/{id}',
      'PATCH /api/v1/admin/users/{id}',
      'POST /api/v1/admin/users/{id}/deactivate',
      'POST /api/v1/admin/users/{id}/reactivate',
      'POST /api/v1/admin/users/{id}/password',
      'POST /api/v1/admin/users/{id}/unlock',
    ],
  },
  {
    operation: 'Delegaciones y encargaturas: registrar, listar, ver, revocar',
    roles: [Role.ADMIN],
    routes: [
      'POST /api/v1/admin/delegations',
      'GET /api/v1/admin/delegations',
      'GET /api/v1/admin/delegations/{id}',
      'POST /api/v1/admin/delegations/{id}/revoke',
    ],
  },
  {
    operation: 'Días no laborables: agregar, retirar',
    roles: [Role.ADMIN],
    routes: [
      'POST /api/v1/calendar/non-working-days',
      'DELETE /api/v1/calendar/non-working-days/{id}',
    ],
  },
  {
    operation:
      'Calendario de gestión: sembrar un año fiscal, cambiar una fecha con su fuente legal',
    roles: [Role.ADMIN],
    routes: [
      'POST /api/v1/budget/calendar/{year}/seed',
      'POST /api/v1/budget/calendar/items/{id}/dates',
    ],
  },
  {
    operation: 'Reloj: consultar, mover (`CLOCK=manual`)',
    roles: [Role.ADMIN],
    routes: ['GET /api/v1/admin/clock', 'POST /api/v1/admin/clock'],
  },
  {
    operation: 'Verificación de colas',
    roles: [Role.ADMIN],
    routes: ['POST /api/v1/admin/queue-checks', 'GET /api/v1/admin/queue-checks/{id}'],
  },
  {
    operation: 'Verificar la cadena de auditoría',
    roles: [Role.ADMIN],
    routes: ['GET /api/v1/audit/verify'],
  },
  {
    operation: 'Ver el detalle de `/health` (los demás: solo `status`)',
    roles: [Role.ADMIN],
    routes: ['GET /health'],
  },
  {
    operation:
      'Consultar: unidades, personas, calendario, expedientes con sus plazos, historia y adjuntos, la propia bandeja',
    roles: null,
    routes: [
      'GET /api/v1/me',
      'GET /api/v1/units',
      'GET /api/v1/units/{id}',
      'GET /api/v1/users',
      'GET /api/v1/users/{id}',
      'GET /api/v1/calendar/holidays',
      'GET /api/v1/calendar/deadline',
      'GET /api/v1/notifications',
      'GET /api/v1/resolutions',
      'GET /api/v1/resolutions/{id}',
      'GET /api/v1/resolutions/{id}/deadlines',
      'GET /api/v1/resolutions/{id}/history',
      'GET /api/v1/mandates',
      'GET /api/v1/mandates/{id}',
      'GET /api/v1/mandates/{id}/deadlines',
      'GET /api/v1/mandates/{id}/history',
      'GET /api/v1/convenios',
      'GET /api/v1/convenios/{id}',
      'GET /api/v1/convenios/{id}/deadlines',
      'GET /api/v1/convenios/{id}/history',
      'GET /api/v1/budget-modifications',
      'GET /api/v1/budget-modifications/{id}',
      'GET /api/v1/budget-modifications/{id}/deadlines',
      'GET /api/v1/budget-modifications/{id}/history',
      'GET /api/v1/budget-reviews',
      'GET /api/v1/budget-reviews/{id}',
      'GET /api/v1/budget-reviews/{id}/deadlines',
      'GET /api/v1/budget-reviews/{id}/history',
      'GET /api/v1/budget/calendar/{year}',
      'GET /api/v1/budget/calendar/items/{id}/dates',
      'GET /api/v1/{kind}/{id}/attachments',
    ],
  },
];

/** Whether a column may do an administration row. */
export const administrationAllows = (row: AdministrationRow, post: RoleMatrixPost): boolean =>
  row.roles === null || row.roles.includes(post.role);

const cells = (allows: (post: RoleMatrixPost) => boolean) =>
  ROLE_MATRIX_POSTS.map((p) => (allows(p) ? '✔' : '—')).join(' | ');

function table(title: string, rows: readonly { operation: string; cells: string }[]): string {
  const head = `| ${title} | ${ROLE_MATRIX_POSTS.map((p) => p.title).join(' | ')} |`;
  const rule = `| --- | ${ROLE_MATRIX_POSTS.map(() => ':---:').join(' | ')} |`;
  return [head, rule, ...rows.map((r) => `| ${r.operation} | ${r.cells} |`)].join('\n');
}

/** The refusals a table documents beyond the policy's 403 and the administrator's. */
function refusals(rows: readonly RoleMatrixRow[]): string {
  const special = rows.flatMap((r) =>
    r.cases.flatMap((c) =>
      c.refusal ? [`${r.operation}: ${c.refusal.status} \`${c.refusal.code}\``] : [],
    ),
  );
  return [
    'Negativas: ADMIN, 403 `' + ADMIN_REFUSAL.code + '`',
    ...special,
    'las demás, 403 de la política.',
  ].join('; ');
}

/**
 * The role × operation matrix, computed from the kinds' policies and the kernel's rules: what
 * docs/roles.md shows between its markers (a test keeps them equal).
 */
export function roleMatrixMarkdown(): string {
  const kinds = roleMatrix().flatMap((t) => [
    table(
      t.title,
      t.rows.map((r) => ({ operation: r.operation, cells: cells((p) => r.allowed[p.key]) })),
    ),
    '',
    refusals(t.rows),
    '',
  ]);
  const administration = table(
    'Administración y consultas',
    ADMINISTRATION.map((r) => ({
      operation: r.operation,
      cells: cells((p) => administrationAllows(r, p)),
    })),
  );
  return [
    ...kinds,
    administration,
    '',
    'Negativas: 403 `FORBIDDEN`, sin escribir nada. Un recurso de otra municipalidad no existe: 404 `NOT_FOUND`.',
  ].join('\n');
}
