import { Pagination } from '@mantine/core';

const CONTROL_LABELS = {
  first: 'Primera página',
  previous: 'Página anterior',
  next: 'Página siguiente',
  last: 'Última página',
} as const;

/** The pages of a list, named in Spanish for screen readers; nothing when there is one page. */
export function ListPagination({
  pages,
  page,
  onChange,
}: {
  readonly pages: number;
  readonly page: number;
  readonly onChange: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <Pagination
      total={pages}
      value={page}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
      getItemProps={(n) => ({ 'aria-label': `Página ${n}` })}
    />
  );
}
