import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';
import { budgetModificationsDefinition } from '#budget-modifications';
import {
  budgetModificationSampleEvents,
  sampleBudgetModificationContext,
} from '#budget-modifications/testing';
import { conveniosDefinition } from '#convenios';
import { convenioEvents, sampleConvenioContext } from '#convenios/testing';
import { mandatesDefinition } from '#mandates';
import { mandateEvents, sampleMandateContext } from '#mandates/testing';
import { join } from 'node:path';
import { loadMunicipalityProfiles } from '#org';
import { resolutionMachine, resolutionsSectionOf } from '#resolutions';
import { resolutionEvents, sampleResolutionContext } from '#resolutions/testing';
import { machineStart, machineStep, type WorkflowEvent } from '#workflow';
import { reachedSnapshots } from '#workflow/testing';

// The engine reads each action's type and params (the actor running it is XState's own business).
const plain = ([snapshot, actions]: [
  AnyMachineSnapshot,
  readonly { type: string; params?: unknown }[],
]) => ({
  value: snapshot.value,
  status: snapshot.status,
  context: snapshot.context as unknown,
  actions: actions.map(({ type, params }) => ({ type, params })),
});

const mml = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities')).find(
  (p) => p.code === 'mml',
);
if (!mml) throw new Error('sin perfil mml');
const terms = { ...resolutionsSectionOf(mml).terms };

const cases: [string, AnyStateMachine, unknown, readonly WorkflowEvent[]][] = [
  ['encargos', mandatesDefinition.machine, sampleMandateContext(), mandateEvents],
  [
    'resoluciones',
    resolutionMachine,
    sampleResolutionContext('particular', terms),
    resolutionEvents('2026-03-02'),
  ],
  ['convenios', conveniosDefinition.machine, sampleConvenioContext(), convenioEvents()],
  // With the Gerente's delegation (APPROVE, the RGM) and without it (ELEVATE, the Alcalde).
  [
    'modificaciones presupuestarias',
    budgetModificationsDefinition.machine,
    sampleBudgetModificationContext(),
    budgetModificationSampleEvents(),
  ],
  [
    'modificaciones presupuestarias sin delegación',
    budgetModificationsDefinition.machine,
    sampleBudgetModificationContext({}, { modality: 'credito_suplementario', fromLine: undefined }),
    budgetModificationSampleEvents(),
  ],
];

describe("the engine's machine step gives what XState's transition() gives", () => {
  it.each(cases)(
    '%s: from every reached state, for every sample event',
    (_, machine, input, events) => {
      expect(plain(machineStart(machine, input))).toEqual(plain(initialTransition(machine, input)));
      let compared = 0;
      for (const snapshot of reachedSnapshots(machine, input, events))
        for (const event of events) {
          expect(plain(machineStep(machine, snapshot, event))).toEqual(
            plain(transition(machine, snapshot, event)),
          );
          compared++;
        }
      expect(compared).toBeGreaterThan(events.length);
    },
  );
});
