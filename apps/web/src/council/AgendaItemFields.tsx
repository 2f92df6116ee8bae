import { Checkbox, NativeSelect, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { type AgendaItemInput, useItemTypes } from './council';
import { type ReferredFile, useReferredFiles } from './referred-files';

/** An agenda item as the Secretaría types it, before it is sent. */
export interface ItemDraft {
  key: number;
  itemType: string;
  title: string;
  /** The file the item decides (a convenio or a management document the Alcalde referred). */
  fileId: string;
  authorisesAddenda: boolean;
}

export const blankItem = (key: number, fileId = ''): ItemDraft => ({
  key,
  itemType: 'convenio',
  title: '',
  fileId,
  authorisesAddenda: false,
});

/** The item as the API takes it: the addenda authorisation only for a convenio. */
export const agendaItemInput = (item: ItemDraft): AgendaItemInput => ({
  itemType: item.itemType,
  title: item.title.trim(),
  ...(item.fileId
    ? {
        workflowInstanceId: item.fileId,
        ...(item.itemType === 'convenio' ? { authorisesAddenda: item.authorisesAddenda } : {}),
      }
    : {}),
});

/** A referred file chosen for an item lends it its type and, while it has none, its title. */
const withFile = (item: ItemDraft, file: ReferredFile): ItemDraft => ({
  ...item,
  fileId: file.id,
  itemType: file.itemType,
  title: item.title || file.label,
});

/**
 * A referred file chosen before the list loaded (arriving with ?expediente=…) gives its item the
 * type and the title once it loads.
 */
export function useReferredFileTitles(
  setItems: (update: (items: ItemDraft[]) => ItemDraft[]) => void,
): void {
  const referred = useReferredFiles();
  useEffect(() => {
    const found = referred.data;
    if (!found) return;
    setItems((list) =>
      list.map((item) => {
        const chosen = found.find((f) => f.id === item.fileId);
        return chosen ? withFile(item, chosen) : item;
      }),
    );
  }, [referred.data, setItems]);
}

/**
 * The fields of one agenda item (type from the profile, the referred file it decides — a convenio
 * «y sus adendas» —, title), shared by «Convocar sesión» and the desk's «Agregar asunto».
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
  const referred = useReferredFiles();
  const files = (referred.data ?? []).filter((f) => f.itemType === item.itemType);
  const isConvenio = item.itemType === 'convenio';
  return (
    <>
      <NativeSelect
        label={`Tipo ${label}`}
        value={item.itemType}
        onChange={(e) => onChange({ itemType: e.currentTarget.value, fileId: '' })}
        data={(itemTypes.data?.items ?? [{ code: 'convenio', name: 'Convenio' }]).map((t) => ({
          value: t.code,
          label: t.name,
        }))}
        error={errors[`${prefix}itemType`]}
      />
      {(isConvenio || files.length > 0 || item.fileId !== '') && (
        <>
          <NativeSelect
            label={`Expediente ${label}`}
            description={
              isConvenio
                ? 'Los convenios que el Alcalde remitió al Concejo; el Acuerdo que lo apruebe autoriza su firma.'
                : 'Los documentos de gestión que el Alcalde remitió al Concejo; el Acuerdo que lo apruebe los aprueba.'
            }
            value={item.fileId}
            onChange={(e) => {
              const chosen = files.find((f) => f.id === e.currentTarget.value);
              onChange(chosen ? withFile(item, chosen) : { fileId: '' });
            }}
            data={[
              { value: '', label: 'Ninguno (asunto sin expediente)' },
              ...files.map((f) => ({ value: f.id, label: f.label })),
            ]}
            error={errors[`${prefix}workflowInstanceId`]}
          />
          {isConvenio && item.fileId && (
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
