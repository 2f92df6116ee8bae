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
import { Link, useNavigate } from 'react-router';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import { type ConveneSession, useConvene } from './council';
import { ITEM_TYPE_LABELS, KIND_LABELS } from './labels';

interface ItemDraft {
  key: number;
  itemType: string;
  title: string;
}

/** Today in Lima as AAAA-MM-DD: the day the Concejo counts its notice from. */
const limaToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date());

/** «Convocar sesión»: kind, day and agenda; the API says whether the notice is enough. */
export function ConvenePage() {
  const navigate = useNavigate();
  const convene = useConvene();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<ConveneSession['kind']>('ordinaria');
  const [date, setDate] = useState(limaToday());
  const [items, setItems] = useState<ItemDraft[]>([{ key: 0, itemType: 'convenio', title: '' }]);
  const [nextKey, setNextKey] = useState(1);
  const errors = fieldErrors(convene.error);
  const problem = problemOf(convene.error);

  const change = (key: number, changes: Partial<ItemDraft>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  const add = () => {
    setItems((list) => [...list, { key: nextKey, itemType: 'convenio', title: '' }]);
    setNextKey(nextKey + 1);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    convene.mutate(
      {
        kind,
        date,
        agenda: items.map(({ itemType, title }) => ({ itemType, title: title.trim() })),
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
                  data={Object.entries(ITEM_TYPE_LABELS).map(([value, label]) => ({
                    value,
                    label,
                  }))}
                  error={errors[`agenda.${index}.itemType`]}
                />
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
