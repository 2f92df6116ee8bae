import type { ResolutionDocumentInput } from '../resolution-document.js';

/** The number of the golden act. */
export const GOLDEN_ACT_NUMBER = 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM';

/**
 * The act whose signed PDF has a pinned SHA-256 (resolution-document.spec.ts): rendered anywhere
 * (main thread or a render thread), the same act gives the same bytes.
 */
export const goldenAct = (): ResolutionDocumentInput => ({
  entityName: 'Municipalidad Metropolitana de Lima',
  yearName: 'Año de la Esperanza y el Fortalecimiento de la Democracia',
  number: GOLDEN_ACT_NUMBER,
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
