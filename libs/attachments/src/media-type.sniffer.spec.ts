import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { claimedType, sniffMediaType } from './media-type.sniffer.js';

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x" ContentType="${main}"/></Types>`;

/** An OLE2 compound file (v3, 512-byte sectors) whose root entry has this class id. */
function ole2(clsid: string): Buffer {
  const bytes = Buffer.alloc(512 * 3);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 0x18); // minor version
  bytes.writeUInt16LE(3, 0x1a); // major version
  bytes.writeUInt16LE(0xfffe, 0x1c); // little-endian
  bytes.writeUInt16LE(9, 0x1e); // sector shift
  bytes.writeUInt32LE(1, 0x30); // first directory sector: sector 1 (offset 1024)
  const root = 512 * 2;
  Buffer.from('Root Entry', 'utf16le').copy(bytes, root);
  bytes.writeUInt16LE(22, root + 0x40);
  bytes[root + 0x42] = 5; // root storage
  const [d1, d2, d3, d4, d5] = clsid.split('-') as [string, string, string, string, string];
  Buffer.concat([
    Buffer.from(d1, 'hex').reverse(),
    Buffer.from(d2, 'hex').reverse(),
    Buffer.from(d3, 'hex').reverse(),
    Buffer.from(d4 + d5, 'hex'),
  ]).copy(bytes, root + 0x50);
  return bytes;
}

describe('sniffMediaType: the type is read from the content', () => {
  let dir: string;
  let n = 0;
  const sniff = (bytes: Buffer | Uint8Array) => {
    const path = join(dir, `f${n++}`);
    writeFileSync(path, bytes);
    return sniffMediaType(path);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'despacho-sniff-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts PDF', async () => {
    expect(await sniff(Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n'))).toMatchObject({
      mediaType: 'application/pdf',
      extension: 'pdf',
    });
  });

  it('accepts OOXML by its parts', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8(
        CONTENT_TYPES(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        ),
      ),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect((await sniff(docx))?.extension).toBe('docx');
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8(
        CONTENT_TYPES('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect((await sniff(xlsx))?.extension).toBe('xlsx');
  });

  it('accepts OpenDocument by its mimetype entry', async () => {
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect((await sniff(odt))?.extension).toBe('odt');
  });

  it('accepts legacy Word, Excel and PowerPoint, and no other compound file', async () => {
    expect((await sniff(ole2('00020906-0000-0000-c000-000000000046')))?.extension).toBe('doc');
    expect((await sniff(ole2('00020820-0000-0000-c000-000000000046')))?.extension).toBe('xls');
    expect((await sniff(ole2('64818d10-4f9b-11cf-86ea-00aa00b929e8')))?.extension).toBe('ppt');
    // A Windows Installer package is an OLE2 file too.
    expect(await sniff(ole2('000c1084-0000-0000-c000-000000000046'))).toBeUndefined();
  });

  it('refuses executables, macro-enabled documents, plain ZIPs, images and text', async () => {
    const mz = Buffer.alloc(1024);
    mz.write('MZ', 0, 'latin1');
    mz.writeUInt32LE(0x80, 0x3c);
    mz.write('PE\0\0', 0x80, 'latin1');
    expect(await sniff(mz)).toBeUndefined();
    const elf = Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(64)]);
    expect(await sniff(elf)).toBeUndefined();
    const docm = zipSync({
      '[Content_Types].xml': strToU8(
        CONTENT_TYPES('application/vnd.ms-word.document.macroEnabled.main+xml'),
      ),
      'word/document.xml': strToU8('<w:document/>'),
      'word/vbaProject.bin': strToU8('x'),
    });
    expect(await sniff(docm)).toBeUndefined();
    expect(await sniff(zipSync({ 'setup.exe': strToU8('MZ') }))).toBeUndefined();
    expect(await sniff(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))).toBeUndefined();
    expect(await sniff(Buffer.from('Informe de obras\n'))).toBeUndefined();
  });

  it('reads the type a name claims from its extension', () => {
    expect(claimedType('Informe N° 3.PDF')?.mediaType).toBe('application/pdf');
    expect(claimedType('cuadro.xlsx')?.extension).toBe('xlsx');
    expect(claimedType('setup.exe')).toBeUndefined();
    expect(claimedType('sin-extension')).toBeUndefined();
  });
});
