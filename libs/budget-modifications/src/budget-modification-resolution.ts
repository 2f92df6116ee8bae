import { spanishDate } from '#calendar';
import { FUNDING_SOURCE_NAMES, formatSoles } from '#core';
import type { ResolutionContent } from '#resolutions';
import { lineText, requestTitle } from './budget-modification.content.js';
import type { BudgetModificationContext } from './budget-modification.machine.js';

/** The names of the units the act mentions, from the municipality's profile. */
export interface ActUnits {
  requesting: string;
  budget: string;
}

/**
 * Pure: the draft Resolución de Gerencia Municipal an approval by delegation creates (D13):
 * VISTOS (the request, OPP's report), CONSIDERANDO (autonomy, legal basis, facts, the report's
 * conclusion, the delegated powers), SE RESUELVE (approve, entrust OPP, notify). Particular scope,
 * with budget impact (OPP's visa, D14), addressed to the units that execute it.
 */
export function resolutionDraft(
  c: BudgetModificationContext,
  units: ActUnits,
  submittedOn: string,
): ResolutionContent {
  const title = requestTitle(c);
  const report = c.technicalReport;
  const amount = formatSoles(c.amountCents);
  const source = FUNDING_SOURCE_NAMES[c.fundingSource];
  const movement = c.fromLine
    ? `de la cadena ${lineText(c.fromLine)} (anulación) a la cadena ${lineText(c.toLine)} (habilitación)`
    : `en la cadena ${lineText(c.toLine)}`;
  return {
    subject: `Aprobar ${title}, solicitada por la ${units.requesting}`,
    scope: 'particular',
    hasBudgetImpact: true,
    vistos: [
      `La solicitud de ${title} de la ${units.requesting}, presentada el ${spanishDate(submittedOn)}`,
      ...(report ? [`El ${report.reportRef} de la ${units.budget}, que opina favorablemente`] : []),
    ],
    considerandos: [
      'Que, el artículo 194 de la Constitución Política del Perú, concordante con el artículo II del Título Preliminar de la Ley N° 27972, Ley Orgánica de Municipalidades, reconoce a las municipalidades autonomía política, económica y administrativa en los asuntos de su competencia.',
      `Que, ${c.managerDelegation.basis}`,
      `Que, la ${units.requesting} solicita ${title}, ${movement}, con cargo a la fuente de financiamiento ${source}, sustentando que: ${c.justification}`,
      ...(report
        ? [
            `Que, mediante el ${report.reportRef}, la ${units.budget} opina favorablemente sobre lo solicitado${
              report.observations ? `, y precisa: ${report.observations}` : ''
            }.`,
          ]
        : []),
      `Que, en uso de las facultades delegadas mediante ${c.managerDelegation.instrument}.`,
    ],
    articles: [
      `APROBAR ${title}, ${movement}, fuente de financiamiento ${source}, por el monto total de ${amount}.`,
      `ENCARGAR a la ${units.budget} el registro de lo aprobado en el sistema de administración financiera y las acciones que correspondan.`,
      `NOTIFICAR la presente resolución a la ${units.requesting} y a la ${units.budget}, para su conocimiento y cumplimiento.`,
    ],
    addressees: [
      { name: units.requesting, documentId: null, email: null },
      { name: units.budget, documentId: null, email: null },
    ],
  };
}
