import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { solesText } from '../format';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import { hint } from '../resolutions/StateBadge';
import {
  type BudgetReview,
  type BudgetReviewEvent,
  type BudgetReviewEventType,
  type FundingSource,
  useSendBudgetReviewEvent,
} from './budget';
import { ACTION_LABELS, FUNDING_SOURCE_LABELS } from './labels';

interface Field {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'number';
  description?: string;
}

interface EventForm {
  intro?: (r: BudgetReview) => ReactNode;
  fields: Field[];
  confirm: string;
  danger?: boolean;
}

interface Figure {
  key: number;
  concept: string;
  amount: string;
  fundingSource: FundingSource | '';
}

let nextKey = 1;
const emptyFigure = (): Figure => ({ key: nextKey++, concept: '', amount: '', fundingSource: '' });

const resolutionNumber: Field = {
  name: 'resolutionNumber',
  label: 'Número de la Resolución de Alcaldía',
  kind: 'text',
  description: 'Por ejemplo: RESOLUCIÓN DE ALCALDÍA N° 310-2026-MML',
};

/** Each action of the file: what it asks (the API validates every field and says which is wrong). */
const EVENT_FORMS: Record<BudgetReviewEventType, EventForm> = {
  SUBMIT: {
    intro: (r) => (
      <Text>
        {r.versions.length === 0
          ? 'La unidad presenta el documento a Planeamiento y Presupuesto para su revisión.'
          : `Se presenta la versión ${r.versions.length + 1}, con lo observado ya subsanado.`}
      </Text>
    ),
    fields: [
      {
        name: 'documentRef',
        label: 'Documento presentado',
        kind: 'text',
        description: 'Por ejemplo: Informe N° 012-2026-MML/GPP',
      },
      { name: 'summary', label: 'Resumen (opcional)', kind: 'textarea' },
    ],
    confirm: 'Presentar',
  },
  OBSERVE: {
    intro: () => (
      <Text>El documento vuelve a la unidad responsable con un plazo para subsanarlo.</Text>
    ),
    fields: [
      { name: 'observations', label: 'Observaciones (qué debe subsanarse)', kind: 'textarea' },
      { name: 'termBusinessDays', label: 'Plazo para subsanar (días hábiles)', kind: 'number' },
    ],
    confirm: 'Observar el documento',
    danger: true,
  },
  ACCEPT: {
    intro: () => <Text>El documento pasa a la revisión del Gerente Municipal.</Text>,
    fields: [
      {
        name: 'reportRef',
        label: 'Informe técnico (opcional)',
        kind: 'text',
        description: 'Por ejemplo: Informe Técnico N° 030-2026-MML/GPP',
      },
    ],
    confirm: 'Aceptar',
  },
  CONFORMITY: {
    intro: () => <Text>Con su conformidad, el documento se eleva al Alcalde.</Text>,
    fields: [
      {
        name: 'memoRef',
        label: 'Documento con que lo eleva',
        kind: 'text',
        description: 'Por ejemplo: Memorando N° 101-2026-MML/GMM',
      },
    ],
    confirm: 'Dar conformidad y elevar',
  },
  SEND_TO_COUNCIL: {
    intro: () => (
      <Text>
        El documento se propone a la agenda del Concejo Municipal; su Acuerdo lo aprueba al entrar
        en vigor.
      </Text>
    ),
    fields: [{ name: 'memoRef', label: 'Documento de envío (opcional)', kind: 'text' }],
    confirm: 'Enviar al Concejo',
  },
  APPROVE_BY_RESOLUTION: {
    fields: [resolutionNumber],
    confirm: 'Aprobar',
  },
  APPROVE_BY_MAYOR_FALLBACK: {
    intro: () => (
      <Text>
        El Concejo no aprobó el presupuesto en el plazo de ley: el Alcalde lo aprueba por Resolución
        de Alcaldía (LOM Art. 20 inc. 10).
      </Text>
    ),
    fields: [resolutionNumber],
    confirm: 'Aprobar supletoriamente',
  },
  PUBLISH: {
    fields: [
      {
        name: 'gazette',
        label: 'Medio de publicación',
        kind: 'text',
        description: 'Por ejemplo: Diario Oficial El Peruano',
      },
      { name: 'publishedOn', label: 'Fecha de publicación', kind: 'date' },
    ],
    confirm: 'Registrar la publicación',
  },
  // System events: the Acuerdo comes from the Concejo, never from this form.
  COUNCIL_APPROVED: { fields: [], confirm: ACTION_LABELS.COUNCIL_APPROVED },
  COUNCIL_REJECTED: { fields: [], confirm: ACTION_LABELS.COUNCIL_REJECTED },
};

/** The event's payload: empty optional values left out, the API checks the rest. */
function payloadOf(
  type: BudgetReviewEventType,
  fields: Field[],
  values: Record<string, string>,
  figures: Figure[],
): BudgetReviewEvent {
  const out: Record<string, unknown> = { type };
  for (const field of fields) {
    const value = values[field.name]?.trim() ?? '';
    if (value === '') continue;
    out[field.name] = field.kind === 'number' && /^\d+$/.test(value) ? Number(value) : value;
  }
  if (type === 'SUBMIT') {
    const filled = figures.filter((f) => f.concept.trim() || f.amount.trim() || f.fundingSource);
    if (filled.length > 0)
      out.figures = filled.map((f) => ({
        concept: f.concept,
        amount: solesText(f.amount),
        ...(f.fundingSource ? { fundingSource: f.fundingSource } : {}),
      }));
  }
  return out as unknown as BudgetReviewEvent;
}

/** One action of the review in its dialog: the API's field errors on each field. */
export function ReviewEventDialog({
  type,
  review,
  onClose,
  onDone,
  onReload,
}: {
  type: BudgetReviewEventType;
  review: BudgetReview;
  onClose: () => void;
  onDone: (updated: BudgetReview) => void;
  onReload: () => void;
}) {
  const spec = EVENT_FORMS[type];
  const [values, setValues] = useState<Record<string, string>>({});
  const [figures, setFigures] = useState<Figure[]>(() => [emptyFigure()]);
  // The version the person saw when deciding: a change in between is refused, not overwritten.
  const [version] = useState(review.version);
  const send = useSendBudgetReviewEvent(review.id);
  const errors = fieldErrors(send.error);
  const problem = problemOf(send.error);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (send.isError) focusFirstInvalid(form.current);
  }, [send.isError, send.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(
      { version, event: payloadOf(type, spec.fields, values, figures) },
      { onSuccess: (updated) => onDone(updated) },
    );
  };
  const stale = problem?.code === 'VERSION_CONFLICT';
  const placed = (key: string) =>
    spec.fields.some((f) => f.name === key) || (type === 'SUBMIT' && key.startsWith('figures'));
  const unplaced = Object.keys(errors).some((k) => !placed(k));
  const setFigure = (key: number, change: Partial<Figure>) =>
    setFigures((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));

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
          <Text size="sm" c="gray.7">
            {review.documentName} {review.fiscalYear}
          </Text>
          {spec.intro?.(review)}
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
          {spec.fields.map((field) =>
            field.kind === 'textarea' ? (
              <Textarea
                key={field.name}
                label={field.label}
                description={hint(field.description)}
                autosize
                minRows={3}
                value={values[field.name] ?? ''}
                error={errors[field.name]}
                onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.currentTarget.value }))}
              />
            ) : (
              <TextInput
                key={field.name}
                label={field.label}
                description={hint(field.description)}
                type={field.kind === 'date' ? 'date' : 'text'}
                inputMode={field.kind === 'number' ? 'numeric' : undefined}
                value={values[field.name] ?? ''}
                error={errors[field.name]}
                onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.currentTarget.value }))}
              />
            ),
          )}
          {type === 'SUBMIT' && (
            <Fieldset legend="Cifras clave (en soles)">
              <Stack gap="sm">
                {errors.figures && (
                  <Text c="red.8" size="sm" tabIndex={-1} data-invalid-group>
                    {errors.figures}
                  </Text>
                )}
                {figures.map((f, i) => (
                  <Group key={f.key} align="start" gap="xs" wrap="wrap">
                    <TextInput
                      label={`Concepto (cifra ${i + 1})`}
                      value={f.concept}
                      error={errors[`figures.${i}.concept`]}
                      onChange={(e) => setFigure(f.key, { concept: e.currentTarget.value })}
                      w={{ base: '100%', sm: 200 }}
                    />
                    <TextInput
                      label={`Monto (cifra ${i + 1})`}
                      description={hint('Por ejemplo: 1 234 567,89')}
                      inputMode="decimal"
                      value={f.amount}
                      error={errors[`figures.${i}.amount`]}
                      onChange={(e) => setFigure(f.key, { amount: e.currentTarget.value })}
                      w={{ base: '100%', sm: 170 }}
                    />
                    {review.fundingSource && (
                      <NativeSelect
                        label={`Fuente de financiamiento (cifra ${i + 1})`}
                        data={[
                          { value: '', label: 'Elija…' },
                          ...Object.entries(FUNDING_SOURCE_LABELS).map(([value, label]) => ({
                            value,
                            label,
                          })),
                        ]}
                        value={f.fundingSource}
                        error={errors[`figures.${i}.fundingSource`]}
                        onChange={(e) =>
                          setFigure(f.key, {
                            fundingSource: e.currentTarget.value as FundingSource | '',
                          })
                        }
                        w={{ base: '100%', sm: 260 }}
                      />
                    )}
                    {figures.length > 1 && (
                      <Button
                        variant="subtle"
                        color="red.9"
                        mt={{ base: 0, sm: 24 }}
                        onClick={() => setFigures((list) => list.filter((x) => x.key !== f.key))}
                      >
                        Quitar la cifra {i + 1}
                      </Button>
                    )}
                  </Group>
                ))}
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => setFigures((list) => [...list, emptyFigure()])}
                >
                  Agregar una cifra
                </Button>
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
