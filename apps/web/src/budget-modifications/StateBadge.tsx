import { Dot } from '../resolutions/StateBadge';
import type { ModificationState } from './modifications';
import { STATE_COLORS, STATE_LABELS } from './labels';

/** The request's state in Spanish; the dot only decorates. */
export function ModificationStateBadge({ state }: { state: ModificationState }) {
  return <Dot color={STATE_COLORS[state]} label={STATE_LABELS[state]} />;
}
