import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { solesText } from '../format';
import { useFormProblems } from '../forms/useFormProblems';
import { GroupError, SaveRefused } from '../forms/DraftParts';
import { hint } from '../resolutions/StateBadge';
import { FUNDING_SOURCE_LABELS } from '../budget/funding-sources';
import { MODALITY_LABELS, REQUEST_TYPE_LABELS } from './labels';
import {
  type CreateModification,
  MODIFICATIONS_PATH,
  type ProgrammaticLine,
  useCreateModification,
} from './modifications';

type RequestType = CreateModification['requestType'];
type Modality = NonNullable<CreateModification['modality']>;
type LineSide = 'fromLine' | 'toLine';

interface Draft {
  requestType: RequestType;
  modality: Modality;
  amount: string;
  fromLine: ProgrammaticLine;
  toLine: ProgrammaticLine;
  fundingSource: CreateModification['fundingSource'];
  justification: string;
}

const line = (): ProgrammaticLine => ({
  program: '',
  productOrProject: '',
  activity: '',
  expenseItem: '',
});

const EMPTY = (): Draft => ({
  requestType: 'modificacion_presupuestaria',
  modality: 'transferencia_partidas',
  amount: '',
  fromLine: line(),
  toLine: line(),
  fundingSource: 'recursos_ordinarios',
  justification: '',
});

/** A line of origin is annulled only when credit moves between lines (not a supplementary credit). */
const hasOrigin = (d: Draft): boolean =>
  d.requestType === 'modificacion_presupuestaria' && d.modality !== 'credito_suplementario';

const trimmed = (l: ProgrammaticLine): ProgrammaticLine => ({
  program: l.program.trim(),
  productOrProject: l.productOrProject.trim(),
  activity: l.activity.trim(),
  expenseItem: l.expenseItem.trim(),
});

/** The body of the API: the amount as its decimal text; the API checks every field. */
const toBody = (d: Draft): CreateModification => ({
  requestType: d.requestType,
  ...(d.requestType === 'modificacion_presupuestaria' ? { modality: d.modality } : {}),
  amount: solesText(d.amount),
  ...(hasOrigin(d) ? { fromLine: trimmed(d.fromLine) } : {}),
  toLine: trimmed(d.toLine),
  fundingSource: d.fundingSource,
  justification: d.justification,
});

const FIELD_NAMES: Record<string, string> = {
  requestType: 'tipo de solicitud',
  modality: 'modalidad',
  amount: 'monto',
  fromLine: 'línea de origen',
  toLine: 'línea de destino',
  fundingSource: 'fuente de financiamiento',
  justification: 'justificación',
};

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** `/presupuesto/modificaciones/nueva`: a request by a member of a gerencia de línea or an oficina. */
export function NewModificationPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const create = useCreateModification();
  const { errors, problem, form } = useFormProblems(create);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toBody(draft), {
      onSuccess: (created) => navigate(`${MODIFICATIONS_PATH}/${created.id}`),
    });
  };
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const lineFields = (side: LineSide, legend: string) => {
    const setLine = (change: Partial<ProgrammaticLine>) =>
      setDraft((d) => ({ ...d, [side]: { ...d[side], ...change } }));
    const of = side === 'fromLine' ? 'origen' : 'destino';
    return (
      <Fieldset legend={legend}>
        <GroupError message={errors[side]} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={`Programa presupuestal (${of})`}
            description={hint('4 dígitos. Por ejemplo: 0036')}
            inputMode="numeric"
            maxLength={4}
            value={draft[side].program}
            error={errors[`${side}.program`]}
            onChange={(e) => setLine({ program: e.currentTarget.value })}
          />
          <TextInput
            label={`Producto o proyecto (${of})`}
            description={hint('7 dígitos. Por ejemplo: 3000579')}
            inputMode="numeric"
            maxLength={7}
            value={draft[side].productOrProject}
            error={errors[`${side}.productOrProject`]}
            onChange={(e) => setLine({ productOrProject: e.currentTarget.value })}
          />
          <TextInput
            label={`Actividad, acción de inversión u obra (${of})`}
            description={hint('7 dígitos. Por ejemplo: 5004369')}
            inputMode="numeric"
            maxLength={7}
            value={draft[side].activity}
            error={errors[`${side}.activity`]}
            onChange={(e) => setLine({ activity: e.currentTarget.value })}
          />
          <TextInput
            label={`Específica de gasto (${of})`}
            description={hint('Del clasificador. Por ejemplo: 2.3.1.5.1.2')}
            value={draft[side].expenseItem}
            error={errors[`${side}.expenseItem`]}
            onChange={(e) => setLine({ expenseItem: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Fieldset>
    );
  };

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Stack maw={860}>
        <Title order={1} size="h2">
          Nueva solicitud de modificación presupuestaria
        </Title>
        <Text c="gray.7">
          Su unidad la solicita. Se guarda como borrador: podrá revisarla antes de enviarla a
          Planeamiento y Presupuesto para su informe técnico.
        </Text>
        {create.isError && (
          <SaveRefused
            error={create.error}
            problem={problem}
            errors={errors}
            fieldNames={FIELD_NAMES}
          />
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Tipo de solicitud"
            value={draft.requestType}
            error={errors.requestType}
            data={options(REQUEST_TYPE_LABELS)}
            onChange={(e) => set({ requestType: e.currentTarget.value as RequestType })}
          />
          {draft.requestType === 'modificacion_presupuestaria' && (
            <NativeSelect
              label="Modalidad"
              value={draft.modality}
              error={errors.modality}
              data={options(MODALITY_LABELS)}
              onChange={(e) => set({ modality: e.currentTarget.value as Modality })}
            />
          )}
          <TextInput
            label="Monto en soles"
            description={hint(
              'Con coma decimal y hasta dos decimales. Por ejemplo: 48\u00a0000,50',
            )}
            leftSection={<Text size="sm">S/</Text>}
            inputMode="decimal"
            required
            value={draft.amount}
            error={errors.amount}
            onChange={(e) => set({ amount: e.currentTarget.value })}
          />
          <NativeSelect
            label="Fuente de financiamiento"
            value={draft.fundingSource}
            error={errors.fundingSource}
            data={options(FUNDING_SOURCE_LABELS)}
            onChange={(e) =>
              set({ fundingSource: e.currentTarget.value as Draft['fundingSource'] })
            }
          />
        </SimpleGrid>

        {hasOrigin(draft) && lineFields('fromLine', 'Línea programática de origen (se anula)')}
        {lineFields(
          'toLine',
          draft.requestType === 'certificacion'
            ? 'Línea programática que se certifica'
            : 'Línea programática de destino (se habilita)',
        )}

        <Textarea
          label="Justificación"
          description={hint('Por qué se necesita y qué meta atiende.')}
          autosize
          minRows={3}
          required
          value={draft.justification}
          error={errors.justification}
          onChange={(e) => set({ justification: e.currentTarget.value })}
        />

        <Group justify="space-between">
          <Button variant="default" component={Link} to={MODIFICATIONS_PATH}>
            Cancelar
          </Button>
          <Button type="submit" loading={create.isPending}>
            Guardar solicitud
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
