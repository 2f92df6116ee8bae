import { createHash } from 'node:crypto';
import {
  articleHeading,
  renderResolutionPdf,
  type ResolutionDocumentInput,
  spanishLongDate,
} from './resolution-document.js';
import { GOLDEN_ACT_NUMBER, goldenAct } from './testing/golden-act.js';
import { infoString, pageCount, pageText, pdfText, readPages } from './testing/pdf-text.js';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const NUMBER = GOLDEN_ACT_NUMBER;
const base = goldenAct;

const paragraph = (i: number) =>
  `Que, mediante el Informe N° ${String(i).padStart(4, '0')}-2026-MML/GAJ la Gerencia de Asuntos Jurídicos opina que la solicitud cumple con los requisitos del Texto Único de Procedimientos Administrativos, por lo que corresponde aprobarla conforme al análisis técnico y legal que obra en el expediente;`;

const long = (): ResolutionDocumentInput => ({
  ...base(),
  considerandos: Array.from({ length: 14 }, (_, i) => paragraph(i + 1)),
  articles: Array.from(
    { length: 21 },
    (_, i) => `DISPONER la acción número ${i + 1} que corresponde al expediente.`,
  ),
});

/** Where the body may write: between the top and bottom margins (2.5 cm) of an A4 page. */
const BOTTOM_MARGIN = 841.89 - (2.5 * 72) / 2.54;

// ---------------------------------------------------------------------------------------------

describe('articleHeading (D13)', () => {
  it.each([
    [1, 'ARTÍCULO PRIMERO.-'],
    [2, 'ARTÍCULO SEGUNDO.-'],
    [10, 'ARTÍCULO DÉCIMO.-'],
    [11, 'ARTÍCULO DÉCIMO PRIMERO.-'],
    [12, 'ARTÍCULO DÉCIMO SEGUNDO.-'],
    [20, 'ARTÍCULO VIGÉSIMO.-'],
    [21, 'ARTÍCULO 21.-'],
  ])('%i → %s', (n, heading) => {
    expect(articleHeading(n)).toBe(heading);
  });

  it('rejects numbers that are not article numbers', () => {
    expect(() => articleHeading(0)).toThrow(RangeError);
    expect(() => articleHeading(1.5)).toThrow(RangeError);
  });
});

describe('spanishLongDate', () => {
  it.each([
    ['2026-11-27', '27 de noviembre de 2026'],
    ['2026-01-01', '1 de enero de 2026'],
    ['2026-09-05', '5 de setiembre de 2026'],
    ['2028-02-29', '29 de febrero de 2028'],
    ['2025-12-31', '31 de diciembre de 2025'],
  ])('%s → %s', (date, text) => {
    expect(spanishLongDate(date)).toBe(text);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-5', '27/11/2026', ''])(
    'throws on %p',
    (date) => {
      expect(() => spanishLongDate(date)).toThrow(RangeError);
    },
  );
});

describe('renderResolutionPdf (D5, D13, D16)', () => {
  it('renders the same bytes as every earlier release for the same act (a signed PDF never changes)', async () => {
    // The SHA-256 is what verification (D16) compares: if this fails, the renderer changed what a
    // signed act looks like. Render new layouts as a new document, never in place of this one.
    const pdf = await renderResolutionPdf(base());
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(
      'eaa8621ad5d3ad67869f257fa0b054a01b3763c30a64e415be91dfcf84468769',
    );
  });

  it('writes a compressed PDF whose metadata are the number, the entity and the signing time', async () => {
    const pdf = await renderResolutionPdf(base());

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(infoString(pdf, 'Title')).toBe(NUMBER);
    expect(infoString(pdf, 'Author')).toBe('Municipalidad Metropolitana de Lima');
    expect(infoString(pdf, 'Subject')).toBe('Resolución');
    expect(infoString(pdf, 'Creator')).toBe('Despacho');
    expect(infoString(pdf, 'CreationDate')).toBe('D:20261127201500Z');
    expect(infoString(pdf, 'ModDate')).toBe('D:20261127201500Z');
    // compressed by default, yet the same text as the uncompressed rendering
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    expect(pdf.toString('latin1')).not.toContain('ARTÍCULO');
    expect(pdfText(pdf)).toBe(pdfText(await renderResolutionPdf(base(), { compress: false })));
  });

  it('is pure: the same input gives the same bytes', async () => {
    const [a, b] = await Promise.all([renderResolutionPdf(base()), renderResolutionPdf(base())]);
    expect(a.equals(b)).toBe(true);
  });

  it('prints a short resolution on one page, with every part of D13 and the D16 block', async () => {
    const pdf = await renderResolutionPdf(base(), { compress: false });
    const text = pdfText(pdf);

    expect(pageCount(pdf)).toBe(1);
    for (const expected of [
      'MUNICIPALIDAD METROPOLITANA DE LIMA',
      '“Año de la Esperanza y el Fortalecimiento de la Democracia”',
      NUMBER,
      'Lima, 27 de noviembre de 2026',
      'VISTOS:',
      'El Informe N° 0123-2026-MML/GDU-SAU, de fecha 20 de noviembre de 2026',
      'CONSIDERANDO:',
      'Que, el artículo 194 de la Constitución Política del Perú',
      'SE RESUELVE:',
      'ARTÍCULO PRIMERO.- APROBAR la solicitud presentada por Ñandú Constructores S.A.C.',
      'ARTÍCULO SEGUNDO.- NOTIFICAR la presente resolución a la administrada.',
      'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.',
      'José Núñez Güemes',
      'Gerente Municipal Metropolitano',
      'https://despacho.example.gob.pe/verificar/7F3K9Q2M',
      'Clave de verificación: 7F3K-9Q2M-XA41',
      'Esta es una copia auténtica imprimible',
      'Página 1 de 1',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('ARTÍCULO TERCERO');
    expect(text).not.toContain('delegación');
    expect(readPages(pdf)[0].images).toBe(1); // the QR code
  });

  it('prints the delegation mention and the (e) of an encargatura under the name (D10)', async () => {
    const mention =
      'Por delegación de firma del Gerente Municipal Metropolitano (Resolución de Gerencia Municipal N° 010-2026-MML/GMM)';
    const text = pdfText(
      await renderResolutionPdf(
        {
          ...base(),
          signer: { name: 'Ana Quispe', post: 'Gerente Municipal Metropolitano (e)', mention },
        },
        { compress: false },
      ),
    );
    expect(text).toContain(
      'Ana Quispe\nGerente Municipal Metropolitano (e)\nPor delegación de firma',
    );
    expect(text.replace(/\n/g, ' ')).toContain(mention);
  });

  it('flows a long resolution over several pages, numbered, with the QR block on the last one', async () => {
    const pdf = await renderResolutionPdf(long(), { compress: false });
    const pages = readPages(pdf);
    const texts = pages.map(pageText);

    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pages).toHaveLength(pageCount(pdf));
    texts.forEach((text, i) => expect(text).toContain(`Página ${i + 1} de ${pages.length}`));
    const all = texts.join('\n');
    for (const heading of [
      'ARTÍCULO DÉCIMO PRIMERO.-',
      'ARTÍCULO DÉCIMO NOVENO.-',
      'ARTÍCULO VIGÉSIMO.-',
      'ARTÍCULO 21.-',
    ])
      expect(all).toContain(heading);
    expect(all).toContain('REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.');
    // every considerando is printed whole, its document number never cut at a line end
    for (let i = 1; i <= 14; i++)
      expect(all).toContain(`Informe N° ${String(i).padStart(4, '0')}-2026-MML/GAJ`);
    expect(texts.at(-1)).toContain('Clave de verificación: 7F3K-9Q2M-XA41');
    expect(texts.slice(0, -1).join('\n')).not.toContain('Clave de verificación');
    expect(pages.at(-1)?.images).toBe(1);
    expect(pages.slice(0, -1).every((p) => p.images === 0)).toBe(true);
  });

  it('replaces characters the standard fonts cannot print instead of writing garbage', async () => {
    const text = pdfText(
      await renderResolutionPdf(
        {
          ...base(),
          articles: [
            'DISPONER un plazo ≥ 5 días para Ōsaka y la cafe\u0301 inter\u00adnacional\u0007 — «ya» ✓.',
          ],
        },
        { compress: false },
      ),
    );
    expect(text.replace(/\n/g, ' ')).toContain(
      'DISPONER un plazo >= 5 días para Osaka y la café internacional — «ya» ?.',
    );
  });

  it('rejects an invalid date or signing time', async () => {
    await expect(renderResolutionPdf({ ...base(), date: '2026-02-30' })).rejects.toThrow(
      RangeError,
    );
    await expect(renderResolutionPdf({ ...base(), signedAt: new Date('x') })).rejects.toThrow(
      RangeError,
    );
  });

  it('never writes over the footer or the QR block, however long the resolution', async () => {
    let boxAlone = 0;
    for (let n = 1; n <= 26; n++) {
      const input = {
        ...base(),
        considerandos: Array.from({ length: 3 }, (_, i) => paragraph(i + 1)),
        articles: Array.from(
          { length: n },
          (_, i) =>
            `DISPONER la acción número ${i + 1} que corresponde al expediente, conforme a ley.`,
        ),
      };
      const pages = readPages(await renderResolutionPdf(input, { compress: false }));
      const last = pages[pages.length - 1];
      const box = last.rects[0];
      expect(box).toBeDefined();
      expect(box.top + box.height).toBeLessThanOrEqual(BOTTOM_MARGIN + 0.01);

      for (const page of pages) {
        const footer = page.fragments.filter((f) => f.top > BOTTOM_MARGIN);
        expect(footer.map((f) => f.text).join(' ')).toMatch(/Página \d+ de \d+$/);
        expect(footer).toHaveLength(2);
        for (const f of page.fragments) {
          if (footer.includes(f)) continue;
          const inBox = page === last && f.top > box.top && f.top < box.top + box.height;
          // a body baseline leaves room for descenders above the box and the bottom margin
          if (!inBox) expect(f.top + 3).toBeLessThan(page === last ? box.top : BOTTOM_MARGIN);
          if (inBox) expect(f.x).toBeGreaterThan(box.x + 80); // beside the QR code
        }
      }
      // the closing formula is never separated from the signature
      const closingPage = pages.findIndex((p) => pageText(p).includes('REGÍSTRESE'));
      expect(pageText(pages[closingPage])).toContain('José Núñez Güemes');
      if (last.fragments.every((f) => f.top > box.top)) boxAlone++;
    }
    // the sweep did reach a length where the block needed a page of its own
    expect(boxAlone).toBeGreaterThan(0);
  });
});
