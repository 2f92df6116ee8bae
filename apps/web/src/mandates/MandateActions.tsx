import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../api/client';
import {
  EVENT_NAMES,
  fieldErrors,
  type Mandate,
  type MandateEvent,
  type MandateEventType,
  newKey,
  useReloadMandate,
  useSendEvent,
} from './mandates';

/** The order of the buttons: the work first, closing it last. */
const ORDER: MandateEventType[] = ['REPORT_PROGRESS', 'SUBMIT', 'ACCEPT', 'RETURN', 'CANCEL'];

/** One button per event the API says this user may send now (allowedEvents), each with its form. */
export function MandateActions({ mandate }: { mandate: Mandate }) {
  const [open, setOpen] = useState<MandateEventType | null>(null);
  const allowed = ORDER.filter((type) => mandate.allowedEvents.includes(type));
  if (allowed.length === 0) return null;
  return (
    <>
      <Group gap="sm">
        {allowed.map((type) => (
          <Button
            key={type}
            variant={type === 'CANCEL' || type === 'RETURN' ? 'default' : 'filled'}
            color={type === 'CANCEL' ? 'red.9' : undefined}
            onClick={() => setOpen(type)}
          >
            {EVENT_NAMES[type]}
          </Button>
        ))}
      </Group>
      {open && <EventModal type={open} mandate={mandate} onClose={() => setOpen(null)} />}
    </>
  );
}

interface Fields {
  note: string;
  percent: number | '';
  evidence: string;
  reason: string;
}

const INTRO: Record<MandateEventType, string> = {
  REPORT_PROGRESS: 'Informe cuánto se avanzó y qué se hizo. Queda en la historia del encargo.',
  SUBMIT:
    'Presente el cumplimiento para que quien asignó el encargo lo revise. Adjunte antes los documentos en «Evidencia».',
  ACCEPT: 'El encargo queda cumplido y se cierra: sus adjuntos ya no cambian.',
  RETURN: 'El encargo vuelve a la unidad responsable, con un plazo nuevo, y el motivo que escriba.',
  CANCEL: 'El encargo queda sin efecto y se cierra. Indique por qué.',
};

/** What the console checks before sending; the API checks the rest and names the field. */
function missing(type: MandateEventType, fields: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (type === 'REPORT_PROGRESS') {
    if (fields.percent === '') errors['percent'] = 'Indique el porcentaje de avance.';
    if (!fields.note.trim()) errors['note'] = 'Describa el avance.';
  }
  if (type === 'SUBMIT' && !fields.evidence.trim())
    errors['evidence'] = 'Indique el sustento del cumplimiento.';
  if ((type === 'RETURN' || type === 'CANCEL') && !fields.reason.trim())
    errors['reason'] = 'Escriba el motivo.';
  return errors;
}

function eventOf(type: MandateEventType, fields: Fields): MandateEvent {
  switch (type) {
    case 'REPORT_PROGRESS':
      return { type, note: fields.note, percent: Number(fields.percent) };
    case 'SUBMIT':
      return { type, evidence: fields.evidence };
    case 'ACCEPT':
      return { type };
    case 'RETURN':
    case 'CANCEL':
      return { type, reason: fields.reason };
  }
}

function EventModal({
  type,
  mandate,
  onClose,
}: {
  type: MandateEventType;
  mandate: Mandate;
  onClose: () => void;
}) {
  const send = useSendEvent(mandate);
  const reload = useReloadMandate(mandate.id);
  const [fields, setFields] = useState<Fields>({ note: '', percent: '', evidence: '', reason: '' });
  const [checked, setChecked] = useState<Record<string, string>>({});
  // One key while this form is open: only an applied event stores its answer under it.
  const [key] = useState(newKey);
  const set = <K extends keyof Fields>(name: K, value: Fields[K]) =>
    setFields((current) => ({ ...current, [name]: value }));

  const problem = send.error instanceof ApiProblem ? send.error.problem : null;
  const conflict = problem?.code === 'VERSION_CONFLICT';
  // After a conflict the mandate was read again: the event may no longer be possible.
  const stillAllowed = mandate.allowedEvents.includes(type);
  const api = fieldErrors(send.error);
  const error = (field: string) => checked[field] ?? api[field];
  const own = ['note', 'percent', 'evidence', 'reason'];
  const unplaced = send.isError && !conflict && !Object.keys(api).some((f) => own.includes(f));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = missing(type, fields);
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    send.mutate(
      { event: eventOf(type, fields), key },
      {
        onSuccess: onClose,
        onError: (failure) => {
          // Someone else changed it: read the version in force; what the user wrote stays here.
          if (failure instanceof ApiProblem && failure.problem.code === 'VERSION_CONFLICT')
            void reload();
        },
      },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={EVENT_NAMES[type]}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Cerrar' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{INTRO[type]}</Text>
          {conflict && (
            <Alert color="indigo" role="alert" title="El encargo cambió mientras usted escribía">
              Otra persona lo modificó antes que usted. Ya se cargó la versión vigente (
              {mandate.version}); su texto sigue aquí: revíselo y vuelva a enviarlo.
            </Alert>
          )}
          {!stillAllowed && (
            <Alert color="red" role="alert" title="Esta acción ya no procede">
              Con el estado actual del encargo ya no puede «{EVENT_NAMES[type].toLowerCase()}». Su
              texto sigue aquí por si desea copiarlo.
            </Alert>
          )}
          {unplaced && (
            <Alert color="red" role="alert" title="No se pudo registrar">
              {problem?.detail ?? 'No hay conexión con el servidor. Intente de nuevo.'}
            </Alert>
          )}
          {type === 'REPORT_PROGRESS' && (
            <>
              <NumberInput
                label="Avance (%)"
                description="De 0 a 100"
                required
                data-autofocus
                allowDecimal={false}
                allowNegative={false}
                value={fields.percent}
                error={error('percent')}
                onChange={(value) => set('percent', typeof value === 'number' ? value : '')}
                w={160}
              />
              <Textarea
                label="Qué se avanzó"
                required
                autosize
                minRows={3}
                value={fields.note}
                error={error('note')}
                onChange={(e) => set('note', e.currentTarget.value)}
              />
            </>
          )}
          {type === 'SUBMIT' && (
            <Textarea
              label="Sustento del cumplimiento"
              description="El documento que lo acredita, p. ej. «Informe N° 120-2026-MML/GDU»"
              required
              data-autofocus
              autosize
              minRows={2}
              value={fields.evidence}
              error={error('evidence')}
              onChange={(e) => set('evidence', e.currentTarget.value)}
            />
          )}
          {(type === 'RETURN' || type === 'CANCEL') && (
            <Textarea
              label="Motivo"
              required
              data-autofocus
              autosize
              minRows={3}
              value={fields.reason}
              error={error('reason')}
              onChange={(e) => set('reason', e.currentTarget.value)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cerrar
            </Button>
            <Button
              type="submit"
              loading={send.isPending}
              disabled={!stillAllowed}
              color={type === 'CANCEL' ? 'red.9' : undefined}
            >
              {EVENT_NAMES[type]}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
