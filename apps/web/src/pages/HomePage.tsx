import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '../api/client';
import { WorkItemsSummary } from '../work-items/WorkItemsSummary';

const ROLE_NAMES: Record<string, string> = {
  ADMIN: 'Administración del sistema',
  ALCALDE: 'Alcaldía',
  GERENTE_MUNICIPAL: 'Gerencia Municipal',
  SECRETARIA_GENERAL: 'Secretaría General',
  ASESORIA_JURIDICA: 'Asesoría Jurídica',
  PLANEAMIENTO_PRESUPUESTO: 'Planeamiento y Presupuesto',
  GERENCIA: 'Gerencia de línea',
  REGIDOR: 'Regidor(a)',
};

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
      {!user.roles.includes('ADMIN') && <WorkItemsSummary />}
      {user.demo && (
        <Card withBorder bg="yellow.0">
          <Text>Cuenta de demostración: los datos de esta instalación son de prueba.</Text>
        </Card>
      )}
    </Stack>
  );
}
