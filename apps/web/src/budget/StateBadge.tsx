import { Box } from '@mantine/core';
import { Dot } from '../resolutions/StateBadge';
import type { BudgetReviewState, CalendarStatus } from './budget';
import { STATE_COLORS, STATE_LABELS, STATUS_COLORS, STATUS_LABELS } from './labels';

/** The review's state in Spanish; the dot only decorates. */
export function ReviewStateBadge({ state }: { state: BudgetReviewState }) {
  return <Dot color={STATE_COLORS[state]} label={STATE_LABELS[state]} />;
}

/** «A tiempo», «En riesgo», «Vencido» or «Aprobado»: the words carry it, the colour repeats it. */
export function CalendarStatusBadge({ status }: { status: CalendarStatus }) {
  // Two short words: kept on one line even in a narrow column («En riesgo», not «En / riesgo»).
  return (
    <Box style={{ whiteSpace: 'nowrap' }}>
      <Dot color={STATUS_COLORS[status]} label={STATUS_LABELS[status]} />
    </Box>
  );
}
