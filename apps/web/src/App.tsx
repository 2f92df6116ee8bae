import {
  AppShell,
  Burger,
  Button,
  Center,
  Group,
  Loader,
  NavLink,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Navigate, NavLink as RouterLink, Route, Routes } from 'react-router';
import type { SessionUser } from './api/client';
import { canReadBoard } from './board/roles';
import { NotificationsBell } from './notifications/NotificationsBell';
import { CalendarPage } from './pages/CalendarPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { VerificationPage } from './pages/VerificationPage';
import { SessionExpiredModal } from './SessionExpiredModal';
import { isAdmin } from './roles';
import { useLogout, useSession, useSessionExpired } from './session';
import { WorkItemsCount } from './work-items/WorkItemsCount';
import { WorkItemsPage } from './work-items/WorkItemsPage';

interface Section {
  readonly path: string;
  readonly label: string;
  /** A count beside the label (e.g. what is pending). */
  readonly Count?: () => ReactNode;
  /** Who sees it: everyone, only ADMIN, or only those who act in workflows (not ADMIN). */
  readonly audience?: 'admin' | 'staff';
  /** Besides the audience, only these users (the API refuses the others anyway). */
  readonly visible?: (user: SessionUser) => boolean;
}

// Its own chunk, fetched on the first visit: the first load stays small.
const ResolutionsSection = lazy(() => import('./resolutions/ResolutionsSection'));

// Sections beyond the first screens come with their first visit (first-load budget: 300 KB).
const MandatesSection = lazy(() => import('./mandates/MandatesSection'));
const AdminSection = lazy(() => import('./admin/AdminSection'));
const BoardSection = lazy(() => import('./board/BoardSection'));
const ConveniosSection = lazy(() => import('./convenios/ConveniosSection'));
const CouncilSection = lazy(() => import('./council/CouncilSection'));
const BudgetSection = lazy(() => import('./budget-modifications/BudgetSection'));
const ManagementCalendarSection = lazy(() => import('./budget/ManagementCalendarSection'));

/** The console's sections, in the order of the navigation (each capability adds its own). */
const SECTIONS: readonly Section[] = [
  { path: '/', label: 'Inicio' },
  { path: '/pendientes', label: 'Pendientes', Count: WorkItemsCount, audience: 'staff' },
  { path: '/calendario', label: 'Calendario' },
  { path: '/encargos', label: 'Encargos', audience: 'staff' },
  { path: '/resoluciones', label: 'Resoluciones', audience: 'staff' },
  { path: '/convenios', label: 'Convenios', audience: 'staff' },
  { path: '/concejo', label: 'Concejo', audience: 'staff' },
  { path: '/presupuesto', label: 'Presupuesto', audience: 'staff' },
  { path: '/calendario-de-gestion', label: 'Documentos de gestión', audience: 'staff' },
  {
    path: '/despacho',
    label: 'Despacho de Alcaldía',
    audience: 'staff',
    visible: (user) => canReadBoard(user.roles),
  },
  { path: '/administracion', label: 'Administración', audience: 'admin' },
];

/** ADMIN never acts in a workflow: it sees the administration, not the workflow sections. */
const visibleTo = (section: Section, user: SessionUser): boolean =>
  (section.audience === undefined || (section.audience === 'admin') === isAdmin(user)) &&
  (section.visible?.(user) ?? true);

/** Pages anyone opens without a session: the verification that the QR of a signed act carries. */
const PUBLIC_PAGES = /^\/verificar(\/|$)/;

/** The public pages as they are; everything else is the console. */
export function App() {
  if (PUBLIC_PAGES.test(window.location.pathname))
    return (
      <BrowserRouter>
        <Routes>
          <Route path="/verificar/:clave?" element={<VerificationPage />} />
          <Route path="*" element={<Navigate to="/verificar" replace />} />
        </Routes>
      </BrowserRouter>
    );
  return <Console />;
}

/** The console: the sign-in page without a session, the application shell with one. */
function Console() {
  const session = useSession();
  const expired = useSessionExpired();
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
      <Shell user={user} />
      <SessionExpiredModal user={user} opened={expired} />
    </BrowserRouter>
  );
}

function Shell({ user }: { user: SessionUser }) {
  const logout = useLogout();
  const [navigation, { toggle, close }] = useDisclosure(false);
  const admin = isAdmin(user);
  const sections = SECTIONS.filter((section) => visibleTo(section, user));
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navigation } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigation}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navigation ? 'Cerrar el menú' : 'Abrir el menú'}
            />
            <Title order={2} size="h4">
              Despacho · {user.municipality.shortName}
            </Title>
          </Group>
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
      <AppShell.Navbar p="xs" component="nav" aria-label="Secciones">
        {sections.map((section) => (
          <NavLink
            key={section.path}
            component={RouterLink}
            to={section.path}
            // Home is active only at /; a section also on its own pages (/encargos/nuevo).
            end={section.path === '/'}
            variant="filled"
            label={section.label}
            rightSection={section.Count ? <section.Count /> : undefined}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<HomePage user={user} />} />
          <Route path="/calendario" element={<CalendarPage />} />
          {/* ADMIN too (no navigation entry): it seeds the year from the calendar's empty state. */}
          <Route
            path="/calendario-de-gestion/*"
            element={
              <Suspense fallback={<Loader aria-label="Cargando" />}>
                <ManagementCalendarSection user={user} />
              </Suspense>
            }
          />
          {/* The other role's sections are not there: their addresses lead home. */}
          {admin ? (
            <Route
              path="/administracion/*"
              element={
                <Suspense fallback={<Loader aria-label="Cargando" />}>
                  <AdminSection />
                </Suspense>
              }
            />
          ) : (
            <>
              <Route path="/pendientes" element={<WorkItemsPage user={user} />} />
              <Route
                path="/resoluciones/*"
                element={
                  <Suspense fallback={<Loader aria-label="Cargando" />}>
                    <ResolutionsSection user={user} />
                  </Suspense>
                }
              />
              <Route
                path="/encargos/*"
                element={
                  <Suspense fallback={<Loader aria-label="Cargando" />}>
                    <MandatesSection user={user} />
                  </Suspense>
                }
              />
              <Route
                path="/convenios/*"
                element={
                  <Suspense fallback={<Loader aria-label="Cargando" />}>
                    <ConveniosSection user={user} />
                  </Suspense>
                }
              />
              <Route
                path="/presupuesto/*"
                element={
                  <Suspense fallback={<Loader aria-label="Cargando" />}>
                    <BudgetSection user={user} />
                  </Suspense>
                }
              />
              <Route
                path="/concejo/*"
                element={
                  <Suspense fallback={<Loader aria-label="Cargando" />}>
                    <CouncilSection user={user} />
                  </Suspense>
                }
              />
              {canReadBoard(user.roles) && (
                <Route
                  path="/despacho/*"
                  element={
                    <Suspense fallback={<Loader aria-label="Cargando" />}>
                      <BoardSection />
                    </Suspense>
                  }
                />
              )}
            </>
          )}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
