import {
  BODY_SIZE,
  BOLD,
  bottom,
  collect,
  contentWidth,
  type Doc,
  drawArticles,
  drawClosingAndSignature,
  drawFooters,
  drawLetterhead,
  drawSection,
  ensureSpace,
  flow,
  heading,
  ITALIC,
  left,
  lineHeight,
  openA4,
  PARAGRAPH_GAP,
  ROMAN,
  type Run,
  SECTION_GAP,
  spanishLongDate,
  winAnsi,
} from './resolution-document.js';

/** A remedy the party may file, as the cédula states it (Art. 24.1.3). */
export interface NoticeRemedy {
  /** 'Recurso de reconsideración'. */
  name: string;
  /** Who resolves it and where it is addressed, e.g. 'ante el Gerente Municipal Metropolitano (Art. 219)…'. */
  text: string;
}

/**
 * Everything printed on a cédula de notificación (TUO Ley 27444, Art. 18, 20, 21, 24.1): the act
 * or the decision served, in full, who issued it, whether it exhausts the administrative route,
 * the remedies, where and until when to file them, and the space for the cargo. The caller
 * resolves the texts; this module only lays them out.
 */
export interface NoticeDocumentInput {
  entityName: string;
  yearName: string | null;
  place: string;
  /** The day the notice is issued (the act's signature, or the decision), 'YYYY-MM-DD'. */
  date: string;
  /** 'de la resolución' or 'de la decisión sobre el recurso'. */
  subject: 'acto' | 'decision';
  addressee: { name: string; documentId: string | null; email: string | null };
  act: {
    number: string;
    /** Civil date of the signature. */
    date: string;
    subject: string;
    vistos: string[];
    considerandos: string[];
    articles: string[];
    closingFormula: string;
    signer: { name: string; post: string; mention: string | null };
  };
  /** Only for a decision on a remedy. */
  decision: {
    /** 'Recurso de reconsideración interpuesto el 9 de diciembre de 2026'. */
    remedy: string;
    /** 'INFUNDADO', 'FUNDADO EN PARTE', 'IMPROCEDENTE'. */
    outcome: string;
    /** The act that decides it, if its number was recorded. */
    instrument: string | null;
    /** fundado en parte: what changes in the act. */
    modification: string | null;
    /** Civil date of the decision. */
    date: string;
    /** Who decided it. */
    authority: string;
  } | null;
  /** Art. 24.1.2 and 228: whether the act (or the decision) exhausts the administrative route. */
  route: { exhausts: boolean; text: string };
  remedies: NoticeRemedy[];
  /** Art. 218.2, 144: the term and from when it counts. */
  term: string;
  /** Where remedies are filed (profile), and the office hours (Art. 149). */
  filing: { place: string; hours: string };
  /** The act's public verification (D16), so the addressee can check what was served. */
  verification: { url: string; code: string } | null;
  /** PDF CreationDate/ModDate: same input, same bytes. */
  issuedAt: Date;
}

const SMALL = 9.5;
const LABEL_WIDTH = 112;
/** The values of the box: a register number fits on one line. */
const VALUE_SIZE = 10.5;
const BOX_PADDING = 7;

/** Renders the cédula (A4, Times, same typography as the act) and resolves with the PDF bytes. */
export async function renderNoticePdf(input: NoticeDocumentInput): Promise<Buffer> {
  const doc = openA4({
    title: `Cédula de notificación: ${input.act.number.normalize('NFC').trim()}`,
    author: input.entityName,
    subject: 'Cédula de notificación',
    issuedAt: input.issuedAt,
  });
  const bytes = collect(doc);

  drawHeader(doc, input);
  drawParticulars(doc, input);
  drawRoute(doc, input);
  drawRemedies(doc, input);
  drawFullText(doc, input);
  drawCargo(doc);
  if (input.verification) drawVerification(doc, input.verification);
  drawFooters(doc, `Cédula de notificación · ${shortNumber(input.act.number)}`);

  doc.end();
  return bytes;
}

function drawHeader(doc: Doc, input: NoticeDocumentInput): void {
  const x = left(doc);
  const width = contentWidth(doc);
  drawLetterhead(doc, input.entityName, input.yearName);
  doc.y += 16;
  doc.font(BOLD).fontSize(15).text('CÉDULA DE NOTIFICACIÓN', x, doc.y, { width, align: 'center' });
  doc.y += 2;
  doc
    .font(ITALIC)
    .fontSize(SMALL)
    .text(
      'Texto Único Ordenado de la Ley N° 27444, Ley del Procedimiento Administrativo General (D.S. N° 004-2019-JUS), artículos 18, 20, 21 y 24',
      x,
      doc.y,
      { width, align: 'center' },
    );
  doc.y += 8;
  doc
    .font(ROMAN)
    .fontSize(BODY_SIZE)
    .text(`${winAnsi(input.place.trim())}, ${spanishLongDate(input.date)}`, x, doc.y, {
      width,
      align: 'right',
    });
  doc.y += 10;
}

/** A two-column table of the particulars, in a box. */
function drawParticulars(doc: Doc, input: NoticeDocumentInput): void {
  const { addressee, act, decision } = input;
  const rows: [string, string][] = [
    ['Destinatario', addressee.name],
    ...(addressee.documentId ? [['Documento', addressee.documentId] as [string, string]] : []),
    ...(addressee.email ? [['Correo electrónico', addressee.email] as [string, string]] : []),
    [input.subject === 'acto' ? 'Acto que se notifica' : 'Acto impugnado', act.number],
    ['Fecha del acto', spanishLongDate(act.date)],
    ['Asunto', act.subject],
    [
      'Autoridad que lo emite',
      [act.signer.name, act.signer.post, act.signer.mention].filter(Boolean).join(', '),
    ],
  ];
  if (decision)
    rows.push(
      ['Decisión que se notifica', `${decision.remedy}: ${decision.outcome}`],
      ['Resuelto por', `${decision.authority}, el ${spanishLongDate(decision.date)}`],
      ...(decision.instrument
        ? [['Acto que resuelve', decision.instrument] as [string, string]]
        : []),
    );
  const x = left(doc);
  const width = contentWidth(doc);
  const valueX = x + BOX_PADDING + LABEL_WIDTH;
  const valueWidth = width - LABEL_WIDTH - 2 * BOX_PADDING;
  const heights = rows.map(([label, value]) =>
    Math.max(
      doc
        .font(BOLD)
        .fontSize(SMALL)
        .heightOfString(winAnsi(label), { width: LABEL_WIDTH - 6 }),
      doc.font(ROMAN).fontSize(VALUE_SIZE).heightOfString(winAnsi(value), { width: valueWidth }),
    ),
  );
  const boxHeight = heights.reduce((sum, h) => sum + h + 4, 0) + 2 * BOX_PADDING - 4;
  ensureSpace(doc, boxHeight);
  const top = doc.y;
  doc.rect(x, top, width, boxHeight).lineWidth(0.6).strokeColor('#000000').stroke();
  let y = top + BOX_PADDING;
  // The label on the value's baseline: both read as one line (Times: ascender 683/1000).
  const labelDrop = ((VALUE_SIZE - SMALL) * 683) / 1000;
  rows.forEach(([label, value], i) => {
    doc
      .font(BOLD)
      .fontSize(SMALL)
      .text(`${winAnsi(label)}:`, x + BOX_PADDING, y + labelDrop, { width: LABEL_WIDTH - 6 });
    doc.font(ROMAN).fontSize(VALUE_SIZE).text(winAnsi(value), valueX, y, { width: valueWidth });
    y += (heights[i] ?? 0) + 4;
  });
  doc.x = x;
  doc.y = top + boxHeight + SECTION_GAP + 4;
}

function drawRoute(doc: Doc, input: NoticeDocumentInput): void {
  heading(doc, input.route.exhausts ? 'AGOTA LA VÍA ADMINISTRATIVA' : 'VÍA ADMINISTRATIVA');
  flow(doc, [{ text: input.route.text, font: ROMAN }], 'justify');
  if (input.decision?.modification) {
    flow(
      doc,
      [
        { text: 'Modificación del acto (recurso fundado en parte): ', font: BOLD },
        { text: input.decision.modification, font: ROMAN },
      ],
      'justify',
    );
  }
  doc.y += SECTION_GAP / 2;
}

/** Art. 24.1.3: the remedies, where to file them and the term. */
function drawRemedies(doc: Doc, input: NoticeDocumentInput): void {
  heading(doc, 'RECURSOS, PLAZO Y LUGAR DE PRESENTACIÓN');
  if (input.remedies.length === 0) {
    flow(
      doc,
      [
        {
          text: 'Contra lo notificado no procede recurso administrativo alguno.',
          font: ROMAN,
        },
      ],
      'justify',
    );
  }
  for (const remedy of input.remedies)
    flow(
      doc,
      [
        { text: `${remedy.name}: `, font: BOLD },
        { text: remedy.text, font: ROMAN },
      ],
      'justify',
    );
  if (input.remedies.length > 0) {
    flow(
      doc,
      [
        { text: 'Plazo: ', font: BOLD },
        { text: input.term, font: ROMAN },
      ],
      'justify',
    );
    flow(
      doc,
      [
        { text: 'Dónde se presentan: ', font: BOLD },
        { text: `${input.filing.place}. ${input.filing.hours}`, font: ROMAN },
      ],
      'justify',
    );
  }
  doc.y += SECTION_GAP / 2;
}

/** Art. 24.1.1: the full text of the act, as signed; a decision's own text goes with the cédula. */
function drawFullText(doc: Doc, input: NoticeDocumentInput): void {
  const { act } = input;
  ensureSpace(doc, 4 * lineHeight(doc));
  heading(doc, 'TEXTO ÍNTEGRO DEL ACTO');
  if (input.decision) {
    flow(
      doc,
      [
        {
          text: input.decision.instrument
            ? `Se entrega con esta cédula el texto íntegro de ${input.decision.instrument}, que resuelve el recurso. Se reproduce a continuación el acto impugnado.`
            : 'Se entrega con esta cédula el texto íntegro del acto que resuelve el recurso. Se reproduce a continuación el acto impugnado.',
          font: ITALIC,
        },
      ],
      'justify',
    );
  }
  const x = left(doc);
  const width = contentWidth(doc);
  ensureSpace(doc, 3 * lineHeight(doc));
  doc
    .font(BOLD)
    .fontSize(12)
    .text(winAnsi(act.number.trim()), x, doc.y, { width, align: 'center' });
  doc.y += PARAGRAPH_GAP;
  drawSection(doc, 'VISTOS:', act.vistos);
  drawSection(doc, 'CONSIDERANDO:', act.considerandos);
  drawArticles(doc, act.articles);
  drawClosingAndSignature(doc, act.closingFormula, act.signer);
  doc.y += SECTION_GAP * 3;
}

/**
 * Art. 21.3–21.4: the cargo of a personal notification — who received it, their document and
 * relation to the addressee, date, time and signature — or the notifier's record of a refusal.
 */
function drawCargo(doc: Doc): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const line = lineHeight(doc) + 10;
  const fields: [string, string][] = [
    ['Recibido por', 'DNI'],
    ['Relación con el destinatario', 'Fecha y hora'],
  ];
  const noteRuns: Run[] = [
    {
      text: 'Notificación personal: surte efecto el día en que se entrega (Art. 25.1); se anotan la fecha y la hora de la entrega y el nombre y la firma de quien la recibe, y si se niega a firmar o a recibir, se hace constar así (Art. 21.3). Por correo electrónico o casilla electrónica surte efecto el día en que conste el acuse de recibo (Art. 20.4, 25.2).',
      font: ITALIC,
    },
  ];
  const needed = 2 * lineHeight(doc) + fields.length * line + 3 * line + 4 * lineHeight(doc, 8.5);
  ensureSpace(doc, needed + 12);
  // Apart from the act reproduced above: what the notifier and the receiver fill in.
  doc
    .moveTo(x, doc.y)
    .lineTo(x + width, doc.y)
    .lineWidth(0.6)
    .dash(3, { space: 2 })
    .stroke()
    .undash();
  doc.y += 12;
  heading(doc, 'CONSTANCIA DE NOTIFICACIÓN (CARGO)');
  const half = (width - 20) / 2;
  for (const [a, b] of fields) {
    const y = doc.y + line - 6;
    for (const [label, lx] of [
      [a, x],
      [b, x + half + 20],
    ] as const) {
      doc
        .font(ROMAN)
        .fontSize(SMALL)
        .text(`${winAnsi(label)}:`, lx, y - 10, { lineBreak: false });
      const labelWidth = doc.widthOfString(`${winAnsi(label)}: `);
      doc
        .moveTo(lx + labelWidth, y)
        .lineTo(lx + half, y)
        .lineWidth(0.4)
        .stroke();
    }
    doc.y = y + 4;
  }
  const signY = doc.y + 2 * line;
  doc
    .moveTo(x + half + 20, signY)
    .lineTo(x + width, signY)
    .lineWidth(0.4)
    .stroke();
  doc
    .font(ROMAN)
    .fontSize(SMALL)
    .text('Firma de quien recibe', x + half + 20, signY + 3, { width: half, align: 'center' });
  doc
    .moveTo(x, signY)
    .lineTo(x + half, signY)
    .lineWidth(0.4)
    .stroke();
  doc
    .font(ROMAN)
    .fontSize(SMALL)
    .text('Nombre y firma del notificador', x, signY + 3, { width: half, align: 'center' });
  doc.x = x;
  doc.y = signY + lineHeight(doc) + 8;
  flow(doc, noteRuns, 'justify', 8.5);
}

function drawVerification(doc: Doc, verification: { url: string; code: string }): void {
  ensureSpace(doc, 2 * lineHeight(doc, 8.5));
  if (doc.y > bottom(doc)) doc.addPage();
  flow(
    doc,
    [
      {
        text: `Verifique el acto notificado en ${verification.url} (clave ${verification.code}).`,
        font: ITALIC,
      },
    ],
    'left',
    8.5,
  );
}

/** 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM' → 'RGM N° 0001-2026-MML/GMM' for the footer. */
function shortNumber(number: string): string {
  const match = /^(.*?)\s*(N[°º]\s*.+)$/.exec(number.trim());
  if (!match) return number;
  const initials = (match[1] ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 2)
    .map((word) => word[0])
    .join('')
    .toLocaleUpperCase('es-PE');
  return `${initials} ${match[2] ?? ''}`.trim();
}
