import { Alert, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { YearInput } from '../YearInput';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { formatCivilDate } from '../format';

const KIND_NAMES: Record<string, string> = {
  feriado_nacional: 'Feriado nacional',
  feriado_regional: 'Feriado regional',
  dia_no_laborable: 'Día no laborable',
};

/**
 * The year's non-working days of the user's municipality, each with the norm that makes it one:
 * what every term in business days skips (D1–D3).
 */
export function CalendarPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const holidays = useQuery({
    queryKey: ['calendar', 'holidays', year],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/calendar/holidays', { params: { query: { year } } })),
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        Calendario de días no laborables
      </Title>
      <Text>
        Los plazos en días hábiles no cuentan sábados, domingos ni estos días. Cada uno trae la
        norma que lo establece.
      </Text>
      <Group align="end">
        <YearInput year={year} onChange={setYear} />
        {holidays.data && <Text size="sm">Versión {holidays.data.version} del calendario</Text>}
      </Group>
      {holidays.isPending && <Loader aria-label="Cargando el calendario" />}
      {holidays.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar el calendario">
          {holidays.error.message}
        </Alert>
      )}
      {holidays.data && holidays.data.items.length === 0 && (
        <Text>No hay días no laborables registrados para {year}.</Text>
      )}
      {holidays.data && holidays.data.items.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
            {holidays.data.items.length} días no laborables en {year}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Fecha</Table.Th>
              <Table.Th scope="col">Motivo</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Tipo
              </Table.Th>
              <Table.Th scope="col">Norma</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {holidays.data.items.map((day) => (
              <Table.Tr key={`${day.date}-${day.name}`}>
                <Table.Td>{formatCivilDate(day.date)}</Table.Td>
                <Table.Td>{day.name}</Table.Td>
                <Table.Td visibleFrom="sm">{KIND_NAMES[day.kind] ?? day.kind}</Table.Td>
                <Table.Td>{day.source}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
