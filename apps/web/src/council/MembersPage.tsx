import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { SessionUser } from '../api/client';
import { formatDate } from '../format';
import { Dot } from '../resolutions/StateBadge';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import {
  canConduct,
  type CouncilMember,
  type NewAbsence,
  type NewMember,
  useAddAbsence,
  useAddMember,
  useMembers,
} from './council';
import { NOTE } from './notes';

const ROLE_LABELS: Record<NewMember['role'], string> = {
  alcalde: 'Alcalde',
  regidor: 'Regidor(a)',
};
const ABSENCE_LABELS: Record<NewAbsence['kind'], string> = {
  licencia: 'Licencia',
  suspension: 'Suspensión',
};

const span = (from: string, to: string | null) =>
  to ? `del ${formatDate(from)} al ${formatDate(to)}` : `desde el ${formatDate(from)}`;

/**
 * «Miembros del Concejo»: the Alcalde and the regidores, hábil today or not, with their leaves and
 * suspensions (LOM Art. 16, 25); the Secretaría General registers members and leaves.
 */
export function MembersPage({ user }: { user: SessionUser }) {
  const members = useMembers();
  const secretaria = canConduct(user);
  return (
    <Stack>
      <Anchor component={Link} to="/concejo" size="sm">
        Volver al Concejo
      </Anchor>
      <Title order={1} size="h2">
        Miembros del Concejo
      </Title>
      {members.isPending && <Loader aria-label="Cargando los miembros" />}
      {members.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar los miembros">
          {problemText(members.error)}
        </Alert>
      )}
      {members.data && (
        <>
          <Alert color="blue" styles={NOTE} role="status" title="Número legal y número hábil">
            Número legal: {members.data.numeroLegal} · número hábil hoy:{' '}
            {members.data.numeroHabilToday} (sin licencia ni suspensión; cuentan para el quórum).
          </Alert>
          {secretaria && (
            <Group align="start" grow>
              <AddMemberForm />
              <AddAbsenceForm members={members.data.items} />
            </Group>
          )}
          <MemberTable members={members.data.items} />
        </>
      )}
    </Stack>
  );
}

function MemberTable({ members }: { members: CouncilMember[] }) {
  return (
    <Table striped verticalSpacing="sm" aria-label="Miembros del Concejo">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Miembro</Table.Th>
          <Table.Th scope="col">Hoy</Table.Th>
          <Table.Th scope="col">Licencias y suspensiones</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => (
          <Table.Tr key={member.id}>
            <Table.Td>
              <Text fw={600}>{member.name}</Text>
              <Text size="sm" c="gray.7">
                {ROLE_LABELS[member.role as NewMember['role']] ?? member.role} · credencial{' '}
                {span(member.activeFrom, member.activeTo)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Dot
                color={member.habilToday ? 'green' : 'gray'}
                label={member.habilToday ? 'Hábil' : 'No hábil'}
              />
            </Table.Td>
            <Table.Td>
              {member.absences.length === 0 ? (
                <Text size="sm" c="gray.7">
                  Ninguna
                </Text>
              ) : (
                <Stack gap={2}>
                  {member.absences.map((absence) => (
                    <Text key={absence.id} size="sm">
                      {ABSENCE_LABELS[absence.kind as NewAbsence['kind']] ?? absence.kind}{' '}
                      {span(absence.from, absence.to)} · {absence.instrument}
                    </Text>
                  ))}
                </Stack>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Both forms show the API's refusal above and its field errors on the fields. */
function Refusal({ error, title }: { error: unknown; title: string }) {
  const problem = problemOf(error);
  if (error === null || problem?.code === 'VALIDATION_FAILED') return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {problemText(error)}
    </Alert>
  );
}

function AddMemberForm() {
  const add = useAddMember();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<NewMember['role']>('regidor');
  const [activeFrom, setActiveFrom] = useState('');
  const [activeTo, setActiveTo] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    add.mutate(
      { name: name.trim(), role, activeFrom, ...(activeTo ? { activeTo } : {}) },
      {
        onSuccess: (member) => {
          setDone(member.name);
          setName('');
          setActiveFrom('');
          setActiveTo('');
        },
        onError: () => setTimeout(() => focusFirstInvalid(form.current)),
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Registrar un miembro">
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Registrar un miembro
          </Title>
          <Refusal error={add.error} title="No se pudo registrar el miembro" />
          {done && (
            <Alert color="green" styles={NOTE} role="status" title="Miembro registrado">
              {done} integra el Concejo.
            </Alert>
          )}
          <TextInput
            label="Nombre completo"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <NativeSelect
            label="Cargo"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as NewMember['role'])}
            data={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
            error={errors.role}
          />
          <TextInput
            label="Credencial desde"
            description="Inicio del mandato según la credencial del JNE"
            type="date"
            required
            value={activeFrom}
            onChange={(e) => setActiveFrom(e.currentTarget.value)}
            error={errors.activeFrom}
          />
          <TextInput
            label="Credencial hasta (opcional)"
            type="date"
            value={activeTo}
            onChange={(e) => setActiveTo(e.currentTarget.value)}
            error={errors.activeTo}
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Registrar miembro
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AddAbsenceForm({ members }: { members: CouncilMember[] }) {
  const add = useAddAbsence();
  const form = useRef<HTMLFormElement>(null);
  const [memberId, setMemberId] = useState('');
  const [kind, setKind] = useState<NewAbsence['kind']>('licencia');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [instrument, setInstrument] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [missingMember, setMissingMember] = useState(false);
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setMissingMember(!memberId);
    if (!memberId) {
      add.reset();
      setTimeout(() => focusFirstInvalid(form.current));
      return;
    }
    add.mutate(
      {
        memberId,
        body: { kind, from, ...(to ? { to } : {}), instrument: instrument.trim() },
      },
      {
        onSuccess: (member) => {
          setDone(`${ABSENCE_LABELS[kind]} de ${member.name} registrada.`);
          setFrom('');
          setTo('');
          setInstrument('');
        },
        onError: () => setTimeout(() => focusFirstInvalid(form.current)),
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-label="Registrar una licencia o suspensión">
      <form ref={form} onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h4">
            Registrar una licencia o suspensión
          </Title>
          <Refusal error={add.error} title="No se pudo registrar" />
          {done && (
            <Alert color="green" styles={NOTE} role="status" title="Registrada">
              {done} Esos días no vota ni cuenta para el quórum.
            </Alert>
          )}
          <NativeSelect
            label="Miembro"
            required
            value={memberId}
            onChange={(e) => setMemberId(e.currentTarget.value)}
            data={[
              { value: '', label: 'Elija un miembro' },
              ...members.map((m) => ({ value: m.id, label: m.name })),
            ]}
            error={missingMember ? 'Elija el miembro.' : undefined}
          />
          <NativeSelect
            label="Clase"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as NewAbsence['kind'])}
            data={Object.entries(ABSENCE_LABELS).map(([value, label]) => ({ value, label }))}
            error={errors.kind}
          />
          <Group grow align="start">
            <TextInput
              label="Desde"
              type="date"
              required
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={errors.from}
            />
            <TextInput
              label="Hasta (opcional)"
              description="Inclusive; sin fecha, hasta nuevo aviso"
              type="date"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={errors.to}
            />
          </Group>
          <TextInput
            label="Instrumento"
            description="El Acuerdo o la resolución que la concede o dispone"
            required
            value={instrument}
            onChange={(e) => setInstrument(e.currentTarget.value)}
            error={errors.instrument}
          />
          <Group>
            <Button type="submit" loading={add.isPending}>
              Registrar
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
