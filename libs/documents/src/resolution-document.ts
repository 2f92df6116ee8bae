import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/**
 * Everything printed on a Resolución de Gerencia Municipal (D5, D13, D16). The caller has already
 * resolved the texts (number formatted from the municipality's template, mention of the delegation,
 * "(e)" of an encargatura, configured legend): this module only lays them out.
 */
export interface ResolutionDocumentInput {
  /** 'Municipalidad Metropolitana de Lima' — printed in bold capitals. */
  entityName: string;
  /** Official name of the year, printed in quotes under the header; null when none is configured. */
  yearName: string | null;
  /** Full title and number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM'. */
  number: string;
  /** 'Lima'. */
  place: string;
  /** Civil date 'YYYY-MM-DD' (America/Lima), printed 'Lima, 27 de noviembre de 2026'. */
  date: string;
  /** Each report cited (number, date, unit), printed under 'VISTOS:'. */
  vistos: string[];
  /** 'Que, …' paragraphs, printed under 'CONSIDERANDO:'. */
  considerandos: string[];
  /** Printed under 'SE RESUELVE:' as 'ARTÍCULO PRIMERO.- <text>', 'ARTÍCULO SEGUNDO.- …'. */
  articles: string[];
  /** 'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.' */
  closingFormula: string;
  /**
   * Name and post are always visible (D5). mention: 'Por delegación de firma del …' or null; for an
   * encargatura the caller passes the post as 'Gerente Municipal Metropolitano (e)' (D10).
   */
  signer: { name: string; post: string; mention: string | null };
  /** PDF CreationDate/ModDate, so the metadata does not depend on when the file was rendered. */
  signedAt: Date;
  /**
   * The QR encodes url; code printed as 'Clave de verificación: …'; legend printed small (D16).
   * null: a draft's preview, which has no key yet and says so where the box would be.
   */
  verification: { url: string; code: string; legend: string } | null;
}

export interface RenderResolutionOptions {
  /** Deflate the content streams (default true); false leaves them readable, for tests. */
  compress?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------

const UNITS = [
  'PRIMERO',
  'SEGUNDO',
  'TERCERO',
  'CUARTO',
  'QUINTO',
  'SEXTO',
  // RAE admits both; 'SÉTIMO' is the spelling of Peruvian normas legales (El Peruano, municipal acts).
  'SÉTIMO',
  'OCTAVO',
  'NOVENO',
];

/** 1 → PRIMERO … 20 → VIGÉSIMO, with the compound 'DÉCIMO PRIMERO' style of Peruvian resolutions. */
const ORDINALS: readonly string[] = [
  ...UNITS,
  'DÉCIMO',
  ...UNITS.map((unit) => `DÉCIMO ${unit}`),
  'VIGÉSIMO',
];

/** 1 → 'ARTÍCULO PRIMERO.-', 11 → 'ARTÍCULO DÉCIMO PRIMERO.-', 20 → 'ARTÍCULO VIGÉSIMO.-', 21 → 'ARTÍCULO 21.-'. */
export function articleHeading(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Número de artículo inválido: ${n}`);
  return `ARTÍCULO ${ORDINALS[n - 1] ?? String(n)}.-`;
}

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  // Peruvian official documents write 'setiembre' (RAE admits both)
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-11-27' → '27 de noviembre de 2026'; '2026-01-01' → '1 de enero de 2026'. Throws on anything else. */
export function spanishLongDate(civilDate: string): string {
  const match = CIVIL_DATE.exec(civilDate);
  if (!match) throw new RangeError(`Fecha inválida: ${civilDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (
    month < 1 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    throw new RangeError(`Fecha inválida: ${civilDate}`);
  return `${day} de ${MONTHS[month - 1]} de ${year}`;
}

/** Characters outside Latin-1 that WinAnsiEncoding (the standard fonts' encoding) still has. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SUBSTITUTES: Record<string, string> = {
  '\t': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': '\u00a0',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2116': 'N°',
  '\u2028': '\n',
  '\u2029': '\n',
};

/**
 * The standard PDF fonts only draw WinAnsi: pdfkit would write any other character as garbage, so
 * it is replaced (NFC first, so a decomposed 'a\u0301' still prints 'á'; then the base letter; then '?').
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (
      char === '\n' ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff && code !== 0xad)
    ) {
      out += char;
    } else if (WIN_ANSI_EXTRA.has(char)) {
      out += char;
    } else if (char in SUBSTITUTES) {
      out += SUBSTITUTES[char];
    } else if (code < 0x20 || code === 0xad || code === 0x200b || code === 0xfeff) {
      // control characters (the \r of CRLF), soft hyphens and zero-width characters print nothing
    } else {
      const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
      const printable = [...base].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) <= 0x7e);
      out += base.length > 0 && printable ? base : '?';
    }
  }
  return out;
}

export const upper = (text: string) => text.toLocaleUpperCase('es-PE');

/** The year name is printed between quotes: drop any the configuration already has. */
export const unquoted = (text: string) => text.trim().replace(/^["“”«»']+|["“”«»']+$/g, '');

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

export const PT_PER_CM = 72 / 2.54;
export const MARGIN = 2.5 * PT_PER_CM;
/** Top of the page footer, inside the bottom margin. */
const FOOTER_OFFSET = 1.3 * PT_PER_CM;

export type FontName = 'Times-Roman' | 'Times-Bold' | 'Times-Italic';
export const ROMAN: FontName = 'Times-Roman';
export const BOLD: FontName = 'Times-Bold';
export const ITALIC: FontName = 'Times-Italic';

export const BODY_SIZE = 11;
export const LINE_GAP = 2;
export const PARAGRAPH_GAP = 7;
export const SECTION_GAP = 8;

const QR_SIZE = 80;
const BOX_PADDING = 7;
const BOX_GAP = 14;
/** Room above the signature line for the visible digital-signature stamp. */
const SIGNATURE_SPACE = 40;
const SIGNATURE_LINE = 200;

export type Doc = PDFKit.PDFDocument;

/** Renders the printed resolution (A4, Times) and resolves with the PDF bytes. Pure: same input, same bytes. */
export async function renderResolutionPdf(
  input: ResolutionDocumentInput,
  options: RenderResolutionOptions = {},
): Promise<Buffer> {
  if (!(input.signedAt instanceof Date) || Number.isNaN(input.signedAt.getTime()))
    throw new RangeError('signedAt no es una fecha válida');
  const longDate = spanishLongDate(input.date);
  const qr = input.verification
    ? await QRCode.toBuffer(input.verification.url, {
        type: 'png',
        errorCorrectionLevel: 'M',
        margin: 0,
        scale: 4,
      })
    : null;

  const doc = openA4(
    {
      title: input.number,
      author: input.entityName,
      subject: 'Resolución',
      issuedAt: input.signedAt,
    },
    options.compress ?? true,
  );
  const bytes = collect(doc);

  drawHeader(doc, input, longDate);
  drawSection(doc, 'VISTOS:', input.vistos);
  drawSection(doc, 'CONSIDERANDO:', input.considerandos);
  drawArticles(doc, input.articles);
  drawClosingAndSignature(doc, input.closingFormula, input.signer);
  if (qr && input.verification) drawVerificationBox(doc, qr, input.verification);
  else drawDraftBox(doc);
  drawFooters(doc, input.number);

  doc.end();
  return bytes;
}

export function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export const left = (doc: Doc) => doc.page.margins.left;
export const contentWidth = (doc: Doc) =>
  doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Height of one body line, gap included. */
export function lineHeight(doc: Doc, size = BODY_SIZE): number {
  return doc.font(ROMAN).fontSize(size).currentLineHeight(true) + LINE_GAP;
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

// --- paragraphs ------------------------------------------------------------------------------

export interface Run {
  text: string;
  font: FontName;
}

interface Word {
  text: string;
  font: FontName;
  width: number;
  /** Width of the space that follows it in its own font. */
  space: number;
}

interface Line {
  words: Word[];
  /** Last line of a paragraph (or before a hard break): never stretched. */
  last: boolean;
}

/**
 * Breaks runs of text into lines of at most `width` points, at spaces only: a document number
 * ('N° 0123-2026-MML/GDU-SAU') is never split at its hyphens or slashes, as pdfkit's wrapper would.
 * A word wider than the line (a long URL) is cut where it must.
 */
export function breakLines(doc: Doc, runs: readonly Run[], size: number, width: number): Line[] {
  const lines: Line[] = [];
  let words: Word[] = [];
  let used = 0;
  const push = (last: boolean) => {
    if (words.length > 0 || last) lines.push({ words, last });
    words = [];
    used = 0;
  };
  for (const run of runs) {
    doc.font(run.font).fontSize(size);
    const space = doc.widthOfString(' ');
    // 'N° 010-2026-MML' stays on one line
    winAnsi(run.text)
      .replace(/(^|[\s(])(N[°º]|N\.°)[ ]+(?=\S)/g, '$1$2\u00a0')
      .split('\n')
      .forEach((piece, i) => {
        if (i > 0) push(true);
        for (const token of piece.split(' ').filter((t) => t.length > 0)) {
          for (const text of cutToWidth(doc, token, width)) {
            const wordWidth = doc.widthOfString(text);
            const needed =
              words.length > 0 ? used + words[words.length - 1].space + wordWidth : wordWidth;
            if (words.length > 0 && needed > width) push(false);
            used = words.length > 0 ? needed : wordWidth;
            words.push({ text, font: run.font, width: wordWidth, space });
          }
        }
      });
  }
  push(true);
  return lines.filter((line) => line.words.length > 0);
}

/** Splits a single token into pieces no wider than `width` (current font). */
function cutToWidth(doc: Doc, token: string, width: number): string[] {
  if (doc.widthOfString(token) <= width) return [token];
  const pieces: string[] = [];
  let piece = '';
  for (const char of token) {
    if (piece && doc.widthOfString(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Draws one line at doc.y: runs of same-font words in one text operation, spaces stretched if justified. */
function drawLine(doc: Doc, line: Line, x: number, width: number, justify: boolean, size: number) {
  const words = line.words;
  const natural = words.reduce((sum, w) => sum + w.width, 0);
  const stretch = justify && !line.last && words.length > 1;
  const gapAfter = (w: Word) => (stretch ? (width - natural) / (words.length - 1) : w.space);
  const y = doc.y;
  let cursor = x;
  let i = 0;
  while (i < words.length) {
    // a segment: consecutive words of one font; a word holding a no-break space stands alone,
    // because pdfkit would stretch that space too
    let j = i + 1;
    const alone = (w: Word) => w.text.includes('\u00a0');
    if (!alone(words[i]))
      while (j < words.length && words[j].font === words[i].font && !alone(words[j])) j++;
    const segment = words.slice(i, j);
    const gap = gapAfter(segment[0]);
    doc
      .font(segment[0].font)
      .fontSize(size)
      .text(
        segment.map((w) => w.text).join(' '),
        cursor,
        y,
        // pdfkit draws `wordSpacing + width of ' '` between the words of a segment
        { lineBreak: false, wordSpacing: segment.length > 1 ? gap - segment[0].space : 0 },
      );
    cursor += segment.reduce((sum, w) => sum + w.width, 0) + (segment.length - 1) * gap;
    cursor += gapAfter(segment[segment.length - 1]);
    i = j;
  }
  doc.x = x;
  doc.y = y;
}

/**
 * Flows a paragraph from doc.y down the page and onto new pages as needed, never below the bottom
 * margin. It does not leave its first line alone at the foot of a page, nor its last one alone at the
 * top of the next.
 */
export function flow(
  doc: Doc,
  runs: readonly Run[],
  align: 'justify' | 'left',
  size = BODY_SIZE,
): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const lines = breakLines(doc, runs, size, width);
  const step = lineHeight(doc, size);
  let i = 0;
  while (i < lines.length) {
    const remaining = lines.length - i;
    let fit = Math.floor((bottom(doc) - doc.y + LINE_GAP) / step);
    if (fit < remaining) {
      fit = Math.min(fit, remaining - 2); // at least two lines go to the next page
      if (fit < 2) fit = 0; // and at least two stay on this one, or the paragraph moves whole
    }
    if (fit <= 0) {
      doc.addPage();
      continue;
    }
    for (const line of lines.slice(i, i + Math.min(fit, remaining))) {
      drawLine(doc, line, x, width, align === 'justify', size);
      doc.y += step;
    }
    i += Math.min(fit, remaining);
    if (i < lines.length) doc.addPage();
  }
  doc.x = x;
  doc.y += PARAGRAPH_GAP;
}

// --- blocks ----------------------------------------------------------------------------------

/** The PDF's metadata: strings are written as UTF-16 when needed, no WinAnsi restriction here. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  /** CreationDate and ModDate: a stored instant, so the same data gives the same bytes. */
  issuedAt: Date;
}

/** A new A4 document with Despacho's margins and metadata; refuses an invalid date. */
export function openA4(meta: DocumentMeta, compress = true): Doc {
  if (!(meta.issuedAt instanceof Date) || Number.isNaN(meta.issuedAt.getTime()))
    throw new RangeError('la fecha del documento no es válida');
  return new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress,
    lang: 'es-PE',
    displayTitle: true,
    info: {
      Title: meta.title.normalize('NFC').trim(),
      Author: meta.author.normalize('NFC').trim(),
      Subject: meta.subject,
      Creator: 'Despacho',
      CreationDate: meta.issuedAt,
      ModDate: meta.issuedAt,
    },
  });
}

/** The entity's name, the year's name if any, and the rule under them; leaves y on the rule. */
export function drawLetterhead(doc: Doc, entityName: string, yearName?: string | null): void {
  const x = left(doc);
  const width = contentWidth(doc);
  doc
    .font(BOLD)
    .fontSize(14)
    .text(winAnsi(upper(entityName.trim())), x, doc.y, { width, align: 'center' });
  const name = yearName ? unquoted(yearName) : '';
  if (name) {
    doc.y += 3;
    doc
      .font(ITALIC)
      .fontSize(10)
      .text(`“${winAnsi(name)}”`, x, doc.y, { width, align: 'center' });
  }
  doc.y += 6;
  doc
    .moveTo(x, doc.y)
    .lineTo(x + width, doc.y)
    .lineWidth(0.6)
    .strokeColor('#000000')
    .stroke();
}

function drawHeader(doc: Doc, input: ResolutionDocumentInput, longDate: string): void {
  const x = left(doc);
  const width = contentWidth(doc);
  drawLetterhead(doc, input.entityName, input.yearName);
  doc.y += 18;
  doc
    .font(BOLD)
    .fontSize(12.5)
    .text(winAnsi(input.number.trim()), x, doc.y, { width, align: 'center' });
  doc.y += 10;
  doc
    .font(ROMAN)
    .fontSize(BODY_SIZE)
    .text(`${winAnsi(input.place.trim())}, ${longDate}`, x, doc.y, { width, align: 'right' });
  doc.y += 14;
}

/** A bold heading kept with the first two lines of what follows it. */
export function heading(doc: Doc, text: string): void {
  ensureSpace(doc, 3 * lineHeight(doc) + PARAGRAPH_GAP);
  flow(doc, [{ text, font: BOLD }], 'left');
  doc.y -= PARAGRAPH_GAP / 2;
}

/** A section with no entries (no VISTOS, a draft without articles) is left out. */
export function drawSection(doc: Doc, title: string, paragraphs: readonly string[]): void {
  const texts = paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  if (texts.length === 0) return;
  heading(doc, title);
  for (const text of texts) flow(doc, [{ text, font: ROMAN }], 'justify');
  doc.y += SECTION_GAP;
}

export function drawArticles(doc: Doc, articles: readonly string[]): void {
  const texts = articles.map((a) => a.trim()).filter((a) => a.length > 0);
  if (texts.length === 0) return;
  heading(doc, 'SE RESUELVE:');
  texts.forEach((text, i) =>
    flow(
      doc,
      [
        { text: articleHeading(i + 1), font: BOLD },
        { text, font: ROMAN },
      ],
      'justify',
    ),
  );
  doc.y += SECTION_GAP;
}

/**
 * The closing formula, then line, name, post and mention centred: kept together on one page, so a
 * signature never stands on a page of its own.
 */
export function drawClosingAndSignature(
  doc: Doc,
  closingFormula: string,
  signer: ResolutionDocumentInput['signer'],
): void {
  const width = contentWidth(doc);
  const closing: Run[] = closingFormula.trim() ? [{ text: closingFormula, font: BOLD }] : [];
  const closingHeight = closing.length
    ? breakLines(doc, closing, BODY_SIZE, width).length * lineHeight(doc) + PARAGRAPH_GAP
    : 0;
  const blockWidth = Math.min(width, 360);
  const blockX = left(doc) + (width - blockWidth) / 2;
  const name = winAnsi(signer.name.trim());
  const post = winAnsi(signer.post.trim());
  const mention = signer.mention?.trim() ? winAnsi(signer.mention.trim()) : null;

  const nameHeight = doc.font(BOLD).fontSize(BODY_SIZE).heightOfString(name, { width: blockWidth });
  const postHeight = doc
    .font(ROMAN)
    .fontSize(BODY_SIZE)
    .heightOfString(post, { width: blockWidth });
  const mentionHeight = mention
    ? 3 + doc.font(ITALIC).fontSize(9).heightOfString(mention, { width: blockWidth })
    : 0;
  ensureSpace(doc, closingHeight + SIGNATURE_SPACE + 4 + nameHeight + postHeight + mentionHeight);
  if (closing.length) flow(doc, closing, 'left');

  const lineY = doc.y + SIGNATURE_SPACE;
  const lineX = left(doc) + (width - SIGNATURE_LINE) / 2;
  doc
    .moveTo(lineX, lineY)
    .lineTo(lineX + SIGNATURE_LINE, lineY)
    .lineWidth(0.6)
    .strokeColor('#000000')
    .stroke();
  doc
    .font(BOLD)
    .fontSize(BODY_SIZE)
    .text(name, blockX, lineY + 4, { width: blockWidth, align: 'center' });
  doc
    .font(ROMAN)
    .fontSize(BODY_SIZE)
    .text(post, blockX, doc.y, { width: blockWidth, align: 'center' });
  if (mention)
    doc
      .font(ITALIC)
      .fontSize(9)
      .text(mention, blockX, doc.y + 3, { width: blockWidth, align: 'center' });
  doc.x = left(doc);
}

/** A preview's notice where the D16 box goes: no number, no signature, no key — no legal value. */
function drawDraftBox(doc: Doc): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const title = 'PROYECTO - VISTA PREVIA SIN VALOR OFICIAL';
  const body =
    'Este documento no tiene número, firma ni clave de verificación: se asignan al firmarlo. La fecha y el número mostrados son provisionales.';
  const titleHeight = doc
    .font(BOLD)
    .fontSize(10)
    .heightOfString(title, { width: width - 2 * BOX_PADDING });
  const bodyHeight = doc
    .font(ITALIC)
    .fontSize(8.5)
    .heightOfString(body, { width: width - 2 * BOX_PADDING });
  const boxHeight = titleHeight + 4 + bodyHeight + 2 * BOX_PADDING;
  if (doc.y + BOX_GAP + boxHeight > bottom(doc)) doc.addPage();
  const boxY = bottom(doc) - boxHeight;
  doc
    .rect(x, boxY, width, boxHeight)
    .lineWidth(1.2)
    .dash(4, { space: 3 })
    .strokeColor('#000000')
    .stroke();
  doc.undash();
  doc
    .font(BOLD)
    .fontSize(10)
    .text(title, x + BOX_PADDING, boxY + BOX_PADDING, {
      width: width - 2 * BOX_PADDING,
      align: 'center',
    });
  doc
    .font(ITALIC)
    .fontSize(8.5)
    .text(body, x + BOX_PADDING, boxY + BOX_PADDING + titleHeight + 4, {
      width: width - 2 * BOX_PADDING,
      align: 'center',
    });
  doc.x = x;
}

/** The D16 box: QR, URL, key and legend, at the foot of the last page (on a new page if it does not fit). */
function drawVerificationBox(
  doc: Doc,
  qr: Buffer,
  verification: NonNullable<ResolutionDocumentInput['verification']>,
): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const textX = x + BOX_PADDING + QR_SIZE + 2 * BOX_PADDING;
  const textWidth = x + width - BOX_PADDING - textX;
  const url = winAnsi(verification.url.trim());
  const code = `Clave de verificación: ${winAnsi(verification.code.trim())}`;
  const legend = winAnsi(verification.legend.trim());

  const urlHeight = doc.font(ROMAN).fontSize(8.5).heightOfString(url, { width: textWidth });
  const codeHeight = doc.font(BOLD).fontSize(9.5).heightOfString(code, { width: textWidth });
  const legendHeight = legend
    ? 4 + doc.font(ITALIC).fontSize(7.5).heightOfString(legend, { width: textWidth })
    : 0;
  const textHeight = urlHeight + 4 + codeHeight + legendHeight;
  const boxHeight = Math.max(QR_SIZE, textHeight) + 2 * BOX_PADDING;

  if (doc.y + BOX_GAP + boxHeight > bottom(doc)) doc.addPage();
  const boxY = bottom(doc) - boxHeight;

  doc.rect(x, boxY, width, boxHeight).lineWidth(0.6).strokeColor('#000000').stroke();
  doc.image(qr, x + BOX_PADDING, boxY + (boxHeight - QR_SIZE) / 2, {
    width: QR_SIZE,
    height: QR_SIZE,
  });
  const textY = boxY + (boxHeight - textHeight) / 2;
  doc.font(ROMAN).fontSize(8.5).text(url, textX, textY, { width: textWidth });
  doc
    .font(BOLD)
    .fontSize(9.5)
    .text(code, textX, textY + urlHeight + 4, { width: textWidth });
  if (legend)
    doc
      .font(ITALIC)
      .fontSize(7.5)
      .text(legend, textX, textY + urlHeight + 4 + codeHeight + 4, { width: textWidth });
  doc.x = x;
}

/** The number and 'Página N de M' on every page, in the bottom margin (lifted while writing there). */
export function drawFooters(doc: Doc, number: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const x = left(doc);
    const width = contentWidth(doc);
    const y = doc.page.height - margin + FOOTER_OFFSET;
    doc
      .font(ROMAN)
      .fontSize(8)
      .text(winAnsi(number.trim()), x, y + 1, { width: width * 0.7, lineBreak: false });
    doc
      .font(ROMAN)
      .fontSize(9)
      .text(`Página ${i - range.start + 1} de ${range.count}`, x, y, {
        width,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
}
