import { Alert, Anchor, Badge, Loader, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { reviewPath } from '../budget/budget';
import { STATUS_LABELS } from '../budget/labels';
import { CalendarStatusBadge } from '../budget/StateBadge';
import { allPages, ExportButtons } from '../export/ExportButtons';
import type { ExportColumn } from '../export/export';
import { countOf, formatDate, formatDateTime, formatSoles } from '../format';
import { filePath, kindName } from '../work-items/work-items';
import {
  type AmountUnderReview,
  type BoardDocument,
  budgetBoardPage,
  type ExpiringConvenio,
  expiringConveniosPage,
  type PendingAcuerdo,
  pendingAcuerdosPage,
  stateName,
  useBudgetBoard,
  useExpiringConvenios,
  usePendingAcuerdos,
} from './board';
import { Section } from './BoardCard';

/** How many rows a panel shows; the export takes them all. */
const SHOWN = 10;

const daysLeft = (n: number) =>
  n === 0 ? 'vence hoy' : n === 1 ? 'queda 1 día' : `quedan ${n} días`;
const convenioName = (c: ExpiringConvenio) => c.number ?? `Convenio con ${c.counterpart}`;

const EXPIRING_COLUMNS: ExportColumn<ExpiringConvenio>[] = [
  { header: 'Convenio', value: convenioName },
  { header: 'Contraparte', value: (c) => c.counterpart },
  { header: 'Unidad solicitante', value: (c) => c.requestingUnit },
  { header: 'Vence', value: (c) => formatDate(c.inForceUntil) },
  { header: 'Días que quedan', value: (c) => c.daysLeft },
  { header: 'Renovación en trámite', value: (c) => (c.renewalUnderWay ? 'Sí' : 'No') },
];

/** Shown: how many of how many, when the panel does not show them all. */
function Shown({ shown, total }: { shown: number; total: number }) {
  if (shown >= total) return null;
  return (
    <Text size="sm" c="gray.7">
      Se muestran {shown} de {total}; la exportación los incluye todos.
    </Text>
  );
}

/**
 * A follow-up panel of the board: its title, CSV/Excel export of every row, the loading and error
 * states, a sentence with the count, and the table of the first rows.
 */
function FollowUpPanel<T, P extends { total: number; items: T[] }>({
  title,
  filename,
  columns,
  allRows,
  query,
  what,
  summary,
  details,
  children,
}: {
  title: string;
  filename: string;
  columns: ExportColumn<T>[];
  allRows: () => Promise<T[]>;
  query: { isPending: boolean; isError: boolean; error: Error | null; data: P | undefined };
  /** «los convenios por vencer»: for the loading and error messages. */
  what: string;
  summary: (page: P) => string;
  /** A line under the summary, shown even when the list is empty. */
  details?: (page: P) => React.ReactNode;
  children: (page: P) => React.ReactNode;
}) {
  const data = query.data;
  return (
    <Section
      title={title}
      actions={<ExportButtons filename={filename} columns={columns} rows={allRows} />}
    >
      {query.isPending && <Loader aria-label={`Cargando ${what}`} />}
      {query.isError && (
        <Alert color="red" role="alert" title={`No se pudieron cargar ${what}`}>
          {query.error?.message}
        </Alert>
      )}
      {data && <Text fw={600}>{summary(data)}</Text>}
      {data && details?.(data)}
      {data && data.items.length > 0 && (
        <>
          {children(data)}
          <Shown shown={data.items.length} total={data.total} />
        </>
      )}
    </Section>
  );
}

/** «Convenios por vencer»: in force, ending within the next 90 days, the soonest first. */
export function ExpiringConveniosCard() {
  return (
    <FollowUpPanel
      title="Convenios por vencer"
      filename="convenios-por-vencer"
      columns={EXPIRING_COLUMNS}
      allRows={() => allPages(expiringConveniosPage)}
      query={useExpiringConvenios(SHOWN)}
      what="los convenios por vencer"
      summary={(data) =>
        data.total === 0
          ? `Ningún convenio vigente vence en los próximos ${data.withinDays} días.`
          : `${data.total} ${data.total === 1 ? 'convenio vigente vence' : 'convenios vigentes vencen'} hasta el ${formatDate(data.until)} (${data.withinDays} días)`
      }
    >
      {(data) => (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Convenio</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Unidad solicitante
              </Table.Th>
              <Table.Th scope="col">Vence</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Renovación
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/convenios/${c.id}`}>
                    {convenioName(c)}
                  </Anchor>
                  <Text size="sm" c="gray.7">
                    {c.counterpart}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">{c.requestingUnit}</Table.Td>
                <Table.Td>
                  {formatDate(c.inForceUntil)}
                  <Text
                    size="sm"
                    c={c.daysLeft <= 30 ? 'red.9' : 'gray.7'}
                    fw={c.daysLeft <= 30 ? 700 : undefined}
                  >
                    {daysLeft(c.daysLeft)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  {c.renewalUnderWay ? (
                    <Badge color="teal" variant="light">
                      Adenda en trámite
                    </Badge>
                  ) : (
                    'Sin adenda en trámite'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </FollowUpPanel>
  );
}

const STAGE_NAMES: Readonly<Record<string, string>> = {
  not_in_force: 'Por entrar en vigor (acta pendiente)',
  awaiting_execution: 'Pendiente de ejecución',
};
const stageName = (stage: string) => STAGE_NAMES[stage] ?? stage;
const fileName = (file: NonNullable<PendingAcuerdo['file']>) =>
  `${kindName(file.kind)}: ${stateName(file.kind, file.state)}`;

const PENDING_COLUMNS: ExportColumn<PendingAcuerdo>[] = [
  { header: 'Acuerdo', value: (a) => a.number },
  { header: 'Asunto', value: (a) => a.title },
  { header: 'Sesión', value: (a) => formatDate(a.sessionDate) },
  { header: 'Situación', value: (a) => stageName(a.stage) },
  { header: 'Desde', value: (a) => formatDateTime(a.since) },
  { header: 'Expediente', value: (a) => (a.file ? fileName(a.file) : 'Sin expediente vinculado') },
];

/** «Acuerdos pendientes de ejecución»: not yet in force, or in force with their file unmoved. */
export function PendingAcuerdosCard() {
  return (
    <FollowUpPanel
      title="Acuerdos pendientes de ejecución"
      filename="acuerdos-pendientes-de-ejecucion"
      columns={PENDING_COLUMNS}
      allRows={() => allPages(pendingAcuerdosPage)}
      query={usePendingAcuerdos(SHOWN)}
      what="los Acuerdos pendientes"
      summary={(data) =>
        data.total === 0
          ? 'Ningún Acuerdo de Concejo está pendiente de ejecución.'
          : `${data.total} ${data.total === 1 ? 'Acuerdo pendiente' : 'Acuerdos pendientes'}`
      }
    >
      {(data) => (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Acuerdo</Table.Th>
              <Table.Th scope="col">Situación</Table.Th>
              <Table.Th scope="col">Expediente</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Desde
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/concejo/sesiones/${a.sessionId}`}
                    aria-label={`${a.number}: ver la sesión del ${formatDate(a.sessionDate)}`}
                  >
                    {a.number}
                  </Anchor>
                  <Text size="sm">{a.title}</Text>
                  <Text size="sm" c="gray.7">
                    Sesión del {formatDate(a.sessionDate)}
                  </Text>
                </Table.Td>
                <Table.Td>{stageName(a.stage)}</Table.Td>
                <Table.Td>
                  {a.file ? (
                    <Anchor
                      component={Link}
                      to={filePath({ kind: a.file.kind, instanceId: a.file.id })}
                    >
                      {fileName(a.file)}
                    </Anchor>
                  ) : (
                    'Sin expediente vinculado'
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">{formatDateTime(a.since)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </FollowUpPanel>
  );
}

/** «15 días hábiles tras la aprobación del PIA»: the acronym in the name when it has one. */
function chainedTerm(d: BoardDocument): string | null {
  if (d.chainedAfter === null || d.chainedBusinessDays === null) return null;
  const name = d.chainedAfterName ?? d.chainedAfter;
  const acronym = /\(([^)]+)\)$/.exec(name)?.[1];
  const days =
    d.chainedBusinessDays === 1 ? '1 día hábil' : `${d.chainedBusinessDays} días hábiles`;
  return `${days} tras la aprobación ${acronym ? `del ${acronym}` : `de ${name}`}`;
}

const DOCUMENT_COLUMNS: ExportColumn<BoardDocument>[] = [
  { header: 'Documento', value: (d) => d.documentName },
  { header: 'Año fiscal', value: (d) => d.fiscalYear },
  { header: 'Unidad responsable', value: (d) => d.responsibleUnit },
  { header: 'Último día', value: (d) => formatDate(d.dueOn) },
  { header: 'Plazo', value: (d) => STATUS_LABELS[d.status] },
  { header: 'Fecha encadenada', value: (d) => chainedTerm(d) ?? '' },
  { header: 'Trámite', value: (d) => stateName('budget-reviews', d.state) },
  { header: 'Fuente legal de la fecha', value: (d) => d.dueBasis },
];

const underReview = (a: AmountUnderReview, one: string, many: string, none: string) =>
  a.count === 0 ? none : `${countOf(a.count, one, many)} por ${formatSoles(a.amountCents)}`;

/** «Documentos de gestión»: not yet approved, the soonest last day first, and the money under review. */
export function ManagementDocumentsCard() {
  return (
    <FollowUpPanel
      title="Documentos de gestión"
      filename="documentos-de-gestion"
      columns={DOCUMENT_COLUMNS}
      allRows={() => allPages(budgetBoardPage)}
      query={useBudgetBoard(SHOWN)}
      what="los documentos de gestión"
      summary={(data) =>
        data.total === 0
          ? 'Ningún documento de gestión con fecha está pendiente de aprobación.'
          : `${countOf(data.total, 'documento de gestión por aprobar', 'documentos de gestión por aprobar')}: ${countOf(data.counts.late, 'vencido', 'vencidos')}, ${data.counts.atRisk} en riesgo, ${data.counts.onTime} a tiempo`
      }
      details={(data) => (
        <Text size="sm">
          En revisión:{' '}
          {underReview(
            data.underReview.documents,
            'documento de gestión',
            'documentos de gestión',
            'ningún documento de gestión',
          )}{' '}
          ·{' '}
          {underReview(
            data.underReview.modifications,
            'modificación presupuestaria',
            'modificaciones presupuestarias',
            'ninguna modificación presupuestaria',
          )}
        </Text>
      )}
    >
      {(data) => (
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Documento</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Unidad responsable
              </Table.Th>
              <Table.Th scope="col">Último día</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Trámite
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={reviewPath(d.id)}>
                    {d.documentName}
                  </Anchor>
                  <Text size="sm" c="gray.7">
                    Año fiscal {d.fiscalYear}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">{d.responsibleUnit}</Table.Td>
                <Table.Td>
                  {formatDate(d.dueOn)}
                  <CalendarStatusBadge status={d.status} />
                  {chainedTerm(d) && (
                    <Text size="sm" c="gray.7">
                      {chainedTerm(d)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">{stateName('budget-reviews', d.state)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </FollowUpPanel>
  );
}
