import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { formatDate } from '../format';
import {
  type Deadline,
  daysLeftText,
  isOverdue,
  type MandateState,
  STATE_COLORS,
  STATE_NAMES,
} from './mandates';

/** The state in Spanish, and «Vencido» beside it while an open term is overdue. */
export function StateBadges({
  state,
  deadline,
}: {
  state: MandateState;
  deadline: Deadline | undefined;
}) {
  return (
    <Group gap={6} wrap="wrap">
      {/* Dark text on the light tint: AA contrast whatever the tint. */}
      <Badge color={STATE_COLORS[state]} variant="light" c="dark.8">
        {STATE_NAMES[state]}
      </Badge>
      {deadline && isOverdue(deadline) && (
        <Badge color="red.9" variant="filled">
          Vencido
        </Badge>
      )}
    </Group>
  );
}

/** The last percentage reported, as a bar with its number. */
export function ProgressMeter({ percent, title }: { percent: number | null; title: string }) {
  if (percent === null)
    return (
      <Text size="sm" c="gray.7">
        Sin avance informado
      </Text>
    );
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={percent} w={80} aria-label={`Avance de ${title}`} />
      <Text size="sm">{percent} %</Text>
    </Group>
  );
}

/** The last day of the main open term and how many business days are left (or late). */
export function DueDate({ deadline }: { deadline: Deadline | undefined }) {
  if (!deadline)
    return (
      <Text size="sm" c="gray.7">
        Sin plazo abierto
      </Text>
    );
  const overdue = isOverdue(deadline);
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDate(deadline.dueOn)}</Text>
      <Text size="sm" c={overdue ? 'red.9' : 'gray.7'} fw={overdue ? 700 : 400}>
        {daysLeftText(deadline)}
      </Text>
    </Stack>
  );
}
