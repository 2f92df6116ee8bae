import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ListPagination } from '../ListPagination';
import { type FormEvent, useRef, useState } from 'react';
import { formatDate, formatDateTime } from '../format';
import { fieldErrors } from '../resolutions/problems';
import { ROLE_NAMES } from '../roles';
import {
  type CreateDelegation,
  DELEGATION_KIND_NAMES,
  DELEGATION_STATUS,
  type Delegation,
  type DelegationKind,
  delegationStatus,
  limaToday,
  PAGE_SIZE,
  ROLES,
  useAdminUsers,
  useCreateDelegation,
  useDelegations,
  useRevokeDelegation,
} from './admin';
import { ReasonModal } from './ReasonModal';
import { AdminModal, fieldError, RefusalAlert, useFocusFirstInvalid } from './AdminModal';

/**
 * The municipality's delegations and encargaturas, each with its instrument, subjects and
 * validity: ADMIN registers them and revokes them (once; never deleted).
 */
export function DelegationsPage() {
  const [onlyInForce, setOnlyInForce] = useState(false);
  const [page, setPage] = useState(1);
  const today = limaToday();
  const delegations = useDelegations({ activeOn: onlyInForce ? today : null, page });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Delegation | null>(null);
  const data = delegations.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Delegaciones
        </Title>
        <Button onClick={() => setCreating(true)}>Registrar delegación</Button>
      </Group>
      <Text>
        Quién decide o firma en nombre de otro cargo, por qué instrumento, en qué materias y hasta
        cuándo. La firma de un acto las consulta el día en que se firma. Una delegación no se borra:
        termina al vencer o al revocarse.
      </Text>
      <NativeSelect
        label="Mostrar"
        value={onlyInForce ? 'vigentes' : 'todas'}
        data={[
          { value: 'todas', label: 'Todas (vigentes, vencidas y revocadas)' },
          { value: 'vigentes', label: 'Solo las vigentes hoy' },
        ]}
        onChange={(e) => {
          setOnlyInForce(e.currentTarget.value === 'vigentes');
          setPage(1);
        }}
        maw={360}
      />
      {delegations.isPending && <Loader aria-label="Cargando las delegaciones" />}
      {delegations.isError && (
        <Alert color="red" role="alert" title="No se pudieron cargar las delegaciones">
          {delegations.error.message}
        </Alert>
      )}
      {data && data.items.length === 0 && (
        <Text>
          {onlyInForce
            ? 'No hay delegaciones vigentes hoy.'
            : 'Todavía no hay delegaciones registradas en su municipalidad.'}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <>
          <Table striped visibleFrom="md">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {data.total === 1 ? '1 delegación' : `${data.total} delegaciones`}
              {delegations.isPlaceholderData ? ' (actualizando…)' : ''}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Delegante</Table.Th>
                <Table.Th scope="col">Delegado</Table.Th>
                <Table.Th scope="col">Clase y materias</Table.Th>
                <Table.Th scope="col">Instrumento</Table.Th>
                <Table.Th scope="col">Vigencia</Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.delegatorPost}</Table.Td>
                  <Table.Td>
                    {d.delegate.fullName}
                    <Text size="xs">{d.delegate.username}</Text>
                  </Table.Td>
                  <Table.Td>
                    {DELEGATION_KIND_NAMES[d.kind]}
                    <Text size="xs">{d.subjects.join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>{d.instrument}</Table.Td>
                  <Table.Td>
                    <Validity delegation={d} />
                  </Table.Td>
                  <Table.Td>
                    <Status delegation={d} today={today} onRevoke={() => setRevoking(d)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap="sm" hiddenFrom="md" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {data.items.map((d) => (
              <Card key={d.id} component="li" withBorder padding="sm">
                <Stack gap={4}>
                  <Text fw={600}>
                    {DELEGATION_KIND_NAMES[d.kind]}: {d.delegatorPost} → {d.delegate.fullName}
                  </Text>
                  <Text size="sm">Materias: {d.subjects.join(', ')}</Text>
                  <Text size="sm">Instrumento: {d.instrument}</Text>
                  <Validity delegation={d} />
                  <Status delegation={d} today={today} onRevoke={() => setRevoking(d)} />
                </Stack>
              </Card>
            ))}
          </Stack>
          {pages > 1 && <ListPagination pages={pages} page={page} onChange={setPage} />}
        </>
      )}
      {creating && <CreateDelegationModal onClose={() => setCreating(false)} />}
      {revoking && <RevokeModal delegation={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}

function Validity({ delegation }: { delegation: Delegation }) {
  return (
    <Text size="sm">
      Desde el {formatDate(delegation.validFrom)}{' '}
      {delegation.validUntil ? `hasta el ${formatDate(delegation.validUntil)}` : 'sin fecha de fin'}
    </Text>
  );
}

function Status({
  delegation,
  today,
  onRevoke,
}: {
  delegation: Delegation;
  today: string;
  onRevoke: () => void;
}) {
  const status = delegationStatus(delegation, today);
  const { label, color } = DELEGATION_STATUS[status];
  return (
    <Stack gap={4} align="start">
      <Badge color={color} variant="light" c="dark.8">
        {label}
      </Badge>
      {delegation.revokedAt && (
        <Text size="xs">
          El {formatDateTime(delegation.revokedAt)}: {delegation.revocationReason}
        </Text>
      )}
      {!delegation.revokedAt && status !== 'vencida' && (
        <Button
          size="xs"
          variant="default"
          aria-label={`Revocar la delegación a ${delegation.delegate.fullName} (${delegation.instrument})`}
          onClick={onRevoke}
        >
          Revocar
        </Button>
      )}
    </Stack>
  );
}

interface Draft {
  kind: DelegationKind;
  delegatorRole: CreateDelegation['delegatorRole'] | '';
  delegatorPost: string;
  delegateUserId: string;
  instrument: string;
  subjects: string;
  validFrom: string;
  validUntil: string;
}

const FIELDS = [
  'kind',
  'delegatorRole',
  'delegatorPost',
  'delegateUserId',
  'instrument',
  'subjects',
  'validFrom',
  'validUntil',
] as const;

function CreateDelegationModal({ onClose }: { onClose: () => void }) {
  const create = useCreateDelegation();
  // The delegate is one of the municipality's active users (a small list: one page of 100).
  const users = useAdminUsers({ active: true, role: null, unitId: null, q: '', page: 1 }, 100);
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>({
    kind: 'delegacion_firma',
    delegatorRole: '',
    delegatorPost: '',
    delegateUserId: '',
    instrument: '',
    subjects: '',
    validFrom: limaToday(),
    validUntil: '',
  });
  const errors = fieldErrors(create.error);
  useFocusFirstInvalid(form, create.error);
  const set = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        kind: draft.kind,
        // An empty choice goes as it is: the API names the field.
        delegatorRole: draft.delegatorRole as CreateDelegation['delegatorRole'],
        delegatorPost: draft.delegatorPost,
        delegateUserId: draft.delegateUserId,
        instrument: draft.instrument,
        subjects: draft.subjects
          .split(/[,\s]+/)
          .map((s) => s.trim())
          .filter(Boolean),
        validFrom: draft.validFrom,
        validUntil: draft.validUntil || null,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <AdminModal title="Registrar delegación" onClose={onClose}>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Se contrasta con la tabla de delegaciones del perfil de la municipalidad: si la ley no
            la permite, se rechaza citando la norma.
          </Text>
          <RefusalAlert error={create.error} fields={FIELDS} title="No se registró" />
          <NativeSelect
            label="Clase"
            required
            data-autofocus
            value={draft.kind}
            error={errors['kind']}
            data={Object.entries(DELEGATION_KIND_NAMES).map(([value, label]) => ({
              value,
              label,
            }))}
            onChange={(e) => set({ kind: e.currentTarget.value as DelegationKind })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label="Cargo que delega (rol)"
              required
              value={draft.delegatorRole}
              error={errors['delegatorRole']}
              data={[
                { value: '', label: 'Elija un rol' },
                ...ROLES.filter((r) => r !== 'ADMIN').map((r) => ({
                  value: r,
                  label: ROLE_NAMES[r] ?? r,
                })),
              ]}
              onChange={(e) =>
                set({ delegatorRole: e.currentTarget.value as Draft['delegatorRole'] })
              }
            />
            <TextInput
              label="Cargo como se imprime"
              description="P. ej. «Gerente Municipal Metropolitano»"
              required
              value={draft.delegatorPost}
              error={errors['delegatorPost']}
              onChange={(e) => set({ delegatorPost: e.currentTarget.value })}
            />
          </SimpleGrid>
          <NativeSelect
            label="Delegado o encargado"
            required
            value={draft.delegateUserId}
            error={errors['delegateUserId']}
            disabled={!users.data}
            data={[
              { value: '', label: users.data ? 'Elija un usuario' : 'Cargando usuarios…' },
              ...(users.data?.items ?? [])
                .filter((u) => !u.roles.includes('ADMIN'))
                .map((u) => ({ value: u.id, label: `${u.fullName} (${u.username}) · ${u.post}` })),
            ]}
            onChange={(e) => set({ delegateUserId: e.currentTarget.value })}
          />
          <TextInput
            label="Instrumento"
            description="La resolución que la dispone, p. ej. «Resolución de Gerencia Municipal N° 010-2026-MML/GM»"
            required
            value={draft.instrument}
            error={errors['instrument']}
            onChange={(e) => set({ instrument: e.currentTarget.value })}
          />
          <TextInput
            label="Materias"
            description="Códigos en minúsculas separados por comas, p. ej. «resoluciones_gerencia_municipal»"
            required
            value={draft.subjects}
            error={fieldError(errors, 'subjects')}
            onChange={(e) => set({ subjects: e.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Vigente desde"
              type="date"
              required
              value={draft.validFrom}
              error={errors['validFrom']}
              onChange={(e) => set({ validFrom: e.currentTarget.value })}
            />
            <TextInput
              label="Vigente hasta"
              description="Vacío: hasta que se revoque"
              type="date"
              value={draft.validUntil}
              error={errors['validUntil']}
              onChange={(e) => set({ validUntil: e.currentTarget.value })}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={create.isPending}>
              Registrar
            </Button>
          </Group>
        </Stack>
      </form>
    </AdminModal>
  );
}

function RevokeModal({ delegation, onClose }: { delegation: Delegation; onClose: () => void }) {
  const revoke = useRevokeDelegation();
  return (
    <ReasonModal
      title="Revocar delegación"
      explanation={
        <Text>
          {DELEGATION_KIND_NAMES[delegation.kind]} de {delegation.delegatorPost} a{' '}
          {delegation.delegate.fullName} ({delegation.instrument}). Deja de valer desde ahora y
          queda archivada con el motivo; no se puede deshacer.
        </Text>
      }
      reasonHint="P. ej. la resolución que la deja sin efecto"
      refusalTitle="No se revocó"
      confirmLabel="Revocar"
      error={revoke.error}
      pending={revoke.isPending}
      onConfirm={(reason) => revoke.mutate({ id: delegation.id, reason }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
