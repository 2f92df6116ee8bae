import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link as RouterLink } from 'react-router';
import { kindName, useWorkItemCounts } from './work-items';

/** The home page's card: how much is waiting on the user, by kind, with the way to the tray. */
export function WorkItemsSummary() {
  const counts = useWorkItemCounts();
  const data = counts.data;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Pendientes conmigo
        </Title>
        {counts.isPending && <Loader size="sm" aria-label="Cargando los pendientes" />}
        {counts.isError && <Text c="red.9">No se pudieron cargar los pendientes.</Text>}
        {data && data.total === 0 && <Text>No tiene nada pendiente.</Text>}
        {data && data.total > 0 && (
          <>
            <Text fw={600}>
              {data.total} {data.total === 1 ? 'pendiente' : 'pendientes'}
              {data.overdue > 0 && (
                <Text span c="red.9" fw={700}>
                  {`, ${data.overdue} ${data.overdue === 1 ? 'vencido' : 'vencidos'}`}
                </Text>
              )}
            </Text>
            <Group gap="lg">
              {data.byKind.map((k) => (
                <Text key={k.kind} size="sm">
                  {kindName(k.kind)}: {k.total}
                </Text>
              ))}
            </Group>
            <Group gap="lg">
              <Anchor component={RouterLink} to="/pendientes">
                Ver mis pendientes
              </Anchor>
              {data.overdue > 0 && (
                <Anchor component={RouterLink} to="/pendientes?vencidos=1">
                  Ver los vencidos
                </Anchor>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
