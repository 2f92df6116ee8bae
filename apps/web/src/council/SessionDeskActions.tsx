import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import { AgendaItemFields, agendaItemInput, blankItem, type ItemDraft } from './AgendaItemFields';
import { type CouncilSession, useAddItem, useAdjourn } from './council';
import { NOTE } from './notes';

/**
 * «Agregar asunto» on the desk of a convened or ongoing ordinaria (the same fields as when
 * convening); an extraordinaria says its agenda is locked, a solemne that it treats no items.
 */
export function AddAgendaItem({ session }: { session: CouncilSession }) {
  const add = useAddItem(session.id);
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [item, setItem] = useState<ItemDraft>(blankItem(0));
  const errors = fieldErrors(add.error);
  const problem = problemOf(add.error);

  if (session.kind === 'extraordinaria' || session.agendaLocked)
    return (
      <Alert color="gray" styles={NOTE} role="note" title="Agenda cerrada">
        La sesión extraordinaria solo trata los asuntos de su convocatoria: no se agregan otros (LOM
        Art. 13).
      </Alert>
    );
  if (session.kind === 'solemne')
    return (
      <Text size="sm" c="gray.7">
        La sesión solemne no trata asuntos ni vota.
      </Text>
    );
  if (!open)
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          Agregar asunto
        </Button>
      </Group>
    );

  const close = () => {
    add.reset();
    setItem(blankItem(item.key + 1));
    setOpen(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(agendaItemInput(item), {
      onSuccess: close,
      onError: () => setTimeout(() => focusFirstInvalid(form.current)),
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Agregar asunto a la orden del día">
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={3} size="h4">
            Agregar asunto a la orden del día
          </Title>
          {add.isError && problem?.code !== 'VALIDATION_FAILED' && (
            <Alert color="red" role="alert" title="No se pudo agregar el asunto">
              {problemText(add.error)}
            </Alert>
          )}
          <AgendaItemFields
            item={item}
            label="del nuevo asunto"
            errors={errors}
            onChange={(changes) => setItem((current) => ({ ...current, ...changes }))}
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Agregar a la agenda
            </Button>
            <Button variant="subtle" onClick={close}>
              Cancelar
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** «Levantar la sesión», confirmed in a dialog: afterwards nothing more is recorded in it. */
export function AdjournSession({ session }: { session: CouncilSession }) {
  const adjourn = useAdjourn(session.id);
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    adjourn.reset();
    setConfirming(false);
  };
  return (
    <>
      <Group>
        <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
          Levantar la sesión
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={close}
        title="Levantar la sesión"
        closeButtonProps={{ 'aria-label': 'Cerrar' }}
      >
        <Stack>
          <Text>
            Después de levantarla no se registra en ella asistencia, votos ni asuntos. Su acta se
            aprueba luego en una sesión posterior, si no se dispensó su lectura.
          </Text>
          {adjourn.isError && (
            <Alert color="red" role="alert" title="No se pudo levantar la sesión">
              {problemText(adjourn.error)}
            </Alert>
          )}
          <Group justify="end">
            <Button variant="default" onClick={close}>
              Cancelar
            </Button>
            <Button
              color="red"
              loading={adjourn.isPending}
              onClick={() => adjourn.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              Sí, levantar la sesión
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
