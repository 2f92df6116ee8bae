import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { SessionUser } from '../api/client';
import { formatDate, formatSoles } from '../format';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import { hint } from '../resolutions/StateBadge';
import {
  type Convenio,
  type ConvenioEvent,
  type ConvenioEventType,
  useSendConvenioEvent,
} from './convenios';
import { ACTION_LABELS, PARTY_LABELS } from './labels';

type Option = { value: string; label: string };
type Field =
  | { name: string; label: string; kind: 'text' | 'textarea' | 'date'; description?: string }
  | { name: string; label: string; kind: 'select' | 'radio'; options: Option[] }
  | { name: string; label: string; kind: 'checkbox' };

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

const CHOOSE: Option = { value: '', label: 'Elija…' };
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

/** The values without the empty ones (the API says which are missing). */
function plain(values: Record<string, string>, fields: Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name]?.trim() ?? '';
    if (field.kind === 'checkbox') out[field.name] = value === 'true';
    else if (value !== '') out[field.name] = value;
  }
  return out;
}

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
  const [fields] = useState(() => spec.fields?.(convenio) ?? []);
  const [values, setValues] = useState<Record<string, string>>({});
  // The version the person saw when deciding: a change in between is refused, not overwritten.
  const [version] = useState(convenio.version);
  const send = useSendConvenioEvent(convenio.id);
  const errors = fieldErrors(send.error);
  const problem = problemOf(send.error);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (send.isError) focusFirstInvalid(form.current);
  }, [send.isError, send.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload = spec.payload ? spec.payload(values, convenio) : plain(values, fields);
    send.mutate(
      { version, event: { type, ...payload } as ConvenioEvent },
      { onSuccess: (updated) => onDone(updated) },
    );
  };
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const stale = problem?.code === 'VERSION_CONFLICT';
  const checklistError = Object.entries(errors).find(([k]) => k.startsWith('checklist'))?.[1];
  // Field errors the form has no input for go to the general message.
  const unplaced = Object.keys(errors).some(
    (k) => !fields.some((f) => f.name === k) && !(spec.checklist && k.startsWith('checklist')),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={ACTION_LABELS[type]}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Cerrar' }}
    >
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          {spec.intro?.(convenio, user)}
          {send.isError && (problem?.code !== 'VALIDATION_FAILED' || unplaced) && (
            <Alert
              color="red"
              role="alert"
              title={stale ? 'El expediente cambió' : 'No se pudo registrar'}
            >
              <Stack gap="xs">
                <Text size="sm">{problemText(send.error)}</Text>
                {stale && (
                  <Button size="xs" variant="default" w="fit-content" onClick={onReload}>
                    Volver a cargar el expediente
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {send.isError && problem?.code === 'VALIDATION_FAILED' && !unplaced && (
            <Text c="red.8" size="sm" role="alert">
              Revise los campos marcados.
            </Text>
          )}
          {fields.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              error={errors[field.name]}
              onChange={(value) => set(field.name, value)}
            />
          ))}
          {spec.checklist && (
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
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button
              type="submit"
              color={spec.danger ? 'red.9' : undefined}
              loading={send.isPending}
            >
              {spec.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: Field;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  switch (field.kind) {
    case 'text':
    case 'date':
      return (
        <TextInput
          label={field.label}
          description={hint(field.description)}
          type={field.kind === 'date' ? 'date' : 'text'}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          label={field.label}
          description={hint(field.description)}
          autosize
          minRows={3}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <NativeSelect
          label={field.label}
          data={field.options}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'radio':
      return (
        <Radio.Group label={field.label} value={value} error={error} onChange={onChange}>
          <Stack gap="xs" mt="xs">
            {field.options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'checkbox':
      return (
        <Checkbox
          label={field.label}
          checked={value === 'true'}
          error={error}
          onChange={(e) => onChange(e.currentTarget.checked ? 'true' : '')}
        />
      );
  }
}
