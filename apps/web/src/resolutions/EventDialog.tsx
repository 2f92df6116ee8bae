import { Code, Loader, Radio, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import type { SessionUser } from '../api/client';
import {
  ACTION_LABELS,
  CHANNEL_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_OUTCOME_LABELS,
  SIGNATURE_MODE_LABELS,
} from './labels';
import {
  ActionDialog,
  type ActionField as Field,
  CHOOSE,
  type Option,
  plainValues,
} from '../forms/ActionDialog';
import {
  type Resolution,
  type ResolutionEvent,
  type ResolutionEventType,
  useSendEvent,
  useSigningDelegations,
} from './resolutions';

interface EventForm {
  intro?: (r: Resolution, user: SessionUser) => ReactNode;
  fields?: (r: Resolution) => Field[];
  /** The payload from the form's values (strings); empty optional values are left out. */
  payload?: (values: Record<string, string>, r: Resolution) => Record<string, unknown>;
  confirm: string;
  danger?: boolean;
}

const option = (labels: Record<string, string>, keys?: string[]): Option[] =>
  (keys ?? Object.keys(labels)).map((value) => ({ value, label: labels[value] ?? value }));
const CHANNELS = option(CHANNEL_LABELS, ['personal', 'email', 'casilla']);
/** «En ejercicio de»: the signer's own post (SIGN's delegationId null). */
const OWN = 'own';

/** SIGN's title from «En ejercicio de»: own post (null), a delegation (its id), or unsaid. */
export function signingPayload(title: string | undefined): { delegationId?: string | null } {
  if (title === OWN) return { delegationId: null };
  return title ? { delegationId: title } : {};
}

/** How an addressee is named to the API: its document, or its name. */
const addresseeOptions = (r: Resolution, positions?: number[]): Option[] =>
  r.addressees
    .map((a, i) => ({ a, i }))
    .filter(({ i }) => positions === undefined || positions.includes(i))
    .map(({ a }) => ({
      value: a.documentId ?? a.name,
      label: a.documentId ? `${a.name} (${a.documentId})` : a.name,
    }));

const reasonField: Field = { name: 'reason', label: 'Motivo', kind: 'textarea' };
const instrumentField: Field = {
  name: 'instrument',
  label: 'Número del acto que decide',
  kind: 'text',
  description: 'Por ejemplo: Resolución de Alcaldía N° 120-2026-MML',
};
const servedFields: Field[] = [
  { name: 'channel', label: 'Medio', kind: 'select', options: [CHOOSE, ...CHANNELS] },
  {
    name: 'servedAt',
    label: 'Fecha y hora en que surtió efecto',
    kind: 'datetime',
    description: 'La entrega que consta en el cargo, o el acuse de recibo.',
  },
  { name: 'receipt', label: 'Cargo o acuse de recibo (referencia, opcional)', kind: 'text' },
];

/** Each action of the file: what it asks and what it sends (the API validates every field). */
export const EVENT_FORMS: Partial<Record<ResolutionEventType, EventForm>> = {
  SUBMIT: {
    intro: () => (
      <Text>
        El proyecto pasa a Asesoría Jurídica para su opinión legal. Mientras tanto ya no se puede
        editar.
      </Text>
    ),
    confirm: 'Enviar a revisión legal',
  },
  LEGAL_OPINION: {
    fields: () => [
      {
        name: 'favorable',
        label: 'Sentido de la opinión',
        kind: 'radio',
        options: [
          { value: 'true', label: 'Favorable: el proyecto pasa a las visaciones' },
          { value: 'false', label: 'Desfavorable: el proyecto vuelve observado a su unidad' },
        ],
      },
      { name: 'reportRef', label: 'Informe legal (número)', kind: 'text' },
      {
        name: 'reasons',
        label: 'Motivos',
        kind: 'textarea',
        description: 'Obligatorios si la opinión es desfavorable.',
      },
    ],
    payload: (v) => ({
      ...(v.favorable ? { favorable: v.favorable === 'true' } : {}),
      ...(v.reportRef?.trim() ? { reportRef: v.reportRef } : {}),
      ...(v.reasons?.trim() ? { reasons: v.reasons } : {}),
    }),
    confirm: 'Registrar la opinión',
  },
  RETURN: {
    intro: () => (
      <Text>
        El proyecto vuelve observado a la unidad que lo elaboró, con el motivo que escriba. Las
        visaciones dadas quedan sin efecto.
      </Text>
    ),
    fields: () => [
      { ...reasonField, label: 'Motivo de la devolución (qué debe corregirse)' } as Field,
    ],
    confirm: 'Devolver el proyecto',
    danger: true,
  },
  VISA: {
    intro: (r) => (
      <Stack gap="xs">
        <Text>
          Su visación (V°B°) aprueba este contenido exacto. Si alguien lo cambió desde que lo leyó,
          la visación se rechaza.
        </Text>
        <Text size="sm" fw={600}>
          SHA-256 del contenido que visa:
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
          {r.contentHash}
        </Code>
      </Stack>
    ),
    payload: (_v, r) => ({ contentHash: r.contentHash }),
    confirm: 'Visar este contenido',
  },
  SIGN: {
    intro: (r, user) => (
      <Stack gap="xs">
        <Text>
          Usted, <strong>{user.fullName}</strong> ({user.post}), firma la resolución:
        </Text>
        <Text fw={700}>«{r.subject}»</Text>
        <Text size="sm">
          {r.articles.length === 1 ? '1 artículo' : `${r.articles.length} artículos`},{' '}
          {r.scope === 'general' ? 'alcance general (se publica)' : 'alcance particular'}. SHA-256
          del contenido:
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
          {r.contentHash}
        </Code>
        <Text size="sm">
          Al firmar se le asigna el número correlativo siguiente del año y se genera el PDF con su
          código QR de verificación. La firma no se puede deshacer.
        </Text>
      </Stack>
    ),
    // Own right (null), a delegation (its id), or nothing chosen: the API uses what they hold.
    payload: (v) => signingPayload(v.delegationId),
    confirm: 'Firmar la resolución',
  },
  NOTIFY: {
    fields: (r) => {
      const served = new Set(r.notifications.map((n) => n.addressee));
      const positions = r.addressees.map((_, i) => i).filter((i) => !served.has(i));
      return [
        {
          name: 'addressee',
          label: 'Destinatario',
          kind: 'select',
          options: [CHOOSE, ...addresseeOptions(r, positions)],
        },
        ...servedFields,
      ];
    },
    confirm: 'Registrar la notificación',
  },
  PUBLISH: {
    fields: () => [
      {
        name: 'gazette',
        label: 'Medio de publicación',
        kind: 'text',
        initial: 'Diario Oficial El Peruano',
      },
      { name: 'date', label: 'Fecha de publicación', kind: 'date' },
    ],
    confirm: 'Registrar la publicación',
  },
  FILE_REMEDY: {
    fields: (r) => [
      {
        name: 'kind',
        label: 'Recurso',
        kind: 'select',
        options: [CHOOSE, ...option(REMEDY_KIND_LABELS)],
      },
      r.scope === 'particular'
        ? {
            name: 'filedBy',
            label: 'Quién lo interpone',
            kind: 'select',
            options: [CHOOSE, ...addresseeOptions(r)],
          }
        : { name: 'filedBy', label: 'Quién lo interpone (nombre)', kind: 'text' },
      {
        name: 'filedAt',
        label: 'Fecha y hora de presentación en mesa de partes',
        kind: 'datetime',
      },
    ],
    confirm: 'Registrar el recurso',
  },
  RESOLVE_REMEDY: {
    fields: (r) => [
      {
        name: 'outcome',
        label: 'Decisión',
        kind: 'select',
        options: [CHOOSE, ...option(REMEDY_OUTCOME_LABELS)],
      },
      ...((r.pending ?? []).length > 1
        ? [
            {
              name: 'filedBy',
              label: 'Recurso que se resuelve (quién lo interpuso)',
              kind: 'select' as const,
              options: [
                CHOOSE,
                ...(r.pending ?? []).map((p) => ({ value: p.filedBy.name, label: p.filedBy.name })),
              ],
            },
          ]
        : []),
      { ...instrumentField, label: 'Acto que resuelve (obligatorio si es fundado en parte)' },
      {
        name: 'modification',
        label: 'Qué se modifica del acto (si es fundado en parte)',
        kind: 'textarea',
      },
    ],
    confirm: 'Registrar la decisión',
  },
  NOTIFY_DECISION: { fields: () => servedFields, confirm: 'Registrar la notificación' },
  START_ANNULMENT: {
    fields: () => [
      reasonField,
      {
        name: 'grounds',
        label: 'Causal de nulidad y agravio al interés público',
        kind: 'textarea',
      },
    ],
    confirm: 'Iniciar la nulidad de oficio',
    danger: true,
  },
  START_REVOCATION: {
    fields: () => [
      reasonField,
      {
        name: 'cause',
        label: 'Causa (Art. 214.1)',
        kind: 'select',
        options: [
          CHOOSE,
          { value: '214.1.1', label: '214.1.1: la ley establece la facultad de revocar' },
          { value: '214.1.2', label: '214.1.2: desaparecieron las condiciones del acto' },
          {
            value: '214.1.3',
            label: '214.1.3: elementos sobrevinientes favorecen a los destinatarios',
          },
        ],
      },
      { name: 'grounds', label: 'Fundamentos', kind: 'textarea' },
    ],
    confirm: 'Iniciar la revocación',
    danger: true,
  },
  SERVE_HEARING: {
    fields: (r) => {
      const pending = (r.review?.hearings ?? []).filter((h) => h.notice === null);
      return [
        {
          name: 'addressee',
          label: 'Destinatario',
          kind: 'select',
          options: [
            CHOOSE,
            ...addresseeOptions(
              r,
              pending.map((h) => h.addressee),
            ),
          ],
        },
        ...servedFields,
      ];
    },
    confirm: 'Registrar el traslado',
  },
  FILE_ARGUMENTS: {
    fields: (r) => [
      {
        name: 'filedBy',
        label: 'Quién presenta los descargos',
        kind: 'select',
        options: [
          CHOOSE,
          ...addresseeOptions(
            r,
            (r.review?.hearings ?? []).map((h) => h.addressee),
          ),
        ],
      },
      { name: 'filedAt', label: 'Fecha y hora de presentación', kind: 'datetime' },
      { name: 'summary', label: 'Resumen de los descargos', kind: 'textarea' },
    ],
    confirm: 'Registrar los descargos',
  },
  ANNUL: {
    fields: () => [
      reasonField,
      instrumentField,
      {
        name: 'extent',
        label: 'Alcance de la nulidad',
        kind: 'select',
        options: [
          { value: 'total', label: 'Total' },
          { value: 'parcial', label: 'Parcial (solo una parte del acto)' },
        ],
        initial: 'total',
      },
      { name: 'part', label: 'Parte que se anula (si es parcial)', kind: 'textarea' },
    ],
    confirm: 'Declarar la nulidad',
    danger: true,
  },
  REVOKE: {
    fields: () => [reasonField, instrumentField],
    confirm: 'Declarar la revocación',
    danger: true,
  },
  DISMISS_REVIEW: {
    fields: () => [reasonField, instrumentField],
    confirm: 'Desestimar la revisión',
  },
  RECTIFY: {
    intro: () => (
      <Text>
        Se crea un nuevo proyecto que rectifica este acto, vinculado a él; el acto firmado no
        cambia. El nuevo proyecto sigue todo el trámite (opinión, visaciones y firma).
      </Text>
    ),
    confirm: 'Crear el proyecto de rectificación',
  },
  WITHDRAW: {
    intro: () => (
      <Text>El proyecto se retira y el expediente se cierra. No se puede deshacer.</Text>
    ),
    fields: () => [{ ...reasonField, label: 'Motivo (opcional)' } as Field],
    confirm: 'Retirar el proyecto',
    danger: true,
  },
};

/** One action of the file, in a modal: its fields, the API's refusals on them, and the send. */
export function EventDialog({
  type,
  resolution,
  user,
  onClose,
  onDone,
  onReload,
}: {
  type: ResolutionEventType;
  resolution: Resolution;
  user: SessionUser;
  onClose: () => void;
  onDone: (updated: Resolution) => void;
  onReload: () => void;
}) {
  const spec = EVENT_FORMS[type] ?? { confirm: ACTION_LABELS[type] };
  const send = useSendEvent(resolution.id);
  return (
    <ActionDialog
      title={ACTION_LABELS[type]}
      confirm={spec.confirm}
      danger={spec.danger}
      fields={() => spec.fields?.(resolution) ?? []}
      version={resolution.version}
      send={send}
      toEvent={(values, fields) =>
        ({
          type,
          ...(spec.payload ? spec.payload(values, resolution) : plainValues(values, fields)),
        }) as ResolutionEvent
      }
      onDone={onDone}
      onClose={onClose}
      onReload={onReload}
      staleCodes={['VERSION_CONFLICT', 'VISA_HASH_MISMATCH']}
      before={({ values, set }) => (
        <>
          {spec.intro?.(resolution, user)}
          {type === 'SIGN' && (
            <SigningTitle
              user={user}
              value={values.delegationId ?? ''}
              onChange={(value) => set('delegationId', value)}
            />
          )}
        </>
      )}
    />
  );
}

/**
 * «En ejercicio de» at SIGN, when the signer holds a delegation or encargatura in force that lets
 * them sign: their own post (if they hold it) or which delegation, with its instrument.
 */
export function SigningTitle({
  user,
  value,
  onChange,
}: {
  user: SessionUser;
  value: string;
  onChange: (value: string) => void;
}) {
  const delegations = useSigningDelegations();
  const own = user.roles.includes('GERENTE_MUNICIPAL');
  const held = delegations.data ?? [];
  const first = own ? OWN : held[0]?.id;
  useEffect(() => {
    // Chosen for them: their own post, else their first delegation.
    if (value === '' && held.length > 0 && first) onChange(first);
  }, [value, held.length, first, onChange]);
  if (delegations.isPending) return <Loader size="sm" aria-label="Cargando sus delegaciones" />;
  if (held.length === 0) return null;
  return (
    <Radio.Group label="En ejercicio de" value={value} onChange={onChange}>
      <Stack gap="xs" mt="xs">
        {own && <Radio value={OWN} label="Cargo propio (sus competencias de Gerente Municipal)" />}
        {held.map((d) => (
          <Radio
            key={d.id}
            value={d.id}
            label={`${SIGNATURE_MODE_LABELS[d.kind] ?? d.kind} del ${d.delegatorPost} (${d.instrument})`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
