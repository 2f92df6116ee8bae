import { Text } from '@mantine/core';
import { type EventForm, EventFormDialog, type FileEventProps } from '../forms/ActionDialog';
import { formatSoles } from '../format';
import { ACTION_LABELS } from './labels';
import {
  type Modification,
  type ModificationEvent,
  type ModificationEventType,
  useSendModificationEvent,
} from './modifications';

/** Each action of the file: what it asks and what it sends (the API validates every field). */
const EVENT_FORMS: Record<ModificationEventType, EventForm<Modification>> = {
  SUBMIT: {
    intro: () => (
      <Text>
        La solicitud pasa a Planeamiento y Presupuesto para su informe técnico. Mientras tanto ya no
        se puede editar.
      </Text>
    ),
    confirm: 'Enviar la solicitud',
  },
  TECHNICAL_REPORT: {
    fields: () => [
      {
        name: 'favorable',
        label: 'Sentido del informe',
        kind: 'radio',
        options: [
          { value: 'true', label: 'Favorable: pasa a la decisión del Gerente Municipal' },
          { value: 'false', label: 'Desfavorable: vuelve a la unidad con sus observaciones' },
        ],
      },
      {
        name: 'reportRef',
        label: 'Informe técnico (número)',
        kind: 'text',
        description: 'Por ejemplo: Informe Técnico N° 045-2026-MML/GPP',
      },
      {
        name: 'observations',
        label: 'Observaciones',
        kind: 'textarea',
        description: 'Obligatorias si el informe es desfavorable.',
      },
    ],
    payload: (v) => ({
      ...(v.favorable ? { favorable: v.favorable === 'true' } : {}),
      ...(v.reportRef?.trim() ? { reportRef: v.reportRef } : {}),
      ...(v.observations?.trim() ? { observations: v.observations } : {}),
    }),
    confirm: 'Registrar el informe técnico',
  },
  APPROVE: {
    intro: (m) => (
      <Text>
        Aprueba la modificación por {formatSoles(m.amountCents)} en ejercicio de la delegación (
        {m.managerDelegation.instrument}). Se crea el proyecto de Resolución de Gerencia Municipal,
        que seguirá su propio trámite hasta su firma.
      </Text>
    ),
    confirm: 'Aprobar y crear el proyecto de resolución',
  },
  ELEVATE: {
    intro: () => <Text>La aprobación corresponde al Alcalde: la solicitud se le eleva.</Text>,
    fields: () => [
      {
        name: 'memoRef',
        label: 'Documento con que la eleva (opcional)',
        kind: 'text',
        description: 'Por ejemplo: Memorando N° 210-2026-MML/GM',
      },
    ],
    confirm: 'Elevar al Alcalde',
  },
  APPROVE_BY_MAYOR: {
    fields: () => [
      {
        name: 'resolutionRef',
        label: 'Resolución de Alcaldía que la aprueba',
        kind: 'text',
        description: 'Por ejemplo: Resolución de Alcaldía N° 120-2026-MML',
      },
    ],
    confirm: 'Registrar la aprobación',
  },
  REJECT: {
    fields: () => [{ name: 'reason', label: 'Motivo de la denegación', kind: 'textarea' }],
    confirm: 'Denegar',
    danger: true,
  },
  WITHDRAW: {
    fields: () => [{ name: 'reason', label: 'Motivo (opcional)', kind: 'textarea' }],
    confirm: 'Retirar la solicitud',
    danger: true,
  },
};

/** One action of the request in its dialog: the API's field errors on each field. */
export function ModificationEventDialog(
  props: FileEventProps<ModificationEventType, Modification>,
) {
  const send = useSendModificationEvent(props.file.id);
  return (
    <EventFormDialog<ModificationEventType, Modification, ModificationEvent>
      {...props}
      forms={EVENT_FORMS}
      labels={ACTION_LABELS}
      send={send}
    />
  );
}
