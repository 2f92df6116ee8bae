import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  DraftFooter,
  DraftNotLoaded,
  GroupError,
  RemovableItem,
  SaveRefused,
} from '../forms/DraftParts';
import { useFormProblems } from '../forms/useFormProblems';
import { hint } from './StateBadge';
import {
  type CreateResolution,
  type Resolution,
  useCreateResolution,
  useResolution,
  useSendEvent,
} from './resolutions';

type Paragraph = { key: number; text: string };
type Addressee = { key: number; name: string; documentId: string; email: string };
type ParagraphField = 'vistos' | 'considerandos' | 'articles';

interface Draft {
  subject: string;
  scope: 'particular' | 'general';
  hasBudgetImpact: boolean;
  vistos: Paragraph[];
  considerandos: Paragraph[];
  articles: Paragraph[];
  addressees: Addressee[];
}

/** A yellow note whose title keeps AA contrast (Mantine's light yellow title does not). */
const NOTE = { title: { color: 'var(--mantine-color-gray-9)' } };

let nextKey = 1;
const paragraph = (text = ''): Paragraph => ({ key: nextKey++, text });
const addressee = (a?: Partial<Addressee>): Addressee => ({
  key: nextKey++,
  name: a?.name ?? '',
  documentId: a?.documentId ?? '',
  email: a?.email ?? '',
});

const EMPTY: () => Draft = () => ({
  subject: '',
  scope: 'particular',
  hasBudgetImpact: false,
  vistos: [paragraph()],
  considerandos: [paragraph()],
  articles: [paragraph()],
  addressees: [addressee()],
});

const fromResolution = (r: Resolution): Draft => ({
  subject: r.subject,
  scope: r.scope,
  hasBudgetImpact: r.hasBudgetImpact,
  vistos: r.vistos.map((t) => paragraph(t)),
  considerandos: r.considerandos.map((t) => paragraph(t)),
  articles: r.articles.map((t) => paragraph(t)),
  addressees: r.addressees.map((a) =>
    addressee({ name: a.name, documentId: a.documentId ?? '', email: a.email ?? '' }),
  ),
});

/** The body of the API: optional addressee fields left empty are not sent. */
const toBody = (d: Draft): CreateResolution => ({
  subject: d.subject,
  scope: d.scope,
  hasBudgetImpact: d.hasBudgetImpact,
  // Vistos are optional: a blank one left in the form is not one.
  vistos: d.vistos.map((p) => p.text).filter((t) => t.trim() !== ''),
  considerandos: d.considerandos.map((p) => p.text),
  articles: d.articles.map((p) => p.text),
  addressees: d.addressees.map((a) => ({
    name: a.name,
    ...(a.documentId.trim() ? { documentId: a.documentId } : {}),
    ...(a.email.trim() ? { email: a.email.trim() } : {}),
  })),
});

const PARAGRAPHS: Record<
  ParagraphField,
  { legend: string; item: string; noun: string; min: number; max: number; help: string }
> = {
  vistos: {
    legend: 'Vistos',
    item: 'Visto',
    noun: 'visto',
    min: 0,
    max: 50,
    help: 'Los documentos que se tienen a la vista: informes, memorandos, expedientes.',
  },
  considerandos: {
    legend: 'Considerandos',
    item: 'Considerando',
    noun: 'considerando',
    min: 1,
    max: 100,
    help: 'Los fundamentos de hecho y de derecho, uno por párrafo.',
  },
  articles: {
    legend: 'Parte resolutiva (artículos)',
    item: 'Artículo',
    noun: 'artículo',
    min: 1,
    max: 50,
    help: 'Lo que se resuelve; en el documento cada uno será «ARTÍCULO PRIMERO.-», «SEGUNDO»…',
  },
};

/** `/resoluciones/nueva`: a new draft, by a member of the drafting unit. */
export function NewResolutionPage() {
  return <DraftForm initial={EMPTY()} />;
}

/** `/resoluciones/:id/editar`: a draft or an observed project, sent with the version it was read at. */
export function EditResolutionPage() {
  const { id = '' } = useParams();
  const resolution = useResolution(id);
  // Each load of the current version starts the form again from it; until then, the text stays.
  const [loads, setLoads] = useState(0);
  if (resolution.isPending || resolution.isError) return <DraftNotLoaded query={resolution} />;
  const data = resolution.data;
  if (!data.allowedEvents.includes('EDIT'))
    return (
      <Stack>
        <Title order={1} size="h2">
          Editar el proyecto
        </Title>
        <Alert color="yellow" styles={NOTE} title="Este proyecto no se puede editar">
          Solo la unidad que lo elaboró lo edita, mientras es proyecto u observado.
        </Alert>
        <Anchor component={Link} to={`/resoluciones/${id}`}>
          Volver al expediente
        </Anchor>
      </Stack>
    );
  return (
    <DraftForm
      key={`${data.id}-${loads}`}
      initial={fromResolution(data)}
      editing={data}
      onReload={async () => {
        await resolution.refetch();
        setLoads((n) => n + 1);
      }}
    />
  );
}

function DraftForm({
  initial,
  editing,
  onReload,
}: {
  initial: Draft;
  editing?: Resolution;
  onReload?: () => Promise<void>;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(initial);
  // The version this form was opened at: what the edit says it changes.
  const [version] = useState(editing?.version ?? 0);
  const create = useCreateResolution();
  const edit = useSendEvent(editing?.id ?? '');
  const saving = editing ? edit : create;
  const { errors, problem, form } = useFormProblems(saving);
  const stale = problem?.code === 'VERSION_CONFLICT';
  const [focusNew, setFocusNew] = useState<string | null>(null);

  useEffect(() => {
    if (focusNew) document.getElementById(focusNew)?.focus();
  }, [focusNew]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = toBody(draft);
    if (editing)
      edit.mutate(
        { version, event: { type: 'EDIT', ...body } },
        { onSuccess: (r) => navigate(`/resoluciones/${r.id}`) },
      );
    else create.mutate(body, { onSuccess: (r) => navigate(`/resoluciones/${r.id}`) });
  };

  const setParagraphs = (field: ParagraphField, items: Paragraph[]) =>
    setDraft((d) => ({ ...d, [field]: items }));
  const setAddressee = (key: number, change: Partial<Addressee>) =>
    setDraft((d) => ({
      ...d,
      addressees: d.addressees.map((a) => (a.key === key ? { ...a, ...change } : a)),
    }));

  const lastObservation = editing?.state === 'observed' ? observationOf(editing) : null;

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Stack maw={860}>
        <Title order={1} size="h2">
          {editing ? 'Editar el proyecto de resolución' : 'Nuevo proyecto de resolución'}
        </Title>
        {editing && (
          <Text c="gray.7">
            Versión {version} del expediente. Al guardar, las visaciones ya dadas quedan sin efecto
            (el contenido cambia).
          </Text>
        )}
        {lastObservation && (
          <Alert color="yellow" styles={NOTE} title="Observaciones a subsanar">
            {lastObservation}
          </Alert>
        )}
        {stale && (
          <Alert color="red" role="alert" title="Otra persona cambió este proyecto">
            <Stack gap="xs">
              <Text size="sm">
                Mientras usted editaba, el expediente pasó de la versión {version} a la{' '}
                {problem.currentVersion ?? 'siguiente'}. Sus cambios{' '}
                <strong>no se guardaron</strong> y siguen en este formulario: cópielos si los
                necesita antes de cargar la versión vigente.
              </Text>
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => void onReload?.()}>
                  Cargar la versión vigente (descarta mis cambios)
                </Button>
                {editing && (
                  <Button
                    size="xs"
                    variant="subtle"
                    component="a"
                    href={`/resoluciones/${editing.id}`}
                    target="_blank"
                    rel="noopener"
                  >
                    Ver la versión vigente en otra pestaña
                  </Button>
                )}
              </Group>
            </Stack>
          </Alert>
        )}
        {saving.isError && !stale && (
          <SaveRefused
            error={saving.error}
            problem={problem}
            errors={errors}
            fieldNames={FIELD_NAMES}
          />
        )}

        <Textarea
          label="Asunto"
          description={hint('Qué se resuelve, en una frase.')}
          autosize
          minRows={2}
          required
          value={draft.subject}
          error={errors.subject}
          onChange={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
        />
        <Radio.Group
          label="Alcance"
          value={draft.scope}
          error={errors.scope}
          onChange={(value) =>
            setDraft({ ...draft, scope: value === 'general' ? value : 'particular' })
          }
        >
          <Stack gap="xs" mt="xs">
            <Radio value="particular" label="Particular: se notifica a cada destinatario" />
            <Radio value="general" label="General: se publica en el diario oficial" />
          </Stack>
        </Radio.Group>
        <Checkbox
          label="Compromete presupuesto (requiere la visación de Planeamiento y Presupuesto)"
          checked={draft.hasBudgetImpact}
          error={errors.hasBudgetImpact}
          onChange={(e) => setDraft({ ...draft, hasBudgetImpact: e.currentTarget.checked })}
        />

        {(['vistos', 'considerandos', 'articles'] as const).map((field) => (
          <ParagraphList
            key={field}
            field={field}
            items={draft[field]}
            errors={errors}
            onChange={(items) => setParagraphs(field, items)}
            onAdded={setFocusNew}
          />
        ))}

        <Fieldset legend="Destinatarios">
          <Stack>
            <Text size="sm" c="gray.7">
              A quiénes se notifica (alcance particular): persona natural o jurídica.
            </Text>
            <GroupError id="addressees-error" message={errors.addressees} />
            {draft.addressees.map((a, i) => (
              <RemovableItem
                key={a.key}
                title={`Destinatario ${i + 1}`}
                titleId={`addressee-${a.key}-title`}
                removeLabel={`Quitar el destinatario ${i + 1}`}
                onRemove={() =>
                  setDraft((d) => ({
                    ...d,
                    addressees: d.addressees.filter((x) => x.key !== a.key),
                  }))
                }
              >
                <TextInput
                  id={`addressee-${a.key}-name`}
                  label={`Nombre o razón social del destinatario ${i + 1}`}
                  required
                  value={a.name}
                  error={errors[`addressees.${i}.name`] ?? errors[`addressees.${i}`]}
                  onChange={(e) => setAddressee(a.key, { name: e.currentTarget.value })}
                />
                <Group grow align="start" wrap="wrap">
                  <TextInput
                    label="DNI, RUC o carné de extranjería (opcional)"
                    value={a.documentId}
                    miw={220}
                    error={errors[`addressees.${i}.documentId`]}
                    onChange={(e) => setAddressee(a.key, { documentId: e.currentTarget.value })}
                  />
                  <TextInput
                    label="Correo electrónico (opcional)"
                    type="email"
                    value={a.email}
                    miw={220}
                    error={errors[`addressees.${i}.email`]}
                    onChange={(e) => setAddressee(a.key, { email: e.currentTarget.value })}
                  />
                </Group>
              </RemovableItem>
            ))}
            {draft.addressees.length < 50 && (
              <Button
                variant="light"
                w="fit-content"
                onClick={() => {
                  const added = addressee();
                  setDraft((d) => ({ ...d, addressees: [...d.addressees, added] }));
                  setFocusNew(`addressee-${added.key}-name`);
                }}
              >
                Agregar destinatario
              </Button>
            )}
          </Stack>
        </Fieldset>

        <DraftFooter
          cancelTo={editing ? `/resoluciones/${editing.id}` : '/resoluciones'}
          editing={editing !== undefined}
          saving={saving.isPending}
        />
      </Stack>
    </form>
  );
}

const FIELD_NAMES: Record<string, string> = {
  subject: 'asunto',
  scope: 'alcance',
  hasBudgetImpact: 'impacto presupuestal',
  vistos: 'vistos',
  considerandos: 'considerandos',
  articles: 'artículos',
  addressees: 'destinatarios',
};

/** What the project must fix: the last return, or the unfavourable opinion's reasons. */
function observationOf(r: Resolution): string | null {
  const lastReturn = r.returns.at(-1);
  const opinion = r.legalOpinion && !r.legalOpinion.favorable ? r.legalOpinion : null;
  if (opinion && (!lastReturn || opinion.at > lastReturn.at))
    return `Opinión legal desfavorable (${opinion.reportRef}): ${opinion.reasons ?? ''}`;
  return lastReturn ? lastReturn.reason : null;
}

function ParagraphList({
  field,
  items,
  errors,
  onChange,
  onAdded,
}: {
  field: ParagraphField;
  items: Paragraph[];
  errors: Record<string, string>;
  onChange: (items: Paragraph[]) => void;
  onAdded: (inputId: string) => void;
}) {
  const spec = PARAGRAPHS[field];
  const groupError = errors[field];
  // The API names the list, not the item: a blank item is the one to fill in or remove.
  const blank = items.filter((p) => p.text.trim() === '').length;
  const onItems = groupError !== undefined && blank > 0;
  return (
    <Fieldset legend={spec.legend}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {spec.help}
        </Text>
        {!onItems && <GroupError id={`${field}-error`} message={groupError} />}
        {items.length === 0 && (
          <Text size="sm" c="gray.7">
            Ninguno.
          </Text>
        )}
        {items.map((p, i) => (
          <Group key={p.key} align="start" wrap="nowrap" gap="xs">
            <Textarea
              id={`${field}-${p.key}`}
              label={`${spec.item} ${i + 1}`}
              autosize
              minRows={2}
              style={{ flex: 1 }}
              value={p.text}
              error={
                errors[`${field}.${i}`] ??
                (onItems && p.text.trim() === '' ? groupError : undefined)
              }
              onChange={(e) => {
                const text = e.currentTarget.value;
                onChange(items.map((x) => (x.key === p.key ? { ...x, text } : x)));
              }}
            />
            <Button
              mt={26}
              size="compact-sm"
              variant="subtle"
              color="red"
              c="red.9"
              disabled={items.length <= spec.min}
              aria-label={`Quitar el ${spec.noun} ${i + 1}`}
              onClick={() => onChange(items.filter((x) => x.key !== p.key))}
            >
              Quitar
            </Button>
          </Group>
        ))}
        {items.length < spec.max && (
          <Button
            variant="light"
            w="fit-content"
            onClick={() => {
              const added = paragraph();
              onChange([...items, added]);
              onAdded(`${field}-${added.key}`);
            }}
          >
            Agregar {spec.noun}
          </Button>
        )}
      </Stack>
    </Fieldset>
  );
}
