import { Role } from '#org';
import { type WorkItemSpec, workItem } from '#workflow';
import { type ConvenioContext, PARTY_OBLIGATION } from './convenio.machine.js';

/** The next due date of each obligation still owed: what the requesting unit must report now. */
function obligationItems(c: ConvenioContext): WorkItemSpec[] {
  const next = new Map<number, ConvenioContext['dues'][number]>();
  for (const due of c.dues)
    if (due.status !== 'fulfilled' && !next.has(due.index)) next.set(due.index, due);
  return [...next.values()].map((due) =>
    workItem(
      'informar_obligacion',
      `Registrar el cumplimiento: ${c.obligations[due.index]?.description ?? 'obligación del convenio'}`,
      c.requestingUnitId,
      { term: { code: PARTY_OBLIGATION, key: due.key } },
    ),
  );
}

/** What the policy lets each one do in each state, and by when (the state's term or the obligation's). */
export function convenioWorkItems(state: string, c: ConvenioContext): WorkItemSpec[] {
  switch (state) {
    case 'draft':
      // A new draft is the unit's own work; a returned one has a term to be corrected.
      return c.returns.length > 0
        ? [
            workItem('subsanar', 'Subsanar las observaciones del convenio', c.requestingUnitId, {
              term: 'subsanacion',
            }),
          ]
        : [];
    case 'budget_certification':
      return [
        workItem(
          'certificar_presupuesto',
          'Certificar el crédito presupuestario del convenio',
          c.budgetUnitId,
          { term: 'certificacion_presupuestal' },
        ),
      ];
    case 'legal_review':
      return [
        workItem('emitir_informe_legal', 'Emitir el informe legal del convenio', c.legalUnitId, {
          term: 'informe_legal',
        }),
      ];
    case 'management_conformity':
      return [
        workItem(
          'dar_conformidad',
          'Dar conformidad y elevar el convenio al Alcalde',
          c.managementUnitId,
          { role: Role.GERENTE_MUNICIPAL, term: 'conformidad_gerencia' },
        ),
      ];
    case 'mayor_review':
      return [
        workItem(
          'revisar_convenio',
          'Proponer el convenio al Concejo o suscribirlo',
          c.mayorUnitId,
          { role: Role.ALCALDE, term: 'revision_alcaldia' },
        ),
      ];
    case 'awaiting_council':
      // Whoever holds the Secretaría General puts it on an agenda; the Acuerdo in force decides it.
      return [
        workItem('agendar_en_concejo', 'Poner el convenio en la agenda del Concejo', null, {
          role: Role.SECRETARIA_GENERAL,
        }),
      ];
    case 'approved':
      return [
        workItem(
          'suscribir_convenio',
          'Suscribir el convenio aprobado por el Concejo',
          c.mayorUnitId,
          { role: Role.ALCALDE, term: 'firma_convenio' },
        ),
      ];
    case 'in_force':
    case 'exit_notice':
      return obligationItems(c);
    default:
      return [];
  }
}
