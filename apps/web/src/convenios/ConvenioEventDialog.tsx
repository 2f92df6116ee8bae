import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SessionUser } from '../api/client';
import { formatDate, formatSoles } from '../format';
import {
  ActionDialog,
  type ActionField as Field,
  CHOOSE,
  type Option,
  plainValues,
} from '../forms/ActionDialog';
import {
  type Convenio,
  type ConvenioEvent,
  type ConvenioEventType,
  useSendConvenioEvent,
} from './convenios';
import { ACTION_LABELS, PARTY_LABELS } from './labels';

interface EventForm {
  intro?: (c: Convenio, user: SessionUser) => ReactNode;
  fields?: (c: Convenio) => Field[];
  /** With the legal checklist of the profile, one checkbox per item. */
  checklist?: boolean;
  /** The payload from the form's values; empty optional values are left out. */
  payload?: (values: Record<string, string>, c: Convenio) => Record<string, unknown>;
  confirm: string;
  danger?: boolean;
}

const PARTIES: Option[] = [
  CHOOSE,
  ...Object.entries(PARTY_LABELS).map(([value, label]) => ({ value, label })),
];
const reason = (label = 'Motivo'): Field => ({ name: 'reason', label, kind: 'textarea' });
const instrument: Field = {
  name: 'instrument',
  label: 'Documento que lo formaliza',
  kind: 'text',
  description: 'Por ejemplo: Carta Notarial N° 015-2027-MML/ALC',
};

const CHECK = 'check:';

/** Each action of the file: what it asks and what it sends (the API validates every field). */
const EVENT_FORMS: Partial<Record<ConvenioEventType, EventForm>> = {
  SUBMIT: {
    intro: (c) => (
      <Text>
        {c.hasFinancialObligations
          ? 'El proyecto pasa a Planeamiento y Presupuesto para la certificación del crédito presupuestario.'
          : 'El proyecto pasa a Asesoría Jurídica para su informe legal.'}{' '}
        Mientras tanto ya no se puede editar.
      </Text>
    ),
    confirm: 'Enviar a trámite',
  },
  CERTIFY_BUDGET: {
    intro: (c) => (
      <Text>
        El convenio compromete {c.amountCents !== null ? formatSoles(c.amountCents) : 'recursos'} de
        la municipalidad. Registre la certificación emitida.
      </Text>
    ),
    fields: () => [
      {
        name: 'certificateRef',
        label: 'Certificación de crédito presupuestario (número)',
        kind: 'text',
        description: 'Por ejemplo: Certificación de Crédito Presupuestario N° 0000123-2026',
      },
    ],
    confirm: 'Registrar la certificación',
  },
  RETURN: {
    intro: () => (
      <Text>El proyecto vuelve a la unidad que lo propuso, con plazo para subsanar.</Text>
    ),
    fields: () => [reason('Motivo de la devolución (qué debe subsanarse)')],
    confirm: 'Devolver el proyecto',
    danger: true,
  },
  LEGAL_OPINION: {
    fields: () => [
      {
        name: 'favorable',
        label: 'Sentido del informe',
        kind: 'radio',
        options: [
          { value: 'true', label: 'Favorable: pasa a la conformidad de la Gerencia Municipal' },
          { value: 'false', label: 'Desfavorable: vuelve a la unidad para subsanar' },
        ],
      },
      { name: 'reportRef', label: 'Informe legal (número)', kind: 'text' },
      {
        name: 'reasons',
        label: 'Motivos',
        kind: 'textarea',
        description: 'Obligatorios si el informe es desfavorable.',
      },
    ],
    checklist: true,
    payload: (v, c) => ({
      ...(v.favorable ? { favorable: v.favorable === 'true' } : {}),
      ...(v.reportRef?.trim() ? { reportRef: v.reportRef } : {}),
      ...(v.reasons?.trim() ? { reasons: v.reasons } : {}),
      checklist: c.legalChecklist.map((item) => ({
        code: item.code,
        met: v[`${CHECK}${item.code}`] === 'true',
      })),
    }),
    confirm: 'Registrar el informe legal',
  },
  CONFORMITY: {
    intro: () => <Text>Con su conformidad, el convenio se eleva al Alcalde.</Text>,
    fields: () => [
      {
        name: 'memoRef',
        label: 'Documento con que lo eleva',
        kind: 'text',
        description: 'Por ejemplo: Memorando N° 210-2026-MML/GMM',
      },
    ],
    confirm: 'Dar conformidad y elevar',
  },
  SEND_TO_COUNCIL: {
    intro: () => <Text>El convenio se propone a la agenda del Concejo Municipal.</Text>,
    fields: () => [{ name: 'memoRef', label: 'Documento de envío (opcional)', kind: 'text' }],
    confirm: 'Enviar al Concejo',
  },
  COUNCIL_APPROVED: {
    intro: () => (
      <Text>
        Registre el Acuerdo de Concejo que aprueba el convenio y autoriza al Alcalde a suscribirlo.
      </Text>
    ),
    fields: () => [
      {
        name: 'agreementNumber',
        label: 'Número del Acuerdo de Concejo',
        kind: 'text',
        description: 'Por ejemplo: ACUERDO DE CONCEJO N° 045-2026-MML',
      },
      {
        name: 'authorisesAddenda',
        label: 'El Acuerdo autoriza también la suscripción de sus adendas',
        kind: 'checkbox',
      },
    ],
    confirm: 'Registrar la aprobación',
  },
  COUNCIL_REJECTED: {
    fields: () => [
      { name: 'agreementNumber', label: 'Número del Acuerdo de Concejo', kind: 'text' },
      reason('Motivo del rechazo'),
    ],
    confirm: 'Registrar el rechazo',
    danger: true,
  },
  SIGN: {
    intro: (c, user) => (
      <Stack gap="xs">
        <Text>
          Usted, <strong>{user.fullName}</strong> ({user.post}), suscribe el convenio con{' '}
          <strong>{c.counterpart.name}</strong>:
        </Text>
        <Text fw={700}>«{c.object}»</Text>
        {c.agreement?.approved && <Text size="sm">Autorizado por {c.agreement.number}.</Text>}
        <Text size="sm">
          Al suscribirlo recibe su número del registro, empieza su vigencia y se abren los
          vencimientos de sus obligaciones.
        </Text>
      </Stack>
    ),
    confirm: 'Suscribir',
  },
  WITHDRAW: {
    fields: () => [reason('Motivo (opcional)')],
    confirm: 'Retirar el proyecto',
    danger: true,
  },
  REPORT_OBLIGATION: {
    fields: (c) => [
      {
        name: 'key',
        label: 'Vencimiento',
        kind: 'select',
        options: [
          CHOOSE,
          ...c.dues
            .filter((d) => d.status !== 'fulfilled')
            .map((d) => ({
              value: d.key,
              label: `${c.obligations[d.index]?.description ?? 'Obligación'} — ${formatDate(d.dueOn)}`,
            })),
        ],
      },
      {
        name: 'evidence',
        label: 'Documento que acredita el cumplimiento',
        kind: 'text',
        description: 'Por ejemplo: Informe N° 012-2027-UNI/FIC',
      },
    ],
    confirm: 'Registrar el cumplimiento',
  },
  ADDENDUM: {
    fields: () => [
      { name: 'object', label: 'Objeto de la adenda', kind: 'textarea' },
      {
        name: 'newEndDate',
        label: 'Nuevo último día de vigencia (si la amplía)',
        kind: 'date',
      },
    ],
    confirm: 'Proponer la adenda',
  },
  MUTUAL_TERMINATION: {
    fields: () => [reason(), instrument],
    confirm: 'Resolver por mutuo acuerdo',
    danger: true,
  },
  TERMINATION_FOR_BREACH: {
    fields: () => [
      { name: 'party', label: 'Parte que incumplió', kind: 'select', options: PARTIES },
      reason(),
      instrument,
    ],
    confirm: 'Resolver por incumplimiento',
    danger: true,
  },
  FREE_EXIT: {
    intro: (c) => (
      <Text>
        Cláusula de libre adhesión y separación: el convenio obliga hasta que venza el preaviso de{' '}
        {c.exitNoticeDays} días calendario, contados desde el día siguiente a la comunicación.
      </Text>
    ),
    fields: () => [
      { name: 'party', label: 'Parte que se separa', kind: 'select', options: PARTIES },
      { ...instrument, description: 'Por ejemplo: Carta N° 031-2027-UNI/R' } as Field,
      { name: 'noticeOn', label: 'Día en que se notificó la separación', kind: 'date' },
      reason('Motivo (opcional)'),
    ],
    confirm: 'Registrar la separación',
    danger: true,
  },
};

/** One action of the file in its dialog: the API's field errors on each field. */
export function ConvenioEventDialog({
  type,
  convenio,
  user,
  onClose,
  onDone,
  onReload,
}: {
  type: ConvenioEventType;
  convenio: Convenio;
  user: SessionUser;
  onClose: () => void;
  onDone: (updated: Convenio) => void;
  onReload: () => void;
}) {
  const spec = EVENT_FORMS[type] ?? { confirm: ACTION_LABELS[type] };
  const send = useSendConvenioEvent(convenio.id);
  return (
    <ActionDialog
      title={ACTION_LABELS[type]}
      confirm={spec.confirm}
      danger={spec.danger}
      fields={() => spec.fields?.(convenio) ?? []}
      version={convenio.version}
      send={send}
      toEvent={(values, fields) =>
        ({
          type,
          ...(spec.payload ? spec.payload(values, convenio) : plainValues(values, fields)),
        }) as ConvenioEvent
      }
      onDone={onDone}
      onClose={onClose}
      onReload={onReload}
      placedElsewhere={(k) => Boolean(spec.checklist) && k.startsWith('checklist')}
      before={() => spec.intro?.(convenio, user)}
      after={({ values, set, errors }) => {
        if (!spec.checklist) return null;
        const checklistError = Object.entries(errors).find(([k]) => k.startsWith('checklist'))?.[1];
        return (
          <Fieldset legend="Lista de verificación del informe legal">
            <Stack gap="xs">
              <Text size="sm" c="gray.7">
                Marque lo que el proyecto cumple. El informe favorable exige la lista completa,
                empezando por la cláusula de libre adhesión y separación.
              </Text>
              {checklistError && (
                <Text c="red.8" size="sm" tabIndex={-1} data-invalid-group>
                  {checklistError}
                </Text>
              )}
              {convenio.legalChecklist.map((item) => (
                <Checkbox
                  key={item.code}
                  label={item.label}
                  checked={values[`${CHECK}${item.code}`] === 'true'}
                  onChange={(e) =>
                    set(`${CHECK}${item.code}`, e.currentTarget.checked ? 'true' : '')
                  }
                />
              ))}
            </Stack>
          </Fieldset>
        );
      }}
    />
  );
}
