import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
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
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import { hint } from '../resolutions/StateBadge';
import { type CreateConvenio, useCreateConvenio } from './convenios';
import { PARTY_LABELS, TYPE_LABELS } from './labels';

type Party = 'municipalidad' | 'contraparte';
type Coordinator = { name: string; post: string; email: string };
type Obligation = {
  key: number;
  party: Party;
  description: string;
  kind: 'unica' | 'periodica';
  dueOn: string;
  everyMonths: string;
};

interface Draft {
  counterpartName: string;
  ruc: string;
  convenioType: CreateConvenio['convenioType'];
  object: string;
  startDate: string;
  termBy: 'months' | 'date';
  termMonths: string;
  endDate: string;
  hasFinancialObligations: boolean;
  amount: string;
  municipality: Coordinator;
  counterpart: Coordinator;
  obligations: Obligation[];
}

let nextKey = 1;
const obligation = (): Obligation => ({
  key: nextKey++,
  party: 'contraparte',
  description: '',
  kind: 'periodica',
  dueOn: '',
  everyMonths: '6',
});
const coordinator = (): Coordinator => ({ name: '', post: '', email: '' });

const EMPTY = (): Draft => ({
  counterpartName: '',
  ruc: '',
  convenioType: 'especifico',
  object: '',
  startDate: '',
  termBy: 'months',
  termMonths: '12',
  endDate: '',
  hasFinancialObligations: false,
  amount: '',
  municipality: coordinator(),
  counterpart: coordinator(),
  obligations: [obligation()],
});

/** «1 234,50» or «1234.50» as the API's decimal text (dot, no thousands). */
const amountText = (typed: string): string => {
  const compact = typed.replace(/[\s\u00a0]/g, '').replace(/^S\//i, '');
  // A comma is the decimal mark here; dots before it only group thousands.
  return compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
};

/** The body of the API: empty optional values are left out, the API checks the rest. */
const toBody = (d: Draft): CreateConvenio => ({
  counterpart: { name: d.counterpartName, ruc: d.ruc.trim() },
  convenioType: d.convenioType,
  object: d.object,
  ...(d.startDate ? { startDate: d.startDate } : {}),
  ...(d.termBy === 'months'
    ? d.termMonths.trim()
      ? { termMonths: Number(d.termMonths) }
      : {}
    : d.endDate
      ? { endDate: d.endDate }
      : {}),
  hasFinancialObligations: d.hasFinancialObligations,
  ...(d.hasFinancialObligations && d.amount.trim() ? { amount: amountText(d.amount) } : {}),
  coordinators: {
    municipality: { ...d.municipality, email: d.municipality.email.trim() },
    counterpart: { ...d.counterpart, email: d.counterpart.email.trim() },
  },
  obligations: d.obligations.map((o) => ({
    party: o.party,
    description: o.description,
    kind: o.kind,
    ...(o.kind === 'unica'
      ? o.dueOn
        ? { dueOn: o.dueOn }
        : {}
      : o.everyMonths.trim()
        ? { everyMonths: Number(o.everyMonths) }
        : {}),
  })),
});

const FIELD_NAMES: Record<string, string> = {
  counterpart: 'contraparte',
  convenioType: 'tipo',
  object: 'objeto',
  startDate: 'inicio',
  endDate: 'último día de vigencia',
  termMonths: 'plazo en meses',
  hasFinancialObligations: 'obligaciones financieras',
  amount: 'monto',
  coordinators: 'coordinadores',
  obligations: 'obligaciones',
  exitNoticeDays: 'preaviso',
};

/** «Corrija lo marcado en: contraparte, monto.» — the API's paths by the names on the form. */
function invalidFields(paths: string[]): string {
  const names = [...new Set(paths.map((p) => FIELD_NAMES[p.split('.')[0] ?? ''] ?? p))];
  return names.length > 0
    ? `Corrija lo marcado en: ${names.join(', ')}.`
    : 'Corrija lo marcado y vuelva a guardar.';
}

/** `/convenios/nuevo`: a new project, by a member of a gerencia de línea or an oficina. */
export function NewConvenioPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const create = useCreateConvenio();
  const errors = fieldErrors(create.error);
  const problem = problemOf(create.error);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (create.isError) focusFirstInvalid(form.current);
  }, [create.isError, create.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toBody(draft), { onSuccess: (c) => navigate(`/convenios/${c.id}`) });
  };
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setObligation = (key: number, change: Partial<Obligation>) =>
    setDraft((d) => ({
      ...d,
      obligations: d.obligations.map((o) => (o.key === key ? { ...o, ...change } : o)),
    }));

  const coordinatorFields = (side: 'municipality' | 'counterpart', legend: string) => (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="Nombre"
          required
          value={draft[side].name}
          error={errors[`coordinators.${side}.name`] ?? errors[`coordinators.${side}`]}
          onChange={(e) => set({ [side]: { ...draft[side], name: e.currentTarget.value } })}
        />
        <TextInput
          label="Cargo"
          required
          value={draft[side].post}
          error={errors[`coordinators.${side}.post`]}
          onChange={(e) => set({ [side]: { ...draft[side], post: e.currentTarget.value } })}
        />
        <TextInput
          label="Correo electrónico"
          type="email"
          required
          value={draft[side].email}
          error={errors[`coordinators.${side}.email`]}
          onChange={(e) => set({ [side]: { ...draft[side], email: e.currentTarget.value } })}
        />
      </SimpleGrid>
    </Fieldset>
  );

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Stack maw={860}>
        <Title order={1} size="h2">
          Nuevo convenio
        </Title>
        <Text c="gray.7">
          Su unidad lo propone y luego coordina su ejecución. Se guarda como proyecto: podrá
          revisarlo antes de enviarlo a trámite.
        </Text>
        {create.isError && (
          <Alert
            color="red"
            role="alert"
            title={
              problem?.code === 'VALIDATION_FAILED'
                ? 'Revise los campos marcados'
                : 'No se pudo guardar'
            }
          >
            {problem?.code === 'VALIDATION_FAILED'
              ? invalidFields(Object.keys(errors))
              : problemText(create.error)}
          </Alert>
        )}

        <Fieldset legend="Contraparte">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Nombre o razón social"
              required
              value={draft.counterpartName}
              error={errors['counterpart.name'] ?? errors.counterpart}
              onChange={(e) => set({ counterpartName: e.currentTarget.value })}
            />
            <TextInput
              label="RUC"
              description={hint('11 dígitos; se verifica su dígito verificador.')}
              required
              inputMode="numeric"
              maxLength={11}
              value={draft.ruc}
              error={errors['counterpart.ruc']}
              onChange={(e) => set({ ruc: e.currentTarget.value })}
            />
          </SimpleGrid>
        </Fieldset>

        <NativeSelect
          label="Tipo de convenio"
          value={draft.convenioType}
          error={errors.convenioType}
          data={Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }))}
          onChange={(e) =>
            set({ convenioType: e.currentTarget.value as CreateConvenio['convenioType'] })
          }
        />
        <Textarea
          label="Objeto"
          description={hint('Qué se acuerda, en una o dos frases.')}
          autosize
          minRows={2}
          required
          value={draft.object}
          error={errors.object}
          onChange={(e) => set({ object: e.currentTarget.value })}
        />

        <Fieldset legend="Vigencia">
          <Stack gap="sm">
            <TextInput
              label="Inicio (opcional)"
              description={hint('Si lo deja vacío, rige desde el día de su suscripción.')}
              type="date"
              value={draft.startDate}
              error={errors.startDate}
              onChange={(e) => set({ startDate: e.currentTarget.value })}
              maw={260}
            />
            <Radio.Group
              label="Término"
              value={draft.termBy}
              onChange={(value) => set({ termBy: value === 'date' ? 'date' : 'months' })}
            >
              <Group gap="md" mt="xs">
                <Radio value="months" label="Plazo en meses" />
                <Radio value="date" label="Último día de vigencia" />
              </Group>
            </Radio.Group>
            {draft.termBy === 'months' ? (
              <NumberInput
                label="Meses de vigencia"
                min={1}
                allowDecimal={false}
                value={draft.termMonths}
                error={errors.termMonths}
                onChange={(value) => set({ termMonths: String(value) })}
                maw={260}
              />
            ) : (
              <TextInput
                label="Último día de vigencia"
                type="date"
                value={draft.endDate}
                error={errors.endDate}
                onChange={(e) => set({ endDate: e.currentTarget.value })}
                maw={260}
              />
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Obligaciones financieras">
          <Stack gap="sm">
            <Checkbox
              label="Compromete recursos de la municipalidad (requiere la certificación de Planeamiento y Presupuesto)"
              checked={draft.hasFinancialObligations}
              error={errors.hasFinancialObligations}
              onChange={(e) => set({ hasFinancialObligations: e.currentTarget.checked })}
            />
            {draft.hasFinancialObligations && (
              <TextInput
                label="Monto en soles"
                description={hint('Por ejemplo: 150 000,50')}
                leftSection={<Text size="sm">S/</Text>}
                inputMode="decimal"
                value={draft.amount}
                error={errors.amount}
                onChange={(e) => set({ amount: e.currentTarget.value })}
                maw={320}
              />
            )}
          </Stack>
        </Fieldset>

        {coordinatorFields('municipality', 'Coordinador de la municipalidad')}
        {coordinatorFields('counterpart', 'Coordinador de la contraparte')}

        <Fieldset legend="Obligaciones de las partes">
          <Stack>
            {errors.obligations && (
              <Text c="red.8" size="sm" tabIndex={-1} data-invalid-group>
                {errors.obligations}
              </Text>
            )}
            {draft.obligations.map((o, i) => (
              <Paper key={o.key} withBorder p="sm">
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Text fw={600} size="sm">
                      Obligación {i + 1}
                    </Text>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      c="red.9"
                      aria-label={`Quitar la obligación ${i + 1}`}
                      onClick={() =>
                        setDraft((d) => ({
                          ...d,
                          obligations: d.obligations.filter((x) => x.key !== o.key),
                        }))
                      }
                    >
                      Quitar
                    </Button>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <NativeSelect
                      label={`Parte obligada (obligación ${i + 1})`}
                      value={o.party}
                      data={Object.entries(PARTY_LABELS).map(([value, label]) => ({
                        value,
                        label,
                      }))}
                      error={errors[`obligations.${i}.party`]}
                      onChange={(e) =>
                        setObligation(o.key, { party: e.currentTarget.value as Party })
                      }
                    />
                    <NativeSelect
                      label={`Clase (obligación ${i + 1})`}
                      value={o.kind}
                      data={[
                        { value: 'periodica', label: 'Periódica (un informe cada N meses)' },
                        { value: 'unica', label: 'Única (en una fecha)' },
                      ]}
                      error={errors[`obligations.${i}.kind`]}
                      onChange={(e) =>
                        setObligation(o.key, {
                          kind: e.currentTarget.value === 'unica' ? 'unica' : 'periodica',
                        })
                      }
                    />
                  </SimpleGrid>
                  <Textarea
                    label={`Descripción (obligación ${i + 1})`}
                    autosize
                    minRows={2}
                    value={o.description}
                    error={errors[`obligations.${i}.description`] ?? errors[`obligations.${i}`]}
                    onChange={(e) => setObligation(o.key, { description: e.currentTarget.value })}
                  />
                  {o.kind === 'unica' ? (
                    <TextInput
                      label={`Fecha (obligación ${i + 1})`}
                      type="date"
                      value={o.dueOn}
                      error={errors[`obligations.${i}.dueOn`]}
                      onChange={(e) => setObligation(o.key, { dueOn: e.currentTarget.value })}
                      maw={260}
                    />
                  ) : (
                    <NumberInput
                      label={`Cada cuántos meses (obligación ${i + 1})`}
                      min={1}
                      allowDecimal={false}
                      value={o.everyMonths}
                      error={errors[`obligations.${i}.everyMonths`]}
                      onChange={(value) => setObligation(o.key, { everyMonths: String(value) })}
                      maw={260}
                    />
                  )}
                </Stack>
              </Paper>
            ))}
            <Button
              variant="light"
              w="fit-content"
              onClick={() =>
                setDraft((d) => ({ ...d, obligations: [...d.obligations, obligation()] }))
              }
            >
              Agregar obligación
            </Button>
          </Stack>
        </Fieldset>

        <Group justify="space-between">
          <Button variant="default" component={Link} to="/convenios">
            Cancelar
          </Button>
          <Button type="submit" loading={create.isPending}>
            Guardar proyecto
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
