import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useConvenioList } from '../convenios/convenios';
import { type AgendaItemInput, useItemTypes } from './council';

/** An agenda item as the Secretaría types it, before it is sent. */
export interface ItemDraft {
  key: number;
  itemType: string;
  title: string;
  /** The convenio the item decides (one the Alcalde referred to the Concejo). */
  convenioId: string;
  authorisesAddenda: boolean;
}

export const blankItem = (key: number, convenioId = ''): ItemDraft => ({
  key,
  itemType: 'convenio',
  title: '',
  convenioId,
  authorisesAddenda: false,
});

/** The item as the API takes it: a convenio only on a convenio item. */
export const agendaItemInput = (item: ItemDraft): AgendaItemInput => ({
  itemType: item.itemType,
  title: item.title.trim(),
  ...(item.itemType === 'convenio' && item.convenioId
    ? { workflowInstanceId: item.convenioId, authorisesAddenda: item.authorisesAddenda }
    : {}),
});

/** The convenios the Alcalde referred to the Concejo: the ones an item may decide. */
export function useReferredConvenios() {
  return useConvenioList({ page: 1, state: 'awaiting_council' });
}

/**
 * A referred convenio chosen before its list loaded (arriving with ?convenio=…) lends its name to
 * an item still without title.
 */
export function useConvenioTitles(
  setItems: (update: (items: ItemDraft[]) => ItemDraft[]) => void,
): void {
  const referred = useReferredConvenios();
  useEffect(() => {
    const found = referred.data?.items;
    if (!found) return;
    setItems((list) =>
      list.map((item) => {
        const chosen = found.find((c) => c.id === item.convenioId);
        return chosen && !item.title ? { ...item, title: chosen.label } : item;
      }),
    );
  }, [referred.data, setItems]);
}

/**
 * The fields of one agenda item (type from the profile, optional referred convenio «y sus
 * adendas», title), shared by «Convocar sesión» and the desk's «Agregar asunto».
 * `label` names the item in every field's label («del asunto 2»); `errors` are the API's field
 * errors under `prefix` (`agenda.1.` when convening, none when adding one item).
 */
export function AgendaItemFields({
  item,
  label,
  errors,
  prefix = '',
  onChange,
}: {
  item: ItemDraft;
  label: string;
  errors: Record<string, string>;
  prefix?: string;
  onChange: (changes: Partial<ItemDraft>) => void;
}) {
  const itemTypes = useItemTypes();
  const referred = useReferredConvenios();
  return (
    <>
      <NativeSelect
        label={`Tipo ${label}`}
        value={item.itemType}
        onChange={(e) => onChange({ itemType: e.currentTarget.value })}
        data={(itemTypes.data?.items ?? [{ code: 'convenio', name: 'Convenio' }]).map((t) => ({
          value: t.code,
          label: t.name,
        }))}
        error={errors[`${prefix}itemType`]}
      />
      {item.itemType === 'convenio' && (
        <>
          <NativeSelect
            label={`Convenio ${label}`}
            description="Los que el Alcalde remitió al Concejo; el Acuerdo que lo apruebe autoriza su firma."
            value={item.convenioId}
            onChange={(e) => {
              const id = e.currentTarget.value;
              const chosen = referred.data?.items.find((c) => c.id === id);
              onChange({
                convenioId: id,
                ...(chosen && !item.title ? { title: chosen.label } : {}),
              });
            }}
            data={[
              { value: '', label: 'Ninguno (asunto sin expediente)' },
              ...(referred.data?.items ?? []).map((c) => ({ value: c.id, label: c.label })),
            ]}
            error={errors[`${prefix}workflowInstanceId`]}
          />
          {item.convenioId && (
            <Checkbox
              label="El Acuerdo autoriza también la suscripción de sus adendas"
              checked={item.authorisesAddenda}
              onChange={(e) => onChange({ authorisesAddenda: e.currentTarget.checked })}
            />
          )}
        </>
      )}
      <TextInput
        label={`Título ${label}`}
        required
        value={item.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        error={errors[`${prefix}title`]}
      />
    </>
  );
}
