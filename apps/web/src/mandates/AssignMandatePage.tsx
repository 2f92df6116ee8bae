import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiProblem, type SessionUser } from '../api/client';
import {
  type CreateMandate,
  fieldErrors,
  mayAssign,
  newKey,
  SOURCE_NAMES,
  useAssignMandate,
  useUnits,
} from './mandates';

type Source = CreateMandate['source'];
type TermUnit = CreateMandate['term']['unit'];

interface Draft {
  title: string;
  instructions: string;
  source: Source;
  sourceReference: string;
  responsibleUnitId: string;
  days: number | '';
  unit: TermUnit;
}

const EMPTY: Draft = {
  title: '',
  instructions: '',
  source: 'reunion',
  sourceReference: '',
  responsibleUnitId: '',
  days: 5,
  unit: 'business',
};

/** What the console checks before sending; the API checks the rest and names the field. */
function missing(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors['title'] = 'Escriba el título del encargo.';
  if (!draft.instructions.trim()) errors['instructions'] = 'Escriba qué debe hacer la unidad.';
  if (!draft.responsibleUnitId) errors['responsibleUnitId'] = 'Elija la unidad responsable.';
  if (draft.days === '') errors['term.days'] = 'Indique el plazo en días.';
  return errors;
}

/** The Gerente Municipal (or the Alcalde) assigns a mandate to a unit, with its term. */
export function AssignMandatePage({ user }: { user: SessionUser }) {
  const navigate = useNavigate();
  const units = useUnits();
  const assign = useAssignMandate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [checked, setChecked] = useState<Record<string, string>>({});
  // One key for this form: a repeated send of the same mandate never creates two.
  const [key] = useState(newKey);
  const set = <K extends keyof Draft>(name: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [name]: value }));

  if (!mayAssign(user))
    return (
      <Stack>
        <Title order={1} size="h2">
          Asignar encargo
        </Title>
        <Alert color="indigo" title="No puede asignar encargos">
          Solo el Alcalde o el Gerente Municipal asignan encargos.{' '}
          <Anchor component={Link} to="/encargos">
            Volver a los encargos
          </Anchor>
        </Alert>
      </Stack>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = missing(draft);
    setChecked(errors);
    if (Object.keys(errors).length > 0) return;
    assign.mutate(
      {
        key,
        body: {
          title: draft.title,
          instructions: draft.instructions,
          source: draft.source,
          ...(draft.sourceReference.trim() ? { sourceReference: draft.sourceReference } : {}),
          responsibleUnitId: draft.responsibleUnitId,
          term: { days: Number(draft.days), unit: draft.unit },
        },
      },
      { onSuccess: (mandate) => navigate(`/encargos/${mandate.id}`) },
    );
  };

  // The API's refusal, field by field; what belongs to no field goes on top.
  const api = assign.isError ? fieldErrors(assign.error) : {};
  const error = (field: string) => checked[field] ?? api[field];
  const problem = assign.error instanceof ApiProblem ? assign.error.problem : null;
  const unplaced =
    assign.isError &&
    !Object.keys(api).some((f) =>
      [
        'title',
        'instructions',
        'source',
        'sourceReference',
        'responsibleUnitId',
        'term',
        'term.days',
        'term.unit',
      ].includes(f),
    );
  const choices = (units.data?.items ?? []).filter((u) => u.id !== user.unit?.id);

  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/encargos" size="sm">
        ← Encargos
      </Anchor>
      <Title order={1} size="h2">
        Asignar encargo
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {unplaced && (
              <Alert color="red" role="alert" title="No se pudo asignar el encargo">
                {problem?.detail ?? 'No hay conexión con el servidor. Intente de nuevo.'}
              </Alert>
            )}
            <TextInput
              label="Título"
              required
              value={draft.title}
              error={error('title')}
              onChange={(e) => set('title', e.currentTarget.value)}
            />
            <Textarea
              label="Instrucciones"
              description="Qué debe hacer la unidad y qué debe entregar"
              required
              autosize
              minRows={3}
              value={draft.instructions}
              error={error('instructions')}
              onChange={(e) => set('instructions', e.currentTarget.value)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                label="Origen"
                required
                value={draft.source}
                data={Object.entries(SOURCE_NAMES)
                  // Registered by the Secretaría General in «Concejo», with its own term.
                  .filter(([value]) => value !== 'pedido_informacion')
                  .map(([value, label]) => ({ value, label }))}
                error={error('source')}
                onChange={(e) => set('source', e.currentTarget.value as Source)}
              />
              <TextInput
                label="Referencia"
                description="Acta, memorando o documento de origen"
                value={draft.sourceReference}
                error={error('sourceReference')}
                onChange={(e) => set('sourceReference', e.currentTarget.value)}
              />
            </SimpleGrid>
            {units.isPending ? (
              <Loader size="sm" aria-label="Cargando las unidades" />
            ) : (
              <NativeSelect
                label="Unidad responsable"
                required
                value={draft.responsibleUnitId}
                data={[
                  { value: '', label: 'Elija una unidad' },
                  ...choices.map((u) => ({ value: u.id, label: u.name })),
                ]}
                error={
                  error('responsibleUnitId') ??
                  (units.isError ? 'No se pudieron cargar las unidades.' : undefined)
                }
                onChange={(e) => set('responsibleUnitId', e.currentTarget.value)}
              />
            )}
            <Group align="start" wrap="wrap">
              <NumberInput
                label="Plazo (días)"
                description="De 1 a 365"
                required
                allowDecimal={false}
                allowNegative={false}
                value={draft.days}
                error={error('term.days') ?? error('term')}
                onChange={(value) => set('days', typeof value === 'number' ? value : '')}
                w={160}
              />
              <Radio.Group
                label="Se cuentan en"
                value={draft.unit}
                error={error('term.unit')}
                onChange={(value) => set('unit', value as TermUnit)}
              >
                <Group mt={8}>
                  <Radio value="business" label="Días hábiles" />
                  <Radio value="calendar" label="Días calendario" />
                </Group>
              </Radio.Group>
            </Group>
            <Text size="sm" c="gray.7">
              El plazo corre desde hoy. La unidad recibe un recordatorio 2 días hábiles antes del
              último día; vencido, se escala al Gerente Municipal y luego al Alcalde.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/encargos">
                Cancelar
              </Button>
              <Button type="submit" loading={assign.isPending}>
                Asignar
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
