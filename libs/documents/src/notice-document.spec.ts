import { infoString, pageCount, pdfText } from './testing/pdf-text.js';
import { type NoticeDocumentInput, renderNoticePdf } from './notice-document.js';

const NUMBER = 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM';

const base = (): NoticeDocumentInput => ({
  entityName: 'Municipalidad Metropolitana de Lima',
  yearName: 'Año de la Esperanza y el Fortalecimiento de la Democracia',
  place: 'Lima',
  date: '2026-03-30',
  subject: 'acto',
  addressee: {
    name: 'Constructora Los Andes S.A.C.',
    documentId: '20512345678',
    email: 'mesadepartes@losandes.pe',
  },
  act: {
    number: NUMBER,
    date: '2026-03-30',
    subject: 'Aprobar la ampliación de plazo de la obra del mercado de Chacra Cerro',
    vistos: ['El Informe N° 120-2026-MML/GDU; y,'],
    considerandos: [
      'Que, el artículo 194 de la Constitución Política del Perú reconoce autonomía;',
    ],
    articles: ['APROBAR la ampliación de plazo N° 2.', 'NOTIFICAR la presente resolución.'],
    closingFormula: 'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.',
    signer: {
      name: 'María Elena Quispe Rojas',
      post: 'Gerente Municipal Metropolitano',
      mention: null,
    },
  },
  decision: null,
  route: { exhausts: false, text: 'Este acto no agota la vía administrativa.' },
  remedies: [
    { name: 'Recurso de reconsideración', text: 'ante la Gerencia Municipal (Art. 219).' },
    { name: 'Recurso de apelación', text: 'ante la Alcaldía Metropolitana (Art. 220).' },
  ],
  term: '15 días hábiles perentorios (Art. 218.2), desde el día hábil siguiente (Art. 144).',
  filing: { place: 'Mesa de Partes de la Municipalidad', hours: 'De 08:30 a 16:30 (Art. 149).' },
  verification: {
    url: 'https://despacho.example/verificar/7KQ2-M9XD-4TPA',
    code: '7KQ2-M9XD-4TPA',
  },
  issuedAt: new Date('2026-03-30T15:00:00Z'),
});

describe('cédula de notificación (TUO Art. 24.1)', () => {
  it('Art. 24.1: prints the addressee, the act in full, who issued it, the route, the remedies, where and until when', async () => {
    const text = pdfText(await renderNoticePdf(base()));
    for (const expected of [
      'MUNICIPALIDAD METROPOLITANA DE LIMA',
      'CÉDULA DE NOTIFICACIÓN',
      'Lima, 30 de marzo de 2026',
      'Constructora Los Andes S.A.C.',
      '20512345678',
      NUMBER,
      'Gerente Municipal Metropolitano',
      'VÍA ADMINISTRATIVA',
      'Este acto no agota la vía administrativa.',
      'RECURSOS, PLAZO Y LUGAR DE PRESENTACIÓN',
      'Recurso de reconsideración:',
      'Recurso de apelación:',
      'Plazo:',
      '15 días hábiles perentorios',
      'Dónde se presentan:',
      'Mesa de Partes de la Municipalidad',
      'TEXTO ÍNTEGRO DEL ACTO',
      'VISTOS:',
      'CONSIDERANDO:',
      'ARTÍCULO PRIMERO.-',
      'ARTÍCULO SEGUNDO.-',
      'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.',
      'CONSTANCIA DE NOTIFICACIÓN (CARGO)',
      'Firma de quien recibe',
      '7KQ2-M9XD-4TPA',
    ])
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    expect(text).toMatch(/Página 1 de \d/);
  });

  it('is the same bytes for the same input, dated by the act, titled by its number', async () => {
    const first = await renderNoticePdf(base());
    expect((await renderNoticePdf(base())).equals(first)).toBe(true);
    expect(infoString(first, 'Title')).toBe(`Cédula de notificación: ${NUMBER}`);
    expect(infoString(first, 'CreationDate')).toBe('D:20260330150000Z');
    expect(pageCount(first)).toBeGreaterThanOrEqual(1);
  });

  it('a decision on a remedy: the outcome, the deciding act, what it modifies; none left when the route is exhausted', async () => {
    const text = pdfText(
      await renderNoticePdf({
        ...base(),
        subject: 'decision',
        decision: {
          remedy:
            'Recurso de apelación presentado el 9 de abril de 2026 por Constructora Los Andes S.A.C.',
          outcome: 'FUNDADO EN PARTE',
          instrument: 'Resolución de Alcaldía N° 0150-2026-MML',
          modification: 'Se reduce la ampliación de plazo a veinte días calendario.',
          date: '2026-05-12',
          authority: 'la Alcaldía Metropolitana',
        },
        route: {
          exhausts: true,
          text: 'Con esta decisión queda agotada la vía administrativa (Art. 228.2).',
        },
        remedies: [],
      }),
    ).replace(/\s+/g, ' ');
    for (const expected of [
      'Acto impugnado:',
      'Decisión que se notifica:',
      'FUNDADO EN PARTE',
      'Resolución de Alcaldía N° 0150-2026-MML',
      'AGOTA LA VÍA ADMINISTRATIVA',
      'Se reduce la ampliación de plazo a veinte días calendario.',
      'Contra lo notificado no procede recurso administrativo alguno.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Plazo:');
  });
});
