import type { Actor } from '#audit';
import { mandatePolicy, mayAssign } from '#mandates';
import { sampleMandateContext } from '#mandates/testing';
import { Role, UnitKind } from '#org';
import { DRAFTING_UNIT_KINDS, resolutionPolicy } from '#resolutions';
import {
  BUDGET,
  ISSUING,
  LEGAL,
  ORIGIN,
  sampleResolutionContext,
  SUPERIOR,
} from '#resolutions/testing';
import { administratorRefusal, type PolicyDecision, type WorkflowEvent } from '#workflow';

/** One column: a person of a demo role in a unit of a kind. */
interface Post {
  readonly title: string;
  readonly actor: Actor;
  readonly unitKind: string;
}

const post = (title: string, role: string, unitId: string, unitKind: string): Post => ({
  title,
  unitKind,
  actor: { userId: `p-${unitId}-${role}`, name: title, municipalityId: 'm', unitId, roles: [role] },
});

const POSTS: readonly Post[] = [
  post('Alcaldía', Role.ALCALDE, SUPERIOR, UnitKind.alcaldia),
  post('Gerencia Municipal', Role.GERENTE_MUNICIPAL, ISSUING, UnitKind.gerencia_municipal),
  post('Secretaría General', Role.SECRETARIA_GENERAL, 'u-secretaria', UnitKind.secretaria_general),
  post('Asesoría Jurídica', Role.ASESORIA_JURIDICA, LEGAL, UnitKind.asesoria_juridica),
  post(
    'Planeamiento y Presupuesto',
    Role.PLANEAMIENTO_PRESUPUESTO,
    BUDGET,
    UnitKind.planeamiento_presupuesto,
  ),
  post('Gerencia de origen', Role.GERENCIA, ORIGIN, UnitKind.gerencia_linea),
  post('Otra gerencia', Role.GERENCIA, 'u-otra', UnitKind.gerencia_linea),
  post('ADMIN', Role.ADMIN, ISSUING, UnitKind.gerencia_municipal),
];

/** A row: an operation in a situation, and who may do it there. */
interface Row {
  readonly operation: string;
  readonly allows: (post: Post) => boolean;
}

/** What the kernel lets a person do: never the administrator, then the kind's policy. */
const acts = (decision: (actor: Actor) => PolicyDecision | boolean) => (p: Post) =>
  administratorRefusal(p.actor) === null && decision(p.actor) === true;

const TERMS = {
  legalOpinion: 7,
  correction: 10,
  visas: 3,
  signature: 3,
  notification: 5,
  remedyFiling: 15,
  remedyResolution: 30,
};
const DRAFTER = 'p-u-origin-GERENCIA';

function resolutionRows(): Row[] {
  const draft = sampleResolutionContext('particular', TERMS);
  const inVisas = { ...draft, pendingVisas: [ORIGIN, LEGAL, BUDGET] };
  const remedy = (resolverRole: 'GERENTE_MUNICIPAL' | 'ALCALDE') => {
    const inProgress = {
      kind: resolverRole === 'ALCALDE' ? ('apelacion' as const) : ('reconsideracion' as const),
      party: '0',
      filedBy: { addressee: 0, name: draft.addressees[0]?.name ?? '' },
      filedAt: '2026-12-01T15:00:00.000Z',
      filedOn: '2026-12-01',
      registeredAt: '2026-12-01T15:00:00.000Z',
      resolverRole,
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
    return { ...draft, pending: [inProgress], remedy: inProgress };
  };
  const event = (
    operation: string,
    type: string,
    state: string,
    context = draft,
    payload: Record<string, unknown> = {},
  ): Row => ({
    operation,
    allows: acts((actor) =>
      resolutionPolicy(actor, { type, ...payload } as WorkflowEvent, {
        id: 'r',
        municipalityId: 'm',
        state,
        context,
        createdBy: DRAFTER,
      }),
    ),
  });
  return [
    {
      operation: 'Crear (proyecto)',
      allows: (p) => acts(() => DRAFTING_UNIT_KINDS.includes(p.unitKind))(p),
    },
    event('`EDIT`, `SUBMIT`, `WITHDRAW`', 'SUBMIT', 'draft'),
    event('`LEGAL_OPINION`', 'LEGAL_OPINION', 'legal_review'),
    event('`RETURN` en revisión legal', 'RETURN', 'legal_review'),
    event('`VISA` (unidades con visación pendiente)', 'VISA', 'visas', inVisas),
    event('`RETURN` en visaciones', 'RETURN', 'visas', inVisas),
    event('`SIGN` (proyecto de la gerencia de origen)', 'SIGN', 'ready_to_sign'),
    event('`RETURN` lista para la firma', 'RETURN', 'ready_to_sign'),
    event('`NOTIFY`, `PUBLISH`, `FILE_REMEDY`, `NOTIFY_DECISION`', 'NOTIFY', 'signed'),
    event(
      '`RESOLVE_REMEDY` de una reconsideración',
      'RESOLVE_REMEDY',
      'under_remedy',
      remedy('GERENTE_MUNICIPAL'),
    ),
    event('`RESOLVE_REMEDY` de una apelación', 'RESOLVE_REMEDY', 'under_remedy', remedy('ALCALDE')),
    event('`ANNUL`', 'ANNUL', 'firm'),
    event('`RECTIFY`', 'RECTIFY', 'signed'),
  ];
}

function mandateRows(): Row[] {
  // Assigned by the Gerencia Municipal to the gerencia de origen.
  const context = sampleMandateContext({ assignerUnitId: ISSUING, responsibleUnitId: ORIGIN });
  const event = (type: string): Row => ({
    operation: `\`${type}\``,
    allows: acts((actor) =>
      mandatePolicy(actor, { type } as WorkflowEvent, {
        id: 'e',
        municipalityId: 'm',
        state: 'open',
        context,
        createdBy: 'p-u-issuing-GERENTE_MUNICIPAL',
      }),
    ),
  });
  return [
    { operation: 'Crear (asignar)', allows: acts((actor) => mayAssign(actor)) },
    ...['REPORT_PROGRESS', 'SUBMIT', 'ACCEPT', 'RETURN', 'CANCEL'].map(event),
  ];
}

function table(title: string, rows: readonly Row[]): string {
  const head = `| ${title} | ${POSTS.map((p) => p.title).join(' | ')} |`;
  const rule = `| --- | ${POSTS.map(() => ':---:').join(' | ')} |`;
  const body = rows.map(
    (row) => `| ${row.operation} | ${POSTS.map((p) => (row.allows(p) ? '✔' : '—')).join(' | ')} |`,
  );
  return [head, rule, ...body].join('\n');
}

/**
 * The role × operation matrix, computed from the kinds' policies and the kernel's rules: what
 * docs/roles.md shows between its markers (a test keeps them equal).
 */
export function roleMatrixMarkdown(): string {
  return [
    table('Resolución de Gerencia Municipal', resolutionRows()),
    '',
    table('Encargo (asignado por la Gerencia Municipal)', mandateRows()),
  ].join('\n');
}
