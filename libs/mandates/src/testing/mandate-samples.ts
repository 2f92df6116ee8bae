import type { WorkflowEvent } from '#workflow';
import type { MandateContext } from '../mandate.machine.js';

/** One payload per event of the mandate machine, as a client sends it (`prepare` adds nothing). */
export const mandateEvents: readonly WorkflowEvent[] = [
  { type: 'REPORT_PROGRESS', note: 'Avance', percent: 40 },
  { type: 'SUBMIT', evidence: 'Informe N° 1' },
  { type: 'ACCEPT' },
  { type: 'RETURN', reason: 'Falta el avance financiero' },
  { type: 'CANCEL', reason: 'Ya no es necesario' },
];

/** The machine is pure: every well-formed context explores the same graph. */
export const sampleMandateContext = (over: Partial<MandateContext> = {}): MandateContext => ({
  title: 'x',
  instructions: 'x',
  source: 'memorando',
  sourceReference: null,
  assignerUnitId: 'u-assigner',
  assignerUserId: 'u-user',
  responsibleUnitId: 'u-responsible',
  term: { days: 3, unit: 'business' },
  progress: [],
  progressPercent: null,
  evidence: null,
  returns: [],
  closingReason: null,
  ...over,
});
