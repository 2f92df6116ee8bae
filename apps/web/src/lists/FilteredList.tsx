import { Alert, Button, Group, Loader, NativeSelect, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { problemText } from '../resolutions/problems';

/**
 * A list's filters by state, year and text (the API's `state`, `year`, `q`) and its page, kept in
 * the address (`estado`, `anio`, `q`, `pagina`) so a filtered list can be reloaded or shared.
 */
export function useListFilters<S extends string>(states: readonly S[]) {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('estado');
  const state =
    stateParam !== null && (states as readonly string[]).includes(stateParam)
      ? (stateParam as S)
      : undefined;
  const yearParam = Number(params.get('anio'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : undefined;
  const q = params.get('q')?.trim() || undefined;
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const [text, setText] = useState(q ?? '');

  /** Changes the address; any change but the page's goes back to the first page. */
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes))
      if (value) next.set(key, value);
      else next.delete(key);
    if (!('pagina' in changes)) next.delete('pagina');
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() || undefined });
  };
  const filtered = state !== undefined || year !== undefined || q !== undefined;
  return { state, year, q, page, text, setText, update, search, filtered };
}

type Filters<S extends string> = ReturnType<typeof useListFilters<S>>;

/** The state and year selects and the text search of a list. */
export function ListFilterBar<S extends string>({
  filters,
  states,
  stateLabels,
  searchName,
  searchLabel,
  searchWidth,
}: {
  filters: Filters<S>;
  states: readonly S[];
  stateLabels: Record<S, string>;
  /** The search landmark's name: «Buscar convenios». */
  searchName: string;
  searchLabel: string;
  searchWidth: number;
}) {
  const { state, year, text, setText, update, search } = filters;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  return (
    <Group align="end" gap="sm" wrap="wrap">
      <NativeSelect
        label="Estado"
        value={state ?? ''}
        onChange={(e) => update({ estado: e.currentTarget.value || undefined })}
        data={[
          { value: '', label: 'Todos los estados' },
          ...states.map((s) => ({ value: s, label: stateLabels[s] })),
        ]}
      />
      <NativeSelect
        label="Año"
        value={year ? String(year) : ''}
        onChange={(e) => update({ anio: e.currentTarget.value || undefined })}
        data={[{ value: '', label: 'Todos los años' }, ...years]}
      />
      <form onSubmit={search} role="search" aria-label={searchName}>
        <Group align="end" gap="xs" wrap="nowrap">
          <TextInput
            label={searchLabel}
            type="search"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={{ base: 220, sm: searchWidth }}
          />
          <Button type="submit" variant="default">
            Buscar
          </Button>
        </Group>
      </form>
    </Group>
  );
}

/** A list while it loads, when it fails, and when it is empty (`empty` says why). */
export function ListStatus({
  list,
  loadingLabel,
  empty,
}: {
  list: { isPending: boolean; isError: boolean; error: unknown; data?: { items: unknown[] } };
  loadingLabel: string;
  empty: string;
}) {
  return (
    <>
      {list.isPending && <Loader aria-label={loadingLabel} />}
      {list.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar la lista">
          {problemText(list.error)}
        </Alert>
      )}
      {list.data && list.data.items.length === 0 && <Text>{empty}</Text>}
    </>
  );
}

/** «Más de 200 convenios», «1 convenio», «12 convenios». */
export const countCaption = (
  total: number,
  estimate: boolean | undefined,
  one: string,
  many: string,
): string => (estimate ? `Más de ${total} ${many}` : total === 1 ? `1 ${one}` : `${total} ${many}`);

export const CAPTION_STYLE = { color: 'var(--mantine-color-gray-8)' } as const;
