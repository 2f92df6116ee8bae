import { AppShell, Button, Center, Group, Loader, Text, Title } from '@mantine/core';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { NotificationsBell } from './notifications/NotificationsBell';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { SessionExpiredModal } from './SessionExpiredModal';
import { useLogout, useSession, useSessionExpired } from './session';

/** The console: the sign-in page without a session, the application shell with one. */
export function App() {
  const session = useSession();
  const expired = useSessionExpired();
  const logout = useLogout();
  if (session.isPending)
    return (
      <Center mih="100vh">
        <Loader aria-label="Cargando" />
      </Center>
    );
  const user = session.data ?? null;
  if (!user) return <LoginPage />;
  return (
    <BrowserRouter>
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Title order={2} size="h4">
              Despacho · {user.municipality.shortName}
            </Title>
            <Group gap="sm" wrap="nowrap">
              <NotificationsBell />
              <Text size="sm" visibleFrom="sm">
                {user.fullName}
              </Text>
              <Button variant="default" size="xs" onClick={() => logout.mutate()}>
                Cerrar sesión
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Main>
          <Routes>
            <Route path="/" element={<HomePage user={user} />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </AppShell.Main>
      </AppShell>
      <SessionExpiredModal user={user} opened={expired} />
    </BrowserRouter>
  );
}
