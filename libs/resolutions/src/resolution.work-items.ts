import { Role } from '#org';
import { type WorkItemSpec, workItem } from '#workflow';
import {
  allServed,
  hearingsDone,
  openReview,
  REMEDY_RESOLUTION,
  type ResolutionContext,
  resolutionKey,
} from './resolution.machine.js';

const REMEDY_NAMES = {
  reconsideracion: 'Resolver el recurso de reconsideración',
  apelacion: 'Resolver el recurso de apelación',
} as const;

/** What the policy lets each one do in each state, and by when (the state's term or the remedy's). */
export function resolutionWorkItems(state: string, c: ResolutionContext): WorkItemSpec[] {
  switch (state) {
    case 'legal_review':
      return [
        workItem('emitir_opinion', 'Emitir la opinión legal', c.legalUnitId, {
          term: 'opinion_legal',
        }),
      ];
    case 'observed':
      return [
        workItem('subsanar', 'Subsanar las observaciones', c.originUnitId, {
          term: 'subsanacion',
        }),
      ];
    case 'visas':
      return c.pendingVisas.map((unitId) =>
        workItem('visar', 'Visar el proyecto', unitId, { term: 'visaciones' }),
      );
    case 'ready_to_sign':
      // Only the Gerente (or whoever holds his post or signature by delegation) signs it.
      return [
        workItem('firmar', 'Firmar la resolución', c.issuingUnitId, {
          role: Role.GERENTE_MUNICIPAL,
          term: 'firma',
        }),
        ...remedies(c),
      ];
    default:
      return [...serving(state, c), ...remedies(c), ...review(c)];
  }
}

/** Signed and not yet served to every addressee, or of general scope and not yet published. */
function serving(state: string, c: ResolutionContext): WorkItemSpec[] {
  if (state !== 'signed' || allServed(c)) return [];
  return c.scope === 'particular'
    ? [
        workItem('notificar', 'Notificar a los administrados', c.originUnitId, {
          term: 'notificacion',
        }),
      ]
    : [workItem('publicar', 'Publicar la resolución', c.originUnitId)];
}

/** Each remedy in progress, to whoever resolves it (Art. 219, 220), by its own term (Art. 218.2). */
function remedies(c: ResolutionContext): WorkItemSpec[] {
  return (c.pending ?? [])
    .filter((r) => r.outcome === null && r.closedBySilenceAt === null)
    .map((r) =>
      workItem(
        'resolver_recurso',
        REMEDY_NAMES[r.kind],
        r.resolverRole === Role.ALCALDE ? c.superiorUnitId : c.issuingUnitId,
        { role: r.resolverRole, term: { code: REMEDY_RESOLUTION, key: resolutionKey(r) } },
      ),
    );
}

/** D9: the traslados still to serve, then the Alcalde's decision once every one lapsed. */
function review(c: ResolutionContext): WorkItemSpec[] {
  const open = openReview(c);
  if (!open) return [];
  if (hearingsDone(c))
    return [
      workItem(
        'decidir_revision',
        open.kind === 'nulidad' ? 'Decidir la nulidad de oficio' : 'Decidir la revocación',
        c.superiorUnitId,
        { role: Role.ALCALDE },
      ),
    ];
  return open.hearings.some((h) => h.notice === null)
    ? [workItem('notificar_traslado', 'Notificar el traslado', c.originUnitId)]
    : [];
}
