import { type ActaDocumentInput, renderActaPdf } from './acta-document.js';
import { infoString, pageCount, pageText, pdfText, readPages } from './testing/pdf-text.js';

const acta = (draft: boolean, ballots = 3): ActaDocumentInput => ({
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

describe('renderActaPdf', () => {
  it('prints the acta: heading, attendance, each vote and the Acuerdo, with the same bytes for the same data', async () => {
    const bytes = await renderActaPdf(acta(false));
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    for (const expected of [
      'MUNICIPALIDAD METROPOLITANA DE LIMA',
      'ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO MUNICIPAL',
      'Rosa Ñique',
      'Regidora 2',
      'Conflicto de intereses',
      'ACUERDO DE CONCEJO N° 001-2026-MML',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('BORRADOR');
    expect((await renderActaPdf(acta(false))).equals(bytes)).toBe(true);
  });

  it('marks a pending acta BORRADOR on every page, its title included', async () => {
    const bytes = await renderActaPdf(acta(true, 120));
    expect(pageCount(bytes)).toBeGreaterThan(1);
    for (const page of readPages(bytes)) expect(pageText(page)).toContain('BORRADOR');
    expect(infoString(bytes, 'Title')).toMatch(/^BORRADOR/);
  });
});
