import {
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  DraftFooter,
  DraftNotLoaded,
  GroupError,
  RemovableItem,
  SaveRefused,
} from '../forms/DraftParts';
import { useFormProblems } from '../forms/useFormProblems';
import { hint } from '../resolutions/StateBadge';
import {
  type Convenio,
  type CreateConvenio,
  useConvenio,
  useCreateConvenio,
  useSendConvenioEvent,
} from './convenios';
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

/** The project as it is, in the form's terms (the amount as people write it). */
const fromConvenio = (c: Convenio): Draft => ({
  counterpartName: c.counterpart.name,
  ruc: c.counterpart.ruc,
  convenioType: c.convenioType,
  object: c.object,
  startDate: c.startDate ?? '',
  termBy: c.endDate ? 'date' : 'months',
  termMonths: c.termMonths !== null ? String(c.termMonths) : '',
  endDate: c.endDate ?? '',
  hasFinancialObligations: c.hasFinancialObligations,
  amount:
    c.amountCents !== null
      ? `${Math.floor(c.amountCents / 100)},${String(c.amountCents % 100).padStart(2, '0')}`
      : '',
  municipality: { ...c.coordinators.municipality },
  counterpart: { ...c.coordinators.counterpart },
  obligations: c.obligations.map((o) => ({
    key: nextKey++,
    party: o.party,
    description: o.description,
    kind: o.kind,
    dueOn: o.dueOn ?? '',
    everyMonths: o.everyMonths !== null ? String(o.everyMonths) : '',
  })),
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

/** `/convenios/nuevo`: a new project, by a member of a gerencia de línea or an oficina. */
export function NewConvenioPage() {
  return <ConvenioForm initial={EMPTY()} />;
}

/** `/convenios/:id/editar`: the project in draft, sent with the version it was read at. */
export function EditConvenioPage() {
  const { id = '' } = useParams();
  const convenio = useConvenio(id);
  if (convenio.isPending || convenio.isError) return <DraftNotLoaded query={convenio} />;
  const c = convenio.data;
  if (!c.allowedEvents.includes('EDIT'))
    return (
      <Stack>
        <Title order={1} size="h2">
          Editar el proyecto de convenio
        </Title>
        <Text>Solo la unidad solicitante lo edita, mientras es proyecto.</Text>
        <Anchor component={Link} to={`/convenios/${id}`}>
          Volver al expediente
        </Anchor>
      </Stack>
    );
  return <ConvenioForm key={c.version} initial={fromConvenio(c)} editing={c} />;
}

function ConvenioForm({ initial, editing }: { initial: Draft; editing?: Convenio }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(initial);
  // The version this form was opened at: what the edit says it changes.
  const [version] = useState(editing?.version ?? 0);
  const create = useCreateConvenio();
  const edit = useSendConvenioEvent(editing?.id ?? '');
  const saving = editing ? edit : create;
  const { errors, problem, form } = useFormProblems(saving);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = toBody(draft);
    const open = (c: Convenio) => navigate(`/convenios/${c.id}`);
    if (editing)
      edit.mutate(
        {
          version,
          // An edit states the whole term again: the one not chosen is cleared.
          event: {
            type: 'EDIT',
            ...body,
            startDate: body.startDate ?? null,
            endDate: body.endDate ?? null,
            termMonths: body.termMonths ?? null,
            amount: body.amount ?? null,
          },
        },
        { onSuccess: open },
      );
    else create.mutate(body, { onSuccess: open });
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
          {editing ? 'Editar el proyecto de convenio' : 'Nuevo convenio'}
        </Title>
        <Text c="gray.7">
          {editing
            ? `Versión ${version} del expediente. Se verifica entero otra vez al guardar.`
            : 'Su unidad lo propone y luego coordina su ejecución. Se guarda como proyecto: podrá revisarlo antes de enviarlo a trámite.'}
        </Text>
        {saving.isError && (
          <SaveRefused
            error={saving.error}
            problem={problem}
            errors={errors}
            fieldNames={FIELD_NAMES}
          />
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
            <GroupError message={errors.obligations} />
            {draft.obligations.map((o, i) => (
              <RemovableItem
                key={o.key}
                title={`Obligación ${i + 1}`}
                removeLabel={`Quitar la obligación ${i + 1}`}
                onRemove={() =>
                  setDraft((d) => ({
                    ...d,
                    obligations: d.obligations.filter((x) => x.key !== o.key),
                  }))
                }
              >
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
              </RemovableItem>
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

        <DraftFooter
          cancelTo={editing ? `/convenios/${editing.id}` : '/convenios'}
          editing={editing !== undefined}
          saving={saving.isPending}
        />
      </Stack>
    </form>
  );
}
