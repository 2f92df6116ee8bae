import { inflateSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// A minimal reader (tests only) for what pdfkit writes: objects, pages, and the text drawn on each page.
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

export interface Fragment {
  /** Baseline, from the top of the page. */
  top: number;
  x: number;
  size: number;
  text: string;
}

export interface Rect {
  x: number;
  top: number;
  width: number;
  height: number;
}

export interface Page {
  height: number;
  fragments: Fragment[];
  rects: Rect[];
  images: number;
}

export function pdfObjects(pdf: Buffer): Map<number, Buffer> {
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
export function readPages(pdf: Buffer): Page[] {
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
export function pageText(page: Page): string {
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

export const pdfText = (pdf: Buffer) => readPages(pdf).map(pageText).join('\n');

export const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type \/Page(?!s)\b/g) ?? []).length;

/**
 * A string of the document information dictionary. pdfkit writes each value as an indirect object
 * `(…)`, in UTF-16BE with a BOM when it is not ASCII.
 */
export function infoString(pdf: Buffer, key: string): string | undefined {
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
