import { ColorSwatch, Group, Text } from '@mantine/core';
import { formatDate } from '../format';
import { STATE_COLORS, STATE_LABELS, termLabel } from './labels';
import type { Deadline, ResolutionState } from './resolutions';

/** The state in Spanish; a dot carries the color so the text keeps its contrast. */
export function StateBadge({ state }: { state: ResolutionState }) {
  return <Dot color={STATE_COLORS[state]} label={STATE_LABELS[state]} />;
}

/** A label with a colored dot before it (the dot is decoration: the words say it all). */
export function Dot({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="center">
      <ColorSwatch
        color={`var(--mantine-color-${color}-6)`}
        size={10}
        withShadow={false}
        aria-hidden
        style={{ flexShrink: 0 }}
      />
      <Text size="sm" fw={500}>
        {label}
      </Text>
    </Group>
  );
}

/** «Opinión legal: vence el 15/12/2026 (7 días hábiles)», overdue in red. */
export function DeadlineText({ deadline }: { deadline: Deadline }) {
  const overdue = deadline.status === 'expired' || Date.parse(deadline.dueAt) < Date.now();
  const term = termLabel(deadline.term);
  return (
    <Text size="sm" c={overdue ? 'red.9' : undefined}>
      {deadline.name}: {overdue ? 'venció' : 'vence'} el {formatDate(deadline.dueOn)}
      {term && ` (${term})`}
    </Text>
  );
}

/** An input's description, in the console's contrast (Mantine's default is the dimmed gray). */
export const hint = (text: string | undefined) =>
  text ? (
    <Text span inherit c="gray.7">
      {text}
    </Text>
  ) : undefined;
