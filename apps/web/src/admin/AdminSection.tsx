import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { DelegationsPage } from './DelegationsPage';
import { NonWorkingDaysPage } from './NonWorkingDaysPage';
import { UsersPage } from './UsersPage';

const SCREENS = [
  {
    path: 'dias-no-laborables',
    label: 'Días no laborables',
    about:
      'Los días propios de la municipalidad que los plazos en días hábiles no cuentan, cada uno con su norma.',
  },
  {
    path: 'delegaciones',
    label: 'Delegaciones',
    about: 'Delegaciones de competencia o de firma y encargaturas, con su instrumento y vigencia.',
  },
  {
    path: 'usuarios',
    label: 'Usuarios',
    about:
      'Cuentas de la municipalidad: alta, unidad y roles, desactivación, desbloqueo y contraseña.',
  },
] as const;

/** What ADMIN also administers outside this section: the management calendar's years and dates. */
const ELSEWHERE = [
  {
    to: '/calendario-de-gestion',
    label: 'Calendario de gestión',
    about:
      'La siembra de cada año fiscal y el último día de cada documento de gestión, cada cambio con su fuente legal.',
  },
] as const;

/**
 * The «Administración» section (/administracion/*), for ADMIN only: loaded on first visit, not
 * with the console's first load.
 */
export default function AdminSection() {
  const current = useLocation().pathname.split('/')[2] ?? '';
  return (
    <Stack>
      <Group component="nav" aria-label="Administración" gap="xs">
        {SCREENS.map((screen) => (
          <Button
            key={screen.path}
            component={Link}
            to={`/administracion/${screen.path}`}
            size="xs"
            variant={current === screen.path ? 'filled' : 'default'}
            aria-current={current === screen.path ? 'page' : undefined}
          >
            {screen.label}
          </Button>
        ))}
        {ELSEWHERE.map((screen) => (
          <Button key={screen.to} component={Link} to={screen.to} size="xs" variant="default">
            {screen.label}
          </Button>
        ))}
      </Group>
      <Routes>
        <Route index element={<AdminHome />} />
        <Route path="dias-no-laborables" element={<NonWorkingDaysPage />} />
        <Route path="delegaciones" element={<DelegationsPage />} />
        <Route path="usuarios" element={<UsersPage />} />
        <Route path="*" element={<Navigate to="/administracion" replace />} />
      </Routes>
    </Stack>
  );
}

function AdminHome() {
  return (
    <Stack>
      <Title order={1} size="h2">
        Administración
      </Title>
      <Text>
        Lo que administra el rol ADMIN en su municipalidad. Cada cambio queda en la auditoría con
        quién lo hizo y cuándo.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {[
          ...SCREENS.map((screen) => ({ ...screen, to: `/administracion/${screen.path}` })),
          ...ELSEWHERE,
        ].map((screen) => (
          <Card key={screen.to} withBorder>
            <Stack gap="xs">
              <Anchor component={Link} to={screen.to} fw={700}>
                {screen.label}
              </Anchor>
              <Text size="sm">{screen.about}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
