import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Menu,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ListPagination } from '../ListPagination';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useRef, useState } from 'react';
import { formatDateTime } from '../format';
import { fieldErrors } from '../resolutions/problems';
import { ROLE_NAMES } from '../roles';
import {
  type AdminUser,
  PAGE_SIZE,
  type Role,
  ROLES,
  type UserFilters,
  useAdminUsers,
  useCreateUser,
  useDeactivateUser,
  useReactivateUser,
  useResetPassword,
  useUnits,
  useUnlockUser,
  useUpdateUser,
} from './admin';
import { ReasonModal } from './ReasonModal';
import { AdminModal, fieldError, RefusalAlert, useFocusFirstInvalid } from './AdminModal';

type Action = 'editar' | 'contraseña' | 'desactivar' | 'reactivar' | 'desbloquear';

/**
 * The municipality's accounts: ADMIN creates them, changes their unit and roles, deactivates and
 * reactivates them, unlocks them and sets a new password. Every change is audited.
 */
export function UsersPage() {
  const [filters, setFilters] = useState<UserFilters>({
    active: null,
    role: null,
    unitId: null,
    q: '',
    page: 1,
  });
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 350);
  const users = useAdminUsers({ ...filters, q });
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [acting, setActing] = useState<{ user: AdminUser; action: Action } | null>(null);
  const data = users.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const filter = (changes: Partial<UserFilters>) =>
    setFilters((f) => ({ ...f, ...changes, page: 1 }));
  const filtered =
    filters.active !== null ||
    filters.role !== null ||
    filters.unitId !== null ||
    q.trim().length >= 2;

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Usuarios
        </Title>
        <Button onClick={() => setCreating(true)}>Crear usuario</Button>
      </Group>
      <Text>
        Las cuentas de su municipalidad. Un cambio de unidad o de roles vale desde la siguiente
        acción del usuario; desactivar una cuenta cierra todas sus sesiones.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput
          label="Buscar"
          placeholder="Usuario, nombre o cargo"
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setFilters((f) => ({ ...f, page: 1 }));
          }}
        />
        <NativeSelect
          label="Estado"
          value={filters.active === null ? '' : String(filters.active)}
          data={[
            { value: '', label: 'Todos' },
            { value: 'true', label: 'Activos' },
            { value: 'false', label: 'Desactivados' },
          ]}
          onChange={(e) =>
            filter({ active: e.currentTarget.value ? e.currentTarget.value === 'true' : null })
          }
        />
        <NativeSelect
          label="Rol"
          value={filters.role ?? ''}
          data={[
            { value: '', label: 'Todos' },
            ...ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] ?? r })),
          ]}
          onChange={(e) => filter({ role: (e.currentTarget.value || null) as Role | null })}
        />
        <NativeSelect
          label="Unidad"
          value={filters.unitId ?? ''}
          data={[
            { value: '', label: 'Todas' },
            ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
          onChange={(e) => filter({ unitId: e.currentTarget.value || null })}
        />
      </SimpleGrid>
      {users.isPending && <Loader aria-label="Cargando los usuarios" />}
      {users.isError && (
        <Alert color="red" role="alert" title="No se pudieron cargar los usuarios">
          {users.error.message}
        </Alert>
      )}
      {data && data.items.length === 0 && (
        <Text>{filtered ? 'No hay usuarios con esos filtros.' : 'Todavía no hay usuarios.'}</Text>
      )}
      {data && data.items.length > 0 && (
        <>
          <Table striped visibleFrom="md">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {data.total === 1 ? '1 usuario' : `${data.total} usuarios`}
              {users.isPlaceholderData ? ' (actualizando…)' : ''}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Usuario</Table.Th>
                <Table.Th scope="col">Nombre y cargo</Table.Th>
                <Table.Th scope="col">Unidad</Table.Th>
                <Table.Th scope="col">Roles</Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
                <Table.Th scope="col">Acciones</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>{u.username}</Table.Td>
                  <Table.Td>
                    {u.fullName}
                    <Text size="xs">{u.post}</Text>
                  </Table.Td>
                  <Table.Td>{u.unit?.name ?? 'Sin unidad'}</Table.Td>
                  <Table.Td>{u.roles.map((r) => ROLE_NAMES[r] ?? r).join(', ')}</Table.Td>
                  <Table.Td>
                    <UserState user={u} />
                  </Table.Td>
                  <Table.Td>
                    <Actions user={u} onAction={(action) => setActing({ user: u, action })} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap="sm" hiddenFrom="md" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {data.items.map((u) => (
              <Card key={u.id} component="li" withBorder padding="sm">
                <Stack gap={4}>
                  <Text fw={600}>{u.fullName}</Text>
                  <Text size="sm">
                    {u.username} · {u.post}
                  </Text>
                  <Text size="sm">{u.unit?.name ?? 'Sin unidad'}</Text>
                  <Text size="sm">{u.roles.map((r) => ROLE_NAMES[r] ?? r).join(', ')}</Text>
                  <Group justify="space-between">
                    <UserState user={u} />
                    <Actions user={u} onAction={(action) => setActing({ user: u, action })} />
                  </Group>
                </Stack>
              </Card>
            ))}
          </Stack>
          {pages > 1 && (
            <ListPagination
              pages={pages}
              page={filters.page}
              onChange={(page) => setFilters((f) => ({ ...f, page }))}
            />
          )}
        </>
      )}
      {creating && <UserFormModal onClose={() => setCreating(false)} />}
      {acting?.action === 'editar' && (
        <UserFormModal user={acting.user} onClose={() => setActing(null)} />
      )}
      {acting?.action === 'contraseña' && (
        <PasswordModal user={acting.user} onClose={() => setActing(null)} />
      )}
      {acting?.action === 'desactivar' && (
        <DeactivateModal user={acting.user} onClose={() => setActing(null)} />
      )}
      {(acting?.action === 'reactivar' || acting?.action === 'desbloquear') && (
        <ConfirmModal user={acting.user} action={acting.action} onClose={() => setActing(null)} />
      )}
    </Stack>
  );
}

function UserState({ user }: { user: AdminUser }) {
  return (
    <Group gap={4}>
      <Badge color={user.active ? 'green' : 'gray'} variant="light" c="dark.8">
        {user.active ? 'Activo' : 'Desactivado'}
      </Badge>
      {user.locked && (
        <Badge
          color="red"
          variant="light"
          c="dark.8"
          title={user.lockedUntil ? `Hasta ${formatDateTime(user.lockedUntil)}` : undefined}
        >
          Bloqueado
        </Badge>
      )}
      {user.demo && (
        <Badge color="yellow" c="dark.8" variant="light">
          Demostración
        </Badge>
      )}
    </Group>
  );
}

function Actions({ user, onAction }: { user: AdminUser; onAction: (action: Action) => void }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" aria-label={`Acciones para ${user.username}`}>
          Acciones
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('editar')}>Editar unidad y roles</Menu.Item>
        <Menu.Item onClick={() => onAction('contraseña')}>Fijar contraseña nueva</Menu.Item>
        {user.locked && <Menu.Item onClick={() => onAction('desbloquear')}>Desbloquear</Menu.Item>}
        {user.active ? (
          <Menu.Item color="red.9" onClick={() => onAction('desactivar')}>
            Desactivar
          </Menu.Item>
        ) : (
          <Menu.Item onClick={() => onAction('reactivar')}>Reactivar</Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

interface Draft {
  username: string;
  fullName: string;
  post: string;
  unitId: string;
  roles: Role[];
  password: string;
}

const FIELDS = ['username', 'fullName', 'post', 'unitId', 'roles', 'password'] as const;

/** Creates a user, or (with `user`) changes the name, post, unit and roles of one. */
function UserFormModal({ user, onClose }: { user?: AdminUser; onClose: () => void }) {
  const create = useCreateUser();
  const update = useUpdateUser();
  const saving = user ? update : create;
  const units = useUnits();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>({
    username: user?.username ?? '',
    fullName: user?.fullName ?? '',
    post: user?.post ?? '',
    unitId: user?.unit?.id ?? '',
    roles: user?.roles ?? [],
    password: '',
  });
  const errors = fieldErrors(saving.error);
  useFocusFirstInvalid(form, saving.error);
  const set = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = {
      fullName: draft.fullName,
      post: draft.post,
      unitId: draft.unitId,
      roles: draft.roles,
    };
    if (user) update.mutate({ id: user.id, body: common }, { onSuccess: onClose });
    else
      create.mutate(
        { ...common, username: draft.username, password: draft.password },
        { onSuccess: onClose },
      );
  };

  return (
    <AdminModal title={user ? `Editar ${user.username}` : 'Crear usuario'} onClose={onClose}>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          <RefusalAlert error={saving.error} fields={FIELDS} />
          {!user && (
            <TextInput
              label="Nombre de usuario"
              description="El código de la municipalidad, un punto y minúsculas o dígitos, p. ej. «mml.jperez»"
              required
              data-autofocus
              autoComplete="off"
              value={draft.username}
              error={errors['username']}
              onChange={(e) => set({ username: e.currentTarget.value })}
            />
          )}
          <TextInput
            label="Nombre completo"
            required
            data-autofocus={user ? true : undefined}
            value={draft.fullName}
            error={errors['fullName']}
            onChange={(e) => set({ fullName: e.currentTarget.value })}
          />
          <TextInput
            label="Cargo"
            description="Como se imprime en los documentos, p. ej. «Especialista legal»"
            required
            value={draft.post}
            error={errors['post']}
            onChange={(e) => set({ post: e.currentTarget.value })}
          />
          <NativeSelect
            label="Unidad orgánica"
            required
            value={draft.unitId}
            error={errors['unitId']}
            data={[
              { value: '', label: units.data ? 'Elija una unidad' : 'Cargando unidades…' },
              ...(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
            onChange={(e) => set({ unitId: e.currentTarget.value })}
          />
          <Checkbox.Group
            label="Roles"
            description="ADMIN no se combina con otros roles: el administrador no actúa en expedientes."
            required
            value={draft.roles}
            error={fieldError(errors, 'roles')}
            onChange={(roles) => set({ roles: roles as Role[] })}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
              {ROLES.map((r) => (
                <Checkbox
                  key={r}
                  value={r}
                  label={ROLE_NAMES[r] ?? r}
                  // The refusal names the list: its first box takes the focus.
                  aria-invalid={fieldError(errors, 'roles') ? true : undefined}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {!user && (
            <PasswordInput
              label="Contraseña inicial"
              description="12 caracteres o más, no común, sin el usuario ni el nombre"
              required
              autoComplete="new-password"
              value={draft.password}
              error={errors['password']}
              // Mantine marks only data-invalid on it: assistive technology reads aria-invalid.
              aria-invalid={errors['password'] ? true : undefined}
              onChange={(e) => set({ password: e.currentTarget.value })}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={saving.isPending}>
              {user ? 'Guardar cambios' : 'Crear usuario'}
            </Button>
          </Group>
        </Stack>
      </form>
    </AdminModal>
  );
}

function PasswordModal({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const reset = useResetPassword();
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const errors = fieldErrors(reset.error);
  useFocusFirstInvalid(form, reset.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ id: user.id, password }, { onSuccess: onClose });
  };
  return (
    <AdminModal title={`Fijar contraseña nueva de ${user.username}`} onClose={onClose}>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Se cierran todas las sesiones de {user.fullName} y, si la cuenta estaba bloqueada, se
            desbloquea. Entréguele la contraseña por un medio seguro.
          </Text>
          <RefusalAlert error={reset.error} fields={['password']} />
          <PasswordInput
            label="Contraseña nueva"
            description="12 caracteres o más, no común, sin el usuario ni el nombre"
            required
            data-autofocus
            autoComplete="new-password"
            value={password}
            error={errors['password']}
            aria-invalid={errors['password'] ? true : undefined}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={reset.isPending}>
              Fijar contraseña
            </Button>
          </Group>
        </Stack>
      </form>
    </AdminModal>
  );
}

function DeactivateModal({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const deactivate = useDeactivateUser();
  return (
    <ReasonModal
      title={`Desactivar ${user.username}`}
      explanation={
        <Text size="sm">
          {user.fullName} ya no podrá iniciar sesión y sus sesiones abiertas se cierran ahora. La
          cuenta no se borra: se puede reactivar.
        </Text>
      }
      reasonHint="P. ej. «Cese por término de contrato (Memorando N° 120-2026-MML/GA)»"
      refusalTitle="No se desactivó"
      confirmLabel="Desactivar"
      error={deactivate.error}
      pending={deactivate.isPending}
      onConfirm={(reason) => deactivate.mutate({ id: user.id, reason }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

function ConfirmModal({
  user,
  action,
  onClose,
}: {
  user: AdminUser;
  action: 'reactivar' | 'desbloquear';
  onClose: () => void;
}) {
  const reactivate = useReactivateUser();
  const unlock = useUnlockUser();
  const run = action === 'reactivar' ? reactivate : unlock;
  const title =
    action === 'reactivar' ? `Reactivar ${user.username}` : `Desbloquear ${user.username}`;
  return (
    <AdminModal title={title} onClose={onClose}>
      <Stack>
        <Text>
          {action === 'reactivar'
            ? `${user.fullName} podrá volver a iniciar sesión (las sesiones cerradas no reviven).`
            : `Se levanta el bloqueo por intentos fallidos de ${user.fullName}; su contraseña no cambia.`}
        </Text>
        <RefusalAlert error={run.error} fields={[]} title="No se pudo completar" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancelar
          </Button>
          <Button
            loading={run.isPending}
            onClick={() => run.mutate(user.id, { onSuccess: onClose })}
          >
            {action === 'reactivar' ? 'Reactivar' : 'Desbloquear'}
          </Button>
        </Group>
      </Stack>
    </AdminModal>
  );
}
