import { Role } from '#org';
import type { WorkItemSpec } from '#workflow';
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
        {
          action: 'emitir_opinion',
          name: 'Emitir la opinión legal',
          unitId: c.legalUnitId,
          term: { code: 'opinion_legal' },
        },
      ];
    case 'observed':
      return [
        {
          action: 'subsanar',
          name: 'Subsanar las observaciones',
          unitId: c.originUnitId,
          term: { code: 'subsanacion' },
        },
      ];
    case 'visas':
      return c.pendingVisas.map((unitId) => ({
        action: 'visar',
        name: 'Visar el proyecto',
        unitId,
        term: { code: 'visaciones' },
      }));
    case 'ready_to_sign':
      // Only the Gerente (or whoever holds his post or signature by delegation) signs it.
      return [
        {
          action: 'firmar',
          name: 'Firmar la resolución',
          unitId: c.issuingUnitId,
          role: Role.GERENTE_MUNICIPAL,
          term: { code: 'firma' },
        },
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
        {
          action: 'notificar',
          name: 'Notificar a los administrados',
          unitId: c.originUnitId,
          term: { code: 'notificacion' },
        },
      ]
    : [{ action: 'publicar', name: 'Publicar la resolución', unitId: c.originUnitId }];
}

/** Each remedy in progress, to whoever resolves it (Art. 219, 220), by its own term (Art. 218.2). */
function remedies(c: ResolutionContext): WorkItemSpec[] {
  return (c.pending ?? [])
    .filter((r) => r.outcome === null && r.closedBySilenceAt === null)
    .map((r) => ({
      action: 'resolver_recurso',
      name: REMEDY_NAMES[r.kind],
      unitId: r.resolverRole === Role.ALCALDE ? c.superiorUnitId : c.issuingUnitId,
      role: r.resolverRole,
      term: { code: REMEDY_RESOLUTION, key: resolutionKey(r) },
    }));
}

/** D9: the traslados still to serve, then the Alcalde's decision once every one lapsed. */
function review(c: ResolutionContext): WorkItemSpec[] {
  const open = openReview(c);
  if (!open) return [];
  if (hearingsDone(c))
    return [
      {
        action: 'decidir_revision',
        name: open.kind === 'nulidad' ? 'Decidir la nulidad de oficio' : 'Decidir la revocación',
        unitId: c.superiorUnitId,
        role: Role.ALCALDE,
      },
    ];
  return open.hearings.some((h) => h.notice === null)
    ? [{ action: 'notificar_traslado', name: 'Notificar el traslado', unitId: c.originUnitId }]
    : [];
}
