import { renderActaPdf } from './acta-document.js';
import { sampleActa } from './testing/sample-acta.js';
import { infoString, pageCount, pageText, pdfText, readPages } from './testing/pdf-text.js';

const acta = sampleActa;

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
