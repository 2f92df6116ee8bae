import type { ActaDocumentInput } from '../acta-document.js';

/** An acta of a session (one item, `ballots` votes): for the renderer's tests, in a thread or not. */
export const sampleActa = (draft: boolean, ballots = 3): ActaDocumentInput => ({
  entityName: 'Municipalidad Metropolitana de Lima',
  title: 'ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO MUNICIPAL',
  placeAndDate: 'Lima, 10 de marzo de 2026',
  draft,
  convocation: ['Sesión ordinaria convocada el 2 de marzo de 2026. Preside: Rosa Ñique.'],
  orderOfBusiness: 'Orden de la sesión: despacho y orden del día.',
  attendance: [
    ['Rosa Ñique', 'Alcalde', 'Presente: llegó a las 10:00'],
    ['Ana Quispe', 'Regidor', 'Ausente'],
  ],
  quorum: [{ label: 'Número hábil', value: '2' }],
  items: [
    {
      heading: '1. Convenio con la Universidad',
      lines: [{ label: 'Acuerdo', value: 'ACUERDO DE CONCEJO N° 001-2026-MML' }],
      ballots: Array.from({ length: ballots }, (_, i) => [
        `Regidora ${i + 1}`,
        i % 2 ? 'Abstención' : 'A favor',
        i % 2 ? 'Conflicto de intereses' : '',
      ]),
    },
  ],
  status: draft ? 'Pendiente de aprobación.' : 'Aprobada.',
  footer: 'Acta de la sesión ordinaria del 10/03/2026',
  issuedAt: new Date('2026-03-10T16:00:00Z'),
});
