import { inflateSync } from 'node:zlib';
import {
  articleHeading,
  renderResolutionPdf,
  type ResolutionDocumentInput,
  spanishLongDate,
} from './resolution-document.js';

// ---------------------------------------------------------------------------------------------
// A minimal reader for what pdfkit writes: objects, pages, and the text drawn on each page.
// ---------------------------------------------------------------------------------------------

/** WinAnsiEncoding differs from Latin-1 only in 0x80–0x9F. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

const decodeWinAnsiHex = (hex: string): string =>
  (hex.match(/../g) ?? [])
    .map((byte) => parseInt(byte, 16))
    .map((code) => WIN_ANSI_HIGH[code] ?? String.fromCharCode(code))
    .join('');

interface Fragment {
  /** Baseline, from the top of the page. */
  top: number;
  x: number;
  size: number;
  text: string;
}

interface Rect {
  x: number;
  top: number;
  width: number;
  height: number;
}

interface Page {
  height: number;
  fragments: Fragment[];
  rects: Rect[];
  images: number;
}

function pdfObjects(pdf: Buffer): Map<number, Buffer> {
  const objects = new Map<number, Buffer>();
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/(\d+) 0 obj\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('\nendobj', start);
    objects.set(Number(match[1]), pdf.subarray(start, end));
  }
  return objects;
}

/** The decoded content stream of an object (pdfkit deflates it unless compress is false). */
function streamOf(object: Buffer): string {
  const dict = object.toString('latin1', 0, object.indexOf('stream\n'));
  const data = object.subarray(object.indexOf('stream\n') + 7, object.lastIndexOf('\nendstream'));
  return (dict.includes('/FlateDecode') ? inflateSync(data) : data).toString('latin1');
}

/**
 * pdfkit draws each line as `1 0 0 1 x y Tm`, `/Fn size Tf`, `[<hex> kern <hex> …] TJ`. A justified
 * line has no space characters: its word gaps are large negative offsets, decoded here as spaces.
 */
function readPages(pdf: Buffer): Page[] {
  const objects = pdfObjects(pdf);
  const dict = (id: number) => objects.get(id)?.toString('latin1') ?? '';
  const root = [...objects.values()]
    .map((o) => o.toString('latin1'))
    .find((o) => /\/Type \/Pages\b/.test(o));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(root ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
  return kids.map((kid) => {
    const page = dict(Number(kid[1]));
    const height = Number(/\/MediaBox \[0 0 \S+ (\S+)\]/.exec(page)?.[1]);
    const contents = Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]);
    const result: Page = { height, fragments: [], rects: [], images: 0 };
    let x = 0;
    let y = 0;
    let size = 0;
    for (const line of streamOf(objects.get(contents) ?? Buffer.alloc(0)).split('\n')) {
      let m: RegExpExecArray | null;
      if ((m = /^1 0 0 1 (\S+) (\S+) Tm$/.exec(line))) [x, y] = [Number(m[1]), Number(m[2])];
      else if ((m = /^\/F\d+ (\S+) Tf$/.exec(line))) size = Number(m[1]);
      else if ((m = /^(\S+) (\S+) (\S+) (\S+) re$/.exec(line)))
        result.rects.push({
          x: Number(m[1]),
          top: Number(m[2]),
          width: Number(m[3]),
          height: Number(m[4]),
        });
      else if (/^\/I\d+ Do$/.test(line)) result.images++;
      else if ((m = /^\[(.*)\] TJ$/.exec(line)) || (m = /^(<[0-9a-f]*>) Tj$/.exec(line))) {
        let text = '';
        for (const part of m[1].matchAll(/<([0-9a-f]*)>|(-?\d+(?:\.\d+)?)/g))
          text +=
            part[1] !== undefined ? decodeWinAnsiHex(part[1]) : Number(part[2]) < -100 ? ' ' : '';
        result.fragments.push({ top: height - y, x, size, text });
      }
    }
    return result;
  });
}

/** The text of a page, one line per baseline, fragments of a line in reading order. */
function pageText(page: Page): string {
  const lines = new Map<number, Fragment[]>();
  for (const f of page.fragments) {
    const key = Math.round(f.top * 10);
    lines.set(key, [...(lines.get(key) ?? []), f]);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, fs]) =>
      fs
        .sort((a, b) => a.x - b.x)
        .map((f) => f.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n');
}

const pdfText = (pdf: Buffer) => readPages(pdf).map(pageText).join('\n');

const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type \/Page(?!s)\b/g) ?? []).length;

/**
 * A string of the document information dictionary. pdfkit writes each value as an indirect object
 * `(…)`, in UTF-16BE with a BOM when it is not ASCII.
 */
function infoString(pdf: Buffer, key: string): string | undefined {
  const objects = pdfObjects(pdf);
  const infoRef = /\/Info (\d+) 0 R/.exec(pdf.toString('latin1'))?.[1];
  const info = objects.get(Number(infoRef))?.toString('latin1') ?? '';
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(info)?.[1];
  if (ref === undefined) return undefined;
  const literal = objects.get(Number(ref))?.toString('latin1') ?? '';
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  let bytes = '';
  for (let i = 1; i < literal.length && literal[i] !== ')'; i++) {
    if (literal[i] !== '\\') bytes += literal[i];
    else if (/[0-7]/.test(literal[i + 1])) {
      const octal = /^[0-7]{1,3}/.exec(literal.slice(i + 1))?.[0] ?? '';
      bytes += String.fromCharCode(parseInt(octal, 8));
      i += octal.length;
    } else bytes += escapes[literal[++i]] ?? literal[i];
  }
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const NUMBER = 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM';

const base = (): ResolutionDocumentInput => ({
  entityName: 'Municipalidad Metropolitana de Lima',
  yearName: 'Año de la Esperanza y el Fortalecimiento de la Democracia',
  number: NUMBER,
  place: 'Lima',
  date: '2026-11-27',
  vistos: [
    'El Informe N° 0123-2026-MML/GDU-SAU, de fecha 20 de noviembre de 2026, de la Subgerencia de Autorizaciones Urbanas; y,',
  ],
  considerandos: [
    'Que, el artículo 194 de la Constitución Política del Perú establece que las municipalidades son los órganos de gobierno local con autonomía política, económica y administrativa en los asuntos de su competencia;',
    'Que, en uso de las facultades conferidas por el Reglamento de Organización y Funciones;',
  ],
  articles: [
    'APROBAR la solicitud presentada por Ñandú Constructores S.A.C.',
    'NOTIFICAR la presente resolución a la administrada.',
  ],
  closingFormula: 'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.',
  signer: { name: 'José Núñez Güemes', post: 'Gerente Municipal Metropolitano', mention: null },
  signedAt: new Date('2026-11-27T20:15:00Z'),
  verification: {
    url: 'https://despacho.example.gob.pe/verificar/7F3K9Q2M',
    code: '7F3K-9Q2M-XA41',
    legend:
      'Esta es una copia auténtica imprimible de un documento electrónico archivado en la Municipalidad Metropolitana de Lima.',
  },
});

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
