import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useConvenioList } from '../convenios/convenios';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import { type ConveneSession, useConvene, useItemTypes } from './council';
import { KIND_LABELS } from './labels';

interface ItemDraft {
  key: number;
  itemType: string;
  title: string;
  /** The convenio the item decides (one the Alcalde referred to the Concejo). */
  convenioId: string;
  authorisesAddenda: boolean;
}

const blankItem = (key: number, convenioId = ''): ItemDraft => ({
  key,
  itemType: 'convenio',
  title: '',
  convenioId,
  authorisesAddenda: false,
});

/** Today in Lima as AAAA-MM-DD: the day the Concejo counts its notice from. */
const limaToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());

/** «Convocar sesión»: kind, day and agenda; the API says whether the notice is enough. */
export function ConvenePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const convene = useConvene();
  const itemTypes = useItemTypes();
  const referred = useConvenioList({ page: 1, state: 'awaiting_council' });
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<ConveneSession['kind']>('ordinaria');
  const [date, setDate] = useState(limaToday());
  const [items, setItems] = useState<ItemDraft[]>([blankItem(0, params.get('convenio') ?? '')]);
  const [nextKey, setNextKey] = useState(1);
  // Arriving with ?convenio=…: its item takes the convenio's name as title once the list loads.
  useEffect(() => {
    const found = referred.data?.items;
    if (!found) return;
    setItems((list) =>
      list.map((item) => {
        const chosen = found.find((c) => c.id === item.convenioId);
        return chosen && !item.title ? { ...item, title: chosen.label } : item;
      }),
    );
  }, [referred.data]);
  const errors = fieldErrors(convene.error);
  const problem = problemOf(convene.error);

  const change = (key: number, changes: Partial<ItemDraft>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  const add = () => {
    setItems((list) => [...list, blankItem(nextKey)]);
    setNextKey(nextKey + 1);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    convene.mutate(
      {
        kind,
        date,
        agenda: items.map((item) => ({
          itemType: item.itemType,
          title: item.title.trim(),
          ...(item.itemType === 'convenio' && item.convenioId
            ? { workflowInstanceId: item.convenioId, authorisesAddenda: item.authorisesAddenda }
            : {}),
        })),
      },
      {
        onSuccess: (session) => void navigate(`/concejo/sesiones/${session.id}`),
        onError: () => setTimeout(() => focusFirstInvalid(form.current)),
      },
    );
  };

  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        Convocar sesión
      </Title>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          {problem && problem.code !== 'VALIDATION_FAILED' && (
            <Alert color="red" role="alert" title="No se puede convocar">
              {problemText(convene.error)}
            </Alert>
          )}
          {convene.isError && !problem && (
            <Alert color="red" role="alert" title="No se puede convocar">
              {problemText(convene.error)}
            </Alert>
          )}
          <Group align="start" grow>
            <NativeSelect
              label="Tipo de sesión"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as ConveneSession['kind'])}
              data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
              error={errors.kind}
            />
            <TextInput
              label="Fecha de la sesión"
              type="date"
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errors.date}
            />
          </Group>
          {kind === 'extraordinaria' && (
            <Text size="sm" c="gray.7">
              La extraordinaria solo trata los asuntos de su agenda y se convoca con la anticipación
              que fija el perfil de la municipalidad.
            </Text>
          )}
          <Title order={2} size="h4">
            Agenda
          </Title>
          {errors.agenda && (
            <Text c="red.8" size="sm" role="alert">
              {errors.agenda}
            </Text>
          )}
          {items.map((item, index) => (
            <Paper key={item.key} withBorder p="sm">
              <Stack gap="xs">
                <Text fw={600}>Asunto {index + 1}</Text>
                <NativeSelect
                  label={`Tipo del asunto ${index + 1}`}
                  value={item.itemType}
                  onChange={(e) => change(item.key, { itemType: e.currentTarget.value })}
                  data={(itemTypes.data?.items ?? [{ code: 'convenio', name: 'Convenio' }]).map(
                    (t) => ({ value: t.code, label: t.name }),
                  )}
                  error={errors[`agenda.${index}.itemType`]}
                />
                {item.itemType === 'convenio' && (
                  <>
                    <NativeSelect
                      label={`Convenio del asunto ${index + 1}`}
                      description="Los que el Alcalde remitió al Concejo; el Acuerdo que lo apruebe autoriza su firma."
                      value={item.convenioId}
                      onChange={(e) => {
                        const id = e.currentTarget.value;
                        const chosen = referred.data?.items.find((c) => c.id === id);
                        change(item.key, {
                          convenioId: id,
                          ...(chosen && !item.title ? { title: chosen.label } : {}),
                        });
                      }}
                      data={[
                        { value: '', label: 'Ninguno (asunto sin expediente)' },
                        ...(referred.data?.items ?? []).map((c) => ({
                          value: c.id,
                          label: c.label,
                        })),
                      ]}
                      error={errors[`agenda.${index}.workflowInstanceId`]}
                    />
                    {item.convenioId && (
                      <Checkbox
                        label="El Acuerdo autoriza también la suscripción de sus adendas"
                        checked={item.authorisesAddenda}
                        onChange={(e) =>
                          change(item.key, { authorisesAddenda: e.currentTarget.checked })
                        }
                      />
                    )}
                  </>
                )}
                <TextInput
                  label={`Título del asunto ${index + 1}`}
                  required
                  value={item.title}
                  onChange={(e) => change(item.key, { title: e.currentTarget.value })}
                  error={errors[`agenda.${index}.title`]}
                />
                {items.length > 1 && (
                  <Group>
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
                    >
                      Quitar el asunto {index + 1}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button variant="default" onClick={add}>
              Agregar asunto
            </Button>
          </Group>
          <Group>
            <Button type="submit" loading={convene.isPending}>
              Convocar
            </Button>
            <Button component={Link} to="/concejo" variant="subtle">
              Cancelar
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
