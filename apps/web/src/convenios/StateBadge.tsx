import { Dot } from '../resolutions/StateBadge';
import type { ConvenioState } from './convenios';
import { STATE_COLORS, STATE_LABELS } from './labels';

/** The convenio's state in Spanish; the dot only decorates. */
export function ConvenioStateBadge({ state }: { state: ConvenioState }) {
  return <Dot color={STATE_COLORS[state]} label={STATE_LABELS[state]} />;
}
