import { Alert, Anchor, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../format';
import { problemText } from '../resolutions/problems';
import { type ConvenioSummary, useConvenioList } from './convenios';
import { conveneFor } from '../council/referred-files';

/**
 * The Alcaldía's view of the convenios on their way to the Concejo: those awaiting the Alcalde's
 * decision (refer them, sign them if exempt, or return them) and those he referred, which wait for
 * an Acuerdo. Secretaría General puts a referred one on an agenda from here.
 */
export function ConveniosForCouncil({ mayAddToAgenda }: { mayAddToAgenda: boolean }) {
  const deciding = useConvenioList({ page: 1, state: 'mayor_review' });
  const referred = useConvenioList({ page: 1, state: 'awaiting_council' });
  return (
    <Stack gap="xs" component="section" aria-labelledby="convenios-para-el-concejo">
      <Title order={2} size="h3" id="convenios-para-el-concejo">
        Convenios para el Concejo
      </Title>
      <ConvenioRows
        title="En despacho de Alcaldía"
        empty="Ningún convenio espera la decisión del Alcalde."
        list={deciding}
      />
      <ConvenioRows
        title="Remitidos al Concejo, sin Acuerdo"
        empty="Ningún convenio espera el Acuerdo del Concejo."
        list={referred}
        action={
          mayAddToAgenda
            ? (c) => (
                <Button
                  component={Link}
                  to={conveneFor(c.id)}
                  size="xs"
                  variant="light"
                  aria-label={`Poner en agenda el convenio con ${c.counterpart}`}
                >
                  Poner en agenda
                </Button>
              )
            : undefined
        }
      />
    </Stack>
  );
}

function ConvenioRows({
  title,
  empty,
  list,
  action,
}: {
  title: string;
  empty: string;
  list: ReturnType<typeof useConvenioList>;
  action?: (c: ConvenioSummary) => React.ReactNode;
}) {
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title} ({total})
      </Title>
      {list.isPending && <Loader size="sm" aria-label={`Cargando: ${title}`} />}
      {list.isError && (
        <Alert color="red" role="alert">
          {problemText(list.error)}
        </Alert>
      )}
      {list.isSuccess && items.length === 0 && <Text c="gray.7">{empty}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Contraparte</Table.Th>
                <Table.Th>Con obligaciones financieras</Table.Th>
                <Table.Th>Último movimiento</Table.Th>
                {action && <Table.Th>Acción</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/convenios/${c.id}`}>
                      {c.counterpart}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.hasFinancialObligations ? 'Sí' : 'No'}</Table.Td>
                  <Table.Td>{formatDay(c.updatedAt)}</Table.Td>
                  {action && <Table.Td>{action(c)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > items.length && (
        <Anchor component={Link} to="/convenios" size="sm">
          Ver los {total} en la lista de convenios
        </Anchor>
      )}
    </Stack>
  );
}
