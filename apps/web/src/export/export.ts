/** A column of an exported list: its heading and how a row gives its cell. */
export interface ExportColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null;
}

/** A semicolon-separated CSV, as Excel opens it in Spanish locales, with a BOM for the accents. */
export function toCsv<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    columns.map((c) => cell(c.header)).join(';'),
    ...rows.map((row) => columns.map((c) => cell(c.value(row))).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function downloadCsv<T>(
  filename: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
): void {
  download(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), `${filename}.csv`);
}

/** An Excel workbook of one sheet; the writer is fetched only when someone exports. */
export async function downloadXlsx<T>(
  filename: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    columns.map((c) => {
      const value = c.value(row);
      return value === null
        ? null
        : typeof value === 'number'
          ? { type: Number, value }
          : { type: String, value };
    }),
  );
  const blob = await writeXlsxFile([header, ...body], { sheet: 'Lista' }).toBlob();
  download(blob, `${filename}.xlsx`);
}
