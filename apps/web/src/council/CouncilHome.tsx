import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { formatDate, formatDateTime } from '../format';
import { ListPagination } from '../ListPagination';
import { ConveniosForCouncil } from '../convenios/ConveniosForCouncil';
import { Dot } from '../resolutions/StateBadge';
import { problemText } from '../resolutions/problems';
import { canConduct, PAGE_SIZE, useAcuerdoList, useItemTypeLabel, useSessionList } from './council';
import { ACTA_LABELS, KIND_LABELS, STATUS_LABELS } from './labels';

/** The Concejo: its sessions, newest first, and the Acuerdos of a year (page and year in the address). */
export function CouncilHome({ user }: { user: SessionUser }) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const acuerdosPage = Math.max(1, Number(params.get('pagina_acuerdos')) || 1);
  const thisYear = new Date().getFullYear();
  const yearParam = Number(params.get('anio'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 ? yearParam : thisYear;
  const sessions = useSessionList(page);
  const acuerdos = useAcuerdoList(year, acuerdosPage);
  const itemTypeLabel = useItemTypeLabel();

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (key === 'anio') next.delete('pagina_acuerdos');
    setParams(next);
  };
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  const sessionPages = Math.max(1, Math.ceil((sessions.data?.total ?? 0) / PAGE_SIZE));
  const acuerdoPages = Math.max(1, Math.ceil((acuerdos.data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Concejo Municipal
        </Title>
        <Group>
          <Button component={Link} to="/concejo/miembros" variant="default">
            Miembros del Concejo
          </Button>
          <Button component={Link} to="/concejo/pedidos" variant="default">
            Pedidos de información
          </Button>
          {canConduct(user) && (
            <Button component={Link} to="/concejo/convocar">
              Convocar sesión
            </Button>
          )}
        </Group>
      </Group>

      <ConveniosForCouncil mayAddToAgenda={canConduct(user)} />

      <Title order={2} size="h3">
        Sesiones
      </Title>
      {sessions.isPending && <Loader aria-label="Cargando sesiones" />}
      {sessions.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar las sesiones">
          {problemText(sessions.error)}
        </Alert>
      )}
      {sessions.data && sessions.data.items.length === 0 && (
        <Text>Aún no se ha convocado ninguna sesión del Concejo.</Text>
      )}
      {sessions.data && sessions.data.items.length > 0 && (
        <>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {sessions.data.total === 1 ? '1 sesión' : `${sessions.data.total} sesiones`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Sesión</Table.Th>
                <Table.Th scope="col">Estado</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Acta
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/concejo/sesiones/${s.id}`} fw={600}>
                      Sesión {KIND_LABELS[s.kind].toLowerCase()} del {formatDate(s.date)}
                    </Anchor>
                    <Text size="sm" c="gray.7">
                      {s.items === 1 ? '1 asunto' : `${s.items} asuntos`} · convocada el{' '}
                      {formatDate(s.convokedOn)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Dot
                      color={s.status === 'en_curso' ? 'green' : 'gray'}
                      label={STATUS_LABELS[s.status]}
                    />
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{ACTA_LABELS[s.actaStatus]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="center">
            <ListPagination
              pages={sessionPages}
              page={page}
              onChange={(n) => update('pagina', String(n))}
            />
          </Group>
        </>
      )}

      <Group justify="space-between" align="end">
        <Title order={2} size="h3">
          Acuerdos de Concejo
        </Title>
        <NativeSelect
          label="Año de los Acuerdos"
          value={String(year)}
          onChange={(e) => update('anio', e.currentTarget.value)}
          data={years}
        />
      </Group>
      {acuerdos.isPending && <Loader aria-label="Cargando Acuerdos" />}
      {acuerdos.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar los Acuerdos">
          {problemText(acuerdos.error)}
        </Alert>
      )}
      {acuerdos.data && acuerdos.data.items.length === 0 && (
        <Text>No hay Acuerdos de Concejo en {year}.</Text>
      )}
      {acuerdos.data && acuerdos.data.items.length > 0 && (
        <>
          <Table striped verticalSpacing="sm" aria-label={`Acuerdos de Concejo de ${year}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Acuerdo</Table.Th>
                <Table.Th scope="col" visibleFrom="sm">
                  Sesión
                </Table.Th>
                <Table.Th scope="col">Rige desde</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {acuerdos.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text fw={600}>{a.number}</Text>
                    <Text size="sm" c="gray.7">
                      {itemTypeLabel(a.itemType)} · {a.title}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Anchor component={Link} to={`/concejo/sesiones/${a.sessionId}`}>
                      {formatDate(a.sessionDate)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {a.inForceFrom ? (
                      formatDateTime(a.inForceFrom)
                    ) : (
                      <Text size="sm" c="gray.7">
                        Acta pendiente
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="center">
            <ListPagination
              pages={acuerdoPages}
              page={acuerdosPage}
              onChange={(n) => update('pagina_acuerdos', String(n))}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
