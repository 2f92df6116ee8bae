import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

/** A type Despacho accepts, as found in the content (never as declared by the client). */
export interface AcceptedType {
  readonly mediaType: string;
  readonly extension: string;
  /** For messages, in Spanish. */
  readonly label: string;
}

const type = (mediaType: string, extension: string, label: string): AcceptedType => ({
  mediaType,
  extension,
  label,
});

/**
 * PDF and office documents. Macro-enabled formats (docm, xlsm…) are not accepted: they carry
 * code. OOXML and ODF are ZIP packages told apart by their entries; legacy binary Office files
 * are OLE2 compound files told apart by the class id of their root entry.
 */
export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  type('application/pdf', 'pdf', 'PDF'),
  type(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'docx',
    'Word (docx)',
  ),
  type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', 'Excel (xlsx)'),
  type(
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'pptx',
    'PowerPoint (pptx)',
  ),
  type('application/vnd.oasis.opendocument.text', 'odt', 'texto OpenDocument (odt)'),
  type('application/vnd.oasis.opendocument.spreadsheet', 'ods', 'hoja OpenDocument (ods)'),
  type('application/vnd.oasis.opendocument.presentation', 'odp', 'presentación OpenDocument (odp)'),
  type('application/msword', 'doc', 'Word 97-2003 (doc)'),
  type('application/vnd.ms-excel', 'xls', 'Excel 97-2003 (xls)'),
  type('application/vnd.ms-powerpoint', 'ppt', 'PowerPoint 97-2003 (ppt)'),
];

const BY_MEDIA_TYPE = new Map(ACCEPTED_TYPES.map((t) => [t.mediaType, t]));
const BY_EXTENSION = new Map(ACCEPTED_TYPES.map((t) => [t.extension, t]));

/** Root-entry class ids of the legacy Office formats (MS-CFB 2.6.1, as stored: little-endian fields). */
const OLE2_CLASSES: ReadonlyMap<string, string> = new Map([
  ['00020906-0000-0000-c000-000000000046', 'application/msword'], // Word.Document.8
  ['00020900-0000-0000-c000-000000000046', 'application/msword'], // Word 6-95
  ['00020820-0000-0000-c000-000000000046', 'application/vnd.ms-excel'], // Excel.Sheet.8
  ['00020810-0000-0000-c000-000000000046', 'application/vnd.ms-excel'], // Excel 5-95
  ['64818d10-4f9b-11cf-86ea-00aa00b929e8', 'application/vnd.ms-powerpoint'], // PowerPoint.Show.8
]);

/** `{00020906-…}` as the 16 bytes of a CLSID field (first three groups little-endian). */
function guidOf(bytes: Buffer): string {
  const hex = (from: number, to: number, reverse: boolean) => {
    const part = Buffer.from(bytes.subarray(from, to));
    return (reverse ? part.reverse() : part).toString('hex');
  };
  return [
    hex(0, 4, true),
    hex(4, 6, true),
    hex(6, 8, true),
    hex(8, 10, false),
    hex(10, 16, false),
  ].join('-');
}

/**
 * The legacy Office type of an OLE2 compound file, from its root directory entry's class id.
 * Two positional reads: an OLE2 installer (msi) or any other compound file is not a document.
 */
async function ole2Type(path: string): Promise<string | undefined> {
  const file = await open(path, 'r');
  try {
    const header = Buffer.alloc(512);
    if ((await file.read(header, 0, 512, 0)).bytesRead < 512) return undefined;
    const sectorShift = header.readUInt16LE(0x1e);
    if (sectorShift !== 9 && sectorShift !== 12) return undefined;
    const firstDirectorySector = header.readUInt32LE(0x30);
    if (firstDirectorySector >= 0xfffffffa) return undefined;
    // Sector n starts after the header, which takes a whole sector in version 4 files.
    const headerSize = Math.max(512, 1 << sectorShift);
    const rootEntry = headerSize + firstDirectorySector * (1 << sectorShift);
    const entry = Buffer.alloc(128);
    if ((await file.read(entry, 0, 128, rootEntry)).bytesRead < 128) return undefined;
    // Object type 5 = root storage; its CLSID is at offset 0x50.
    if (entry[0x42] !== 5) return undefined;
    return OLE2_CLASSES.get(guidOf(entry.subarray(0x50, 0x60)));
  } finally {
    await file.close();
  }
}

/**
 * What the file is, read from its content; undefined for anything not accepted (an executable,
 * a macro-enabled document, an image, a plain ZIP…). Reads only the parts it needs.
 */
export async function sniffMediaType(path: string): Promise<AcceptedType | undefined> {
  const found = await fileTypeFromFile(path).catch((error: unknown) => {
    // A parser choking on crafted content means "not a document we accept", not a server fault.
    if (typeof (error as { code?: unknown }).code === 'string') throw error; // I/O: ENOENT, EIO…
    return undefined;
  });
  if (!found) return undefined;
  if (found.mime === 'application/x-cfb') {
    const legacy = await ole2Type(path);
    return legacy === undefined ? undefined : BY_MEDIA_TYPE.get(legacy);
  }
  return BY_MEDIA_TYPE.get(found.mime);
}

/** The accepted type a file name claims by its extension, if it claims one. */
export function claimedType(fileName: string): AcceptedType | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION.get(fileName.slice(dot + 1).toLowerCase());
}
