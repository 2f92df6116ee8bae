import { Role } from '#org';
import type { WorkItemSpec } from '#workflow';
import { type ConvenioContext, PARTY_OBLIGATION } from './convenio.machine.js';

/** The next due date of each obligation still owed: what the requesting unit must report now. */
function obligationItems(c: ConvenioContext): WorkItemSpec[] {
  const next = new Map<number, ConvenioContext['dues'][number]>();
  for (const due of c.dues)
    if (due.status !== 'fulfilled' && !next.has(due.index)) next.set(due.index, due);
  return [...next.values()].map((due) => ({
    action: 'informar_obligacion',
    name: `Registrar el cumplimiento: ${c.obligations[due.index]?.description ?? 'obligación del convenio'}`,
    unitId: c.requestingUnitId,
    term: { code: PARTY_OBLIGATION, key: due.key },
  }));
}

/** What the policy lets each one do in each state, and by when (the state's term or the obligation's). */
export function convenioWorkItems(state: string, c: ConvenioContext): WorkItemSpec[] {
  switch (state) {
    case 'draft':
      // A new draft is the unit's own work; a returned one has a term to be corrected.
      return c.returns.length > 0
        ? [
            {
              action: 'subsanar',
              name: 'Subsanar las observaciones del convenio',
              unitId: c.requestingUnitId,
              term: { code: 'subsanacion' },
            },
          ]
        : [];
    case 'budget_certification':
      return [
        {
          action: 'certificar_presupuesto',
          name: 'Certificar el crédito presupuestario del convenio',
          unitId: c.budgetUnitId,
          term: { code: 'certificacion_presupuestal' },
        },
      ];
    case 'legal_review':
      return [
        {
          action: 'emitir_informe_legal',
          name: 'Emitir el informe legal del convenio',
          unitId: c.legalUnitId,
          term: { code: 'informe_legal' },
        },
      ];
    case 'management_conformity':
      return [
        {
          action: 'dar_conformidad',
          name: 'Dar conformidad y elevar el convenio al Alcalde',
          unitId: c.managementUnitId,
          role: Role.GERENTE_MUNICIPAL,
          term: { code: 'conformidad_gerencia' },
        },
      ];
    case 'mayor_review':
      return [
        {
          action: 'revisar_convenio',
          name: 'Proponer el convenio al Concejo o suscribirlo',
          unitId: c.mayorUnitId,
          role: Role.ALCALDE,
          term: { code: 'revision_alcaldia' },
        },
      ];
    case 'awaiting_council':
      // Whoever holds the Secretaría General puts it on an agenda; the Acuerdo in force decides it.
      return [
        {
          action: 'agendar_en_concejo',
          name: 'Poner el convenio en la agenda del Concejo',
          unitId: null,
          role: Role.SECRETARIA_GENERAL,
        },
      ];
    case 'approved':
      return [
        {
          action: 'suscribir_convenio',
          name: 'Suscribir el convenio aprobado por el Concejo',
          unitId: c.mayorUnitId,
          role: Role.ALCALDE,
          term: { code: 'firma_convenio' },
        },
      ];
    case 'in_force':
    case 'exit_notice':
      return obligationItems(c);
    default:
      return [];
  }
}
