import {
  BODY_SIZE,
  BOLD,
  breakLines,
  collect,
  contentWidth,
  type Doc,
  drawFooters,
  drawLetterhead,
  ensureSpace,
  flow,
  heading,
  ITALIC,
  left,
  lineHeight,
  openA4,
  PARAGRAPH_GAP,
  ROMAN,
  SECTION_GAP,
  winAnsi,
} from './resolution-document.js';

/** A labelled line of the acta: 'Número hábil' — '5'. */
export interface ActaLine {
  label: string;
  value: string;
}

/** A row of a table of the acta (the attendance, the votes of an item). */
export type ActaRow = readonly string[];

export interface ActaItem {
  /** '1. Convenio de cooperación con …'. */
  heading: string;
  /** Type, result, tally, majority, casting vote, Acuerdo. */
  lines: ActaLine[];
  /** Each member's vote: name, vote, reason of an abstention (empty when none). */
  ballots: ActaRow[];
}

/**
 * Everything printed on the acta of a session of the Concejo (LOM Art. 13, 16, 17): the caller
 * (libs/council, actaDocument) resolves every text from the stored session; this module only lays
 * them out.
 */
export interface ActaDocumentInput {
  entityName: string;
  /** 'ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO MUNICIPAL'. */
  title: string;
  /** 'Lima, 10 de marzo de 2026'. */
  placeAndDate: string;
  /** Pending acta (neither approved nor dispensed): marked BORRADOR on every page. */
  draft: boolean;
  convocation: string[];
  /** Name, role, attendance (with arrivals and departures). */
  attendance: ActaRow[];
  quorum: ActaLine[];
  /** The sections of the order of business, in order, as the session treats them. */
  orderOfBusiness: string;
  items: ActaItem[];
  /** 'Aprobada en la sesión ordinaria del …' and the like. */
  status: string;
  /** Short form for the footer: 'Acta de la sesión ordinaria del 10/03/2026'. */
  footer: string;
  /** PDF CreationDate/ModDate: the last stored instant of the session; same data, same bytes. */
  issuedAt: Date;
}

export const DRAFT_MARK = 'BORRADOR';

const TABLE_SIZE = 9.5;
const CELL_PADDING = 3;

/** Renders the acta (A4, Times, the act's typography) and resolves with the PDF bytes. */
export async function renderActaPdf(input: ActaDocumentInput): Promise<Buffer> {
  const doc = openA4({
    title: `${input.draft ? `${DRAFT_MARK}: ` : ''}${input.footer.normalize('NFC').trim()}`,
    author: input.entityName,
    subject: 'Acta de sesión del Concejo Municipal',
    issuedAt: input.issuedAt,
  });
  const bytes = collect(doc);

  drawHeader(doc, input);
  drawParagraphs(doc, 'CONVOCATORIA', [...input.convocation, input.orderOfBusiness]);
  drawAttendance(doc, input);
  drawItems(doc, input.items);
  heading(doc, 'ESTADO DEL ACTA');
  flow(doc, [{ text: input.status, font: input.draft ? BOLD : ROMAN }], 'justify');
  if (input.draft) drawDraftMarks(doc);
  drawFooters(doc, input.draft ? `${input.footer} · ${DRAFT_MARK}` : input.footer);

  doc.end();
  return bytes;
}

function drawHeader(doc: Doc, input: ActaDocumentInput): void {
  const x = left(doc);
  const width = contentWidth(doc);
  drawLetterhead(doc, input.entityName);
  doc.y += 16;
  doc
    .font(BOLD)
    .fontSize(13)
    .text(winAnsi(input.title.trim()), x, doc.y, { width, align: 'center' });
  doc.y += 6;
  doc
    .font(ROMAN)
    .fontSize(BODY_SIZE)
    .text(winAnsi(input.placeAndDate.trim()), x, doc.y, { width, align: 'right' });
  doc.y += 10;
  if (input.draft) {
    doc
      .font(BOLD)
      .fontSize(12)
      .fillColor('#9b1c1c')
      .text(`${DRAFT_MARK} - ACTA PENDIENTE DE APROBACIÓN, SIN VALOR OFICIAL`, x, doc.y, {
        width,
        align: 'center',
      })
      .fillColor('#000000');
    doc.y += 10;
  }
}

function drawParagraphs(doc: Doc, title: string, paragraphs: readonly string[]): void {
  heading(doc, title);
  for (const text of paragraphs) flow(doc, [{ text, font: ROMAN }], 'justify');
  doc.y += SECTION_GAP / 2;
}

function drawAttendance(doc: Doc, input: ActaDocumentInput): void {
  heading(doc, 'ASISTENCIA Y QUÓRUM');
  drawLines(doc, input.quorum);
  doc.y += PARAGRAPH_GAP / 2;
  drawTable(doc, ['Miembro', 'Cargo', 'Asistencia'], [0.38, 0.14, 0.48], input.attendance);
  doc.y += SECTION_GAP;
}

function drawItems(doc: Doc, items: readonly ActaItem[]): void {
  heading(doc, 'ASUNTOS TRATADOS Y VOTACIONES');
  if (items.length === 0)
    flow(doc, [{ text: 'La sesión no trató asuntos sometidos a votación.', font: ITALIC }], 'left');
  for (const item of items) {
    ensureSpace(doc, 5 * lineHeight(doc));
    flow(doc, [{ text: item.heading, font: BOLD }], 'left');
    doc.y -= PARAGRAPH_GAP / 2;
    drawLines(doc, item.lines);
    if (item.ballots.length > 0) {
      doc.y += 2;
      drawTable(
        doc,
        ['Miembro', 'Voto', 'Fundamento de la abstención'],
        [0.38, 0.16, 0.46],
        item.ballots,
      );
    }
    doc.y += SECTION_GAP;
  }
}

/** 'Label: value' lines, the label in bold. */
function drawLines(doc: Doc, lines: readonly ActaLine[]): void {
  for (const line of lines) {
    flow(
      doc,
      [
        { text: `${line.label}: `, font: BOLD },
        { text: line.value, font: ROMAN },
      ],
      'left',
    );
    doc.y -= PARAGRAPH_GAP - 1;
  }
  doc.y += PARAGRAPH_GAP - 1;
}

/** A ruled table; its header repeats on every page it runs onto. */
function drawTable(
  doc: Doc,
  header: readonly string[],
  fractions: readonly number[],
  rows: readonly ActaRow[],
): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const widths = fractions.map((f) => f * width);
  // Broken at spaces only (breakLines): 'N° 004-2026-MDM' is never split at its hyphens.
  const linesOf = (cell: string, font: typeof ROMAN, i: number) =>
    breakLines(doc, [{ text: cell, font }], TABLE_SIZE, (widths[i] ?? 0) - 2 * CELL_PADDING).map(
      (line) => line.words.map((w) => w.text).join(' '),
    );
  const step = lineHeight(doc, TABLE_SIZE);
  const heightOf = (cells: ActaRow, font: typeof ROMAN) =>
    Math.max(1, ...cells.map((cell, i) => linesOf(cell, font, i).length)) * step +
    2 * CELL_PADDING -
    2;
  const drawRow = (cells: ActaRow, font: typeof ROMAN, shade: boolean) => {
    const height = heightOf(cells, font);
    const top = doc.y;
    if (shade) doc.rect(x, top, width, height).fillColor('#eeeeee').fill().fillColor('#000000');
    let cx = x;
    cells.forEach((cell, i) => {
      linesOf(cell, font, i).forEach((line, n) =>
        doc
          .font(font)
          .fontSize(TABLE_SIZE)
          .text(line, cx + CELL_PADDING, top + CELL_PADDING + n * step, { lineBreak: false }),
      );
      cx += widths[i] ?? 0;
    });
    doc.rect(x, top, width, height).lineWidth(0.4).strokeColor('#000000').stroke();
    cx = x;
    for (const w of widths.slice(0, -1)) {
      cx += w;
      doc
        .moveTo(cx, top)
        .lineTo(cx, top + height)
        .lineWidth(0.4)
        .stroke();
    }
    doc.x = x;
    doc.y = top + height;
  };
  const headerHeight = heightOf(header, BOLD);
  ensureSpace(doc, headerHeight + heightOf(rows[0] ?? header, ROMAN));
  drawRow(header, BOLD, true);
  for (const row of rows) {
    const height = heightOf(row, ROMAN);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(header, BOLD, true);
    }
    drawRow(row, ROMAN, false);
  }
  doc.y += PARAGRAPH_GAP;
}

/** BORRADOR across every page, light enough to read the acta through it. */
function drawDraftMarks(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const cx = doc.page.width / 2;
    const cy = doc.page.height / 2;
    doc.save();
    doc.rotate(-45, { origin: [cx, cy] });
    doc.font(BOLD).fontSize(100);
    const width = doc.widthOfString(DRAFT_MARK);
    doc
      .fillColor('#c62828')
      .fillOpacity(0.12)
      .text(DRAFT_MARK, cx - width / 2, cy - 35, { lineBreak: false });
    doc.restore();
    doc.fillColor('#000000').fillOpacity(1);
    doc.page.margins.bottom = margin;
  }
}
