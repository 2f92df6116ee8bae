import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import {
  AgendaItemFields,
  agendaItemInput,
  blankItem,
  type ItemDraft,
  useReferredFileTitles,
} from './AgendaItemFields';
import { type ConveneSession, useConvene } from './council';
import { KIND_LABELS } from './labels';

/** Today in Lima as AAAA-MM-DD: the day the Concejo counts its notice from. */
const limaToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());

/** «Convocar sesión»: kind, day and agenda; the API says whether the notice is enough. */
export function ConvenePage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const convene = useConvene();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<ConveneSession['kind']>('ordinaria');
  const [date, setDate] = useState(limaToday());
  const [items, setItems] = useState<ItemDraft[]>([blankItem(0, params.get('expediente') ?? '')]);
  const [nextKey, setNextKey] = useState(1);
  // Arriving with ?expediente=…: its item takes the file's type and name once the list loads.
  useReferredFileTitles(setItems);
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
        agenda: items.map(agendaItemInput),
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
                <AgendaItemFields
                  item={item}
                  label={`del asunto ${index + 1}`}
                  errors={errors}
                  prefix={`agenda.${index}.`}
                  onChange={(changes) => change(item.key, changes)}
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
