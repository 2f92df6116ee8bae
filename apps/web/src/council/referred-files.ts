import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { conveniosPage } from '../convenios/convenios';

/** A file the Alcalde referred to the Concejo: an agenda item of its type may decide it. */
export interface ReferredFile {
  id: string;
  kind: 'convenios' | 'budget-reviews';
  /** The agenda item type that decides it (convenio, presupuesto, balance_memoria…). */
  itemType: string;
  label: string;
}

/** Secretaría's address to convene a session whose first item decides this file. */
export const conveneFor = (fileId: string): string => `/concejo/convocar?expediente=${fileId}`;

/** Enough for the Concejo's pending business; the API pages beyond it. */
const PAGE_SIZE = 100;

/**
 * The convenios and management documents waiting for the Concejo's Acuerdo. Each kind's own list
 * says which; the API still checks, when the item is added, that the file awaits the Concejo.
 */
export function useReferredFiles() {
  return useQuery({
    queryKey: ['council', 'referred-files'],
    queryFn: async (): Promise<ReferredFile[]> => {
      const [convenios, reviews] = await Promise.all([
        conveniosPage({ page: 1, pageSize: PAGE_SIZE, state: 'awaiting_council' }),
        unwrap(
          await api.GET('/api/v1/budget-reviews', {
            params: { query: { page: 1, pageSize: PAGE_SIZE, state: 'awaiting_council' } },
          }),
        ),
      ]);
      return [
        ...convenios.items.map((c): ReferredFile => ({
          id: c.id,
          kind: 'convenios',
          itemType: 'convenio',
          label: c.label,
        })),
        ...reviews.items.flatMap((r): ReferredFile[] =>
          r.councilItemType
            ? [{ id: r.id, kind: 'budget-reviews', itemType: r.councilItemType, label: r.label }]
            : [],
        ),
      ];
    },
  });
}
