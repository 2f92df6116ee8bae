import { Alert, Card, Group, Loader, Stack, Text, Timeline, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { components } from '../api/schema';
import { formatDate, formatDateTime } from '../format';
import { DEADLINE_STATUS_LABELS, termLabel } from './labels';
import { problemText } from './problems';
import { type HistoryItem, usePeople, useUnitNames } from './resolutions';
import { Dot } from './StateBadge';

/** The panels every file of the kernel shows alike (resolutions, convenios). */

export function FileSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

type Deadline = components['schemas']['DeadlineDto'];

/**
 * The open deadlines; `dueLabel` words the date (an alert is given on it, a term falls due),
 * `nameOf` names one of several of a code (which phase, which obligation).
 */
export function DeadlinesPanel({
  deadlines,
  dueLabel = () => 'Vence el',
  nameOf = (deadline) => deadline.name,
}: {
  deadlines: readonly Deadline[];
  dueLabel?: (deadline: Deadline) => string;
  nameOf?: (deadline: Deadline) => string;
}) {
  const unitName = useUnitNames();
  return (
    <FileSection title="Plazos">
      {deadlines.length === 0 ? (
        <Text size="sm" c="gray.7">
          Sin plazos en curso.
        </Text>
      ) : (
        <Stack gap="sm">
          {deadlines.map((d) => (
            <Stack key={d.id} gap={0}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {nameOf(d)}
                </Text>
                <Dot
                  color={d.status === 'expired' ? 'red' : d.status === 'pending' ? 'blue' : 'gray'}
                  label={DEADLINE_STATUS_LABELS[d.status]}
                />
              </Group>
              <Text size="sm">
                {dueLabel(d)} {formatDate(d.dueOn)}
                {termLabel(d.term) && ` · ${termLabel(d.term)}`}
              </Text>
              <Text size="xs" c="gray.7">
                Desde el {formatDate(d.startsOn)} · a cargo de {unitName(d.responsibleUnitId)}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </FileSection>
  );
}

/** The file's audit trail as a timeline: who, when, the change of state, a detail, its chain link. */
export function HistoryPanel({
  history,
  eventLabels,
  stateNames,
  detailOf,
}: {
  history: UseQueryResult<HistoryItem[]>;
  eventLabels: Readonly<Record<string, string>>;
  stateNames: Readonly<Record<string, string>>;
  detailOf: (item: HistoryItem) => string | null;
}) {
  const people = usePeople();
  return (
    <FileSection title="Historial (auditoría)">
      {history.isPending && <Loader size="sm" aria-label="Cargando el historial" />}
      {history.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar el historial">
          {problemText(history.error)}
        </Alert>
      )}
      {history.data && history.data.length === 0 && (
        <Text size="sm" c="gray.7">
          Sin eventos.
        </Text>
      )}
      {history.data && history.data.length > 0 && (
        <Timeline active={history.data.length - 1} bulletSize={14} lineWidth={2}>
          {history.data.map((item, i) => {
            const detail = detailOf(item);
            return (
              <Timeline.Item
                key={item.seq ?? `pending-${i}`}
                title={
                  <Text size="sm" fw={600} component="span">
                    {eventLabels[item.type] ?? item.type}
                  </Text>
                }
              >
                <Text size="xs" c="gray.7">
                  {formatDateTime(item.at)} · {people.byUsername(item.actor)}
                  {item.onBehalfOf && ` (por ${people.byUsername(item.onBehalfOf)})`}
                </Text>
                {item.from !== item.to && item.to && (
                  <Text size="xs">
                    {item.from ? `${stateNames[item.from] ?? item.from} → ` : ''}
                    {stateNames[item.to] ?? item.to}
                  </Text>
                )}
                {detail && (
                  <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                    {detail}
                  </Text>
                )}
                <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                  {item.hash
                    ? `Eslabón ${item.seq}: ${item.hash.slice(0, 12)}…`
                    : 'Esperando su sellado en la cadena'}
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </FileSection>
  );
}
