import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { downloadCsv, downloadXlsx, type ExportColumn } from './export';

/** Rows exported at most: the lists' own page window. */
export const EXPORT_LIMIT = 10_000;

/**
 * «Exportar CSV» and «Exportar Excel» for a list: every row of it (not only the page shown), read
 * when the button is pressed.
 */
export function ExportButtons<T>({
  filename,
  columns,
  rows,
}: {
  readonly filename: string;
  readonly columns: readonly ExportColumn<T>[];
  /** Every row of the list, as the list's filters give them. */
  readonly rows: () => Promise<readonly T[]>;
}) {
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setError(null);
    try {
      const all = await rows();
      if (format === 'csv') downloadCsv(filename, columns, all);
      else await downloadXlsx(filename, columns, all);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'No se pudo exportar la lista.');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      <Button variant="default" size="xs" loading={busy === 'csv'} onClick={() => void run('csv')}>
        Exportar CSV
      </Button>
      <Button
        variant="default"
        size="xs"
        loading={busy === 'xlsx'}
        onClick={() => void run('xlsx')}
      >
        Exportar Excel
      </Button>
      {error && (
        <Alert color="red" role="alert" title="No se pudo exportar">
          {error}
        </Alert>
      )}
    </Group>
  );
}

/** Every page of a paginated list, 100 rows at a time, up to EXPORT_LIMIT rows. */
export async function allPages<T>(
  page: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
): Promise<T[]> {
  const pageSize = 100;
  const rows: T[] = [];
  for (let n = 1; rows.length < EXPORT_LIMIT; n++) {
    const result = await page(n, pageSize);
    rows.push(...result.items);
    if (result.items.length < pageSize || rows.length >= result.total) break;
  }
  return rows;
}
