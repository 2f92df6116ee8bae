import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { SessionUser } from '../api/client';
import { isAdmin, ROLE_NAMES } from '../roles';
import { WorkItemsSummary } from '../work-items/WorkItemsSummary';

/** Home: who is working and in which unit; each capability of the console hangs from here. */
export function HomePage({ user }: { user: SessionUser }) {
  return (
    <Stack>
      <Title order={1} size="h2">
        Inicio
      </Title>
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={700} size="lg">
            {user.fullName}
          </Text>
          <Text fw={600}>{user.post}</Text>
          <Text>{user.unit ? user.unit.name : 'Sin unidad orgánica asignada'}</Text>
          <Text c="gray.7">{user.municipality.name}</Text>
          <Group gap="xs" aria-label="Roles">
            {user.roles.map((role) => (
              <Badge key={role} variant="light">
                {ROLE_NAMES[role] ?? role}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Card>
      {isAdmin(user) ? (
        <Card withBorder>
          <Stack gap="xs">
            <Anchor component={Link} to="/administracion" fw={700}>
              Administración
            </Anchor>
            <Text size="sm">
              Días no laborables, delegaciones y usuarios de su municipalidad. El administrador no
              actúa en los expedientes.
            </Text>
          </Stack>
        </Card>
      ) : (
        <WorkItemsSummary />
      )}
      {user.demo && (
        <Card withBorder bg="yellow.0">
          <Text>Cuenta de demostración: los datos de esta instalación son de prueba.</Text>
        </Card>
      )}
    </Stack>
  );
}
