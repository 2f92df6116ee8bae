import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDate, solesText } from '../format';
import {
  type ActionField,
  CHOOSE,
  type EventForm,
  EventFormDialog,
  type FileEventProps,
} from '../forms/ActionDialog';
import { hint } from '../resolutions/StateBadge';
import {
  type BudgetReview,
  type BudgetReviewEvent,
  type BudgetReviewEventType,
  nextPhase,
  useSendBudgetReviewEvent,
} from './budget';
import { FUNDING_SOURCE_LABELS, type FundingSource } from './funding-sources';
import { ACTION_LABELS } from './labels';

interface Figure {
  key: number;
  concept: string;
  amount: string;
  fundingSource: FundingSource | '';
}

let nextKey = 1;
const emptyFigure = (): Figure => ({ key: nextKey++, concept: '', amount: '', fundingSource: '' });

const resolutionNumber: ActionField = {
  name: 'resolutionNumber',
  label: 'Número de la Resolución de Alcaldía',
  kind: 'text',
  description: 'Por ejemplo: RESOLUCIÓN DE ALCALDÍA N° 310-2026-MML',
};

/** Each action of the file: what it asks (the API validates every field and says which is wrong). */
const EVENT_FORMS: Partial<Record<BudgetReviewEventType, EventForm<BudgetReview>>> = {
  COMPLETE_PHASE: {
    intro: (r) => {
      const next = nextPhase(r);
      return (
        <Text>
          {next
            ? `Fase que se registra: ${next.name} (último día: ${formatDate(next.dueOn)}). Las fases se cumplen en orden.`
            : 'No quedan fases por cumplir.'}
        </Text>
      );
    },
    fields: () => [
      {
        name: 'documentRef',
        label: 'Documento que acredita la fase',
        kind: 'text',
        description: 'Por ejemplo: Acta de Acuerdos y Compromisos N° 001-2026-MML',
      },
    ],
    payload: (v, r) => ({
      phase: nextPhase(r)?.code ?? '',
      ...(v.documentRef?.trim() ? { documentRef: v.documentRef } : {}),
    }),
    confirm: 'Registrar la fase',
  },
  SUBMIT: {
    intro: (r) => (
      <Text>
        {r.versions.length === 0
          ? 'La unidad presenta el documento a Planeamiento y Presupuesto para su revisión.'
          : `Se presenta la versión ${r.versions.length + 1}, con lo observado ya subsanado.`}
      </Text>
    ),
    fields: () => [
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
    fields: () => [
      { name: 'observations', label: 'Observaciones (qué debe subsanarse)', kind: 'textarea' },
      { name: 'termBusinessDays', label: 'Plazo para subsanar (días hábiles)', kind: 'text' },
    ],
    payload: (v) => ({
      ...(v.observations?.trim() ? { observations: v.observations } : {}),
      ...(v.termBusinessDays?.trim()
        ? {
            termBusinessDays: /^\d+$/.test(v.termBusinessDays.trim())
              ? Number(v.termBusinessDays)
              : v.termBusinessDays,
          }
        : {}),
    }),
    confirm: 'Observar el documento',
    danger: true,
  },
  ACCEPT: {
    intro: () => <Text>El documento pasa a la revisión del Gerente Municipal.</Text>,
    fields: () => [
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
    fields: () => [
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
    fields: () => [{ name: 'memoRef', label: 'Documento de envío (opcional)', kind: 'text' }],
    confirm: 'Enviar al Concejo',
  },
  APPROVE_BY_RESOLUTION: {
    fields: () => [resolutionNumber],
    confirm: 'Aprobar',
  },
  APPROVE_BY_MAYOR_FALLBACK: {
    intro: () => (
      <Text>
        El Concejo no aprobó el presupuesto en el plazo de ley: el Alcalde lo aprueba por Resolución
        de Alcaldía (LOM Art. 20 inc. 10).
      </Text>
    ),
    fields: () => [resolutionNumber],
    confirm: 'Aprobar supletoriamente',
  },
  PUBLISH: {
    fields: () => [
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
};

/** The figures as the API takes them: the rows left empty are not sent. */
const figuresOf = (figures: Figure[]) =>
  figures
    .filter((f) => f.concept.trim() || f.amount.trim() || f.fundingSource)
    .map((f) => ({
      concept: f.concept,
      amount: solesText(f.amount),
      ...(f.fundingSource ? { fundingSource: f.fundingSource } : {}),
    }));

/** One action of the review in its dialog; SUBMIT adds its key figures, each error on its field. */
export function ReviewEventDialog(props: FileEventProps<BudgetReviewEventType, BudgetReview>) {
  const review = props.file;
  const [figures, setFigures] = useState<Figure[]>(() => [emptyFigure()]);
  const send = useSendBudgetReviewEvent(review.id);
  const setFigure = (key: number, change: Partial<Figure>) =>
    setFigures((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));
  const forms: typeof EVENT_FORMS = {
    ...EVENT_FORMS,
    SUBMIT: {
      ...EVENT_FORMS.SUBMIT!,
      payload: (v) => {
        const sent = figuresOf(figures);
        return {
          ...(v.documentRef?.trim() ? { documentRef: v.documentRef } : {}),
          ...(v.summary?.trim() ? { summary: v.summary } : {}),
          ...(sent.length > 0 ? { figures: sent } : {}),
        };
      },
    },
  };

  return (
    <EventFormDialog<BudgetReviewEventType, BudgetReview, BudgetReviewEvent>
      {...props}
      forms={forms}
      labels={ACTION_LABELS}
      send={send}
      placedElsewhere={(key) => props.type === 'SUBMIT' && key.startsWith('figures')}
      extra={() => (
        <Text size="sm" c="gray.7">
          {review.documentName} {review.fiscalYear}
        </Text>
      )}
      after={({ errors }) =>
        props.type === 'SUBMIT' && (
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
                    description={hint('Por ejemplo: 1\u00a0234\u00a0567,89')}
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
                        CHOOSE,
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
        )
      }
    />
  );
}
