import { initialTransition, transition, type AnyStateMachine } from 'xstate';
import type { WorkflowEvent } from '#workflow';
import { sampleConvenioContext } from '#convenios/testing';
import { type ConvenioContext, convenioMachine, REPORT_TO_PARENT } from './convenio.machine.js';
import { conveniosDefinition, expiryNotice } from './convenios.definition.js';

const machine: AnyStateMachine = convenioMachine;
const AT = '2027-01-10T15:00:00.000Z';
const INSTANCE = { id: 'i-adenda', municipalityId: 'm' };

/** The effect rows a transition's actions write (the kernel's `effectsOf`). */
function effects(context: ConvenioContext, state: string, event: WorkflowEvent) {
  const snapshot = machine.resolveState({ value: state, context });
  const [next, actions] = transition(machine, snapshot, event);
  return {
    state: String(next.value),
    rows: (actions as { type: string; params?: unknown }[]).flatMap(
      (a) =>
        conveniosDefinition.effects?.[a.type]?.rows(
          next.context as ConvenioContext,
          a.params,
          INSTANCE,
        ) ?? [],
    ),
  };
}

describe('convenios: what the kernel does beside the machine', () => {
  const adenda = sampleConvenioContext({
    isAddendum: true,
    parentConvenioId: 'i-convenio',
    parentAuthorisesAddenda: true,
    submittedBy: 'p-submitter',
  });

  it('an adenda that ends sends its outcome to its convenio, as the system, through the outbox', () => {
    const signed = effects(adenda, 'mayor_review', {
      type: 'SIGN',
      at: AT,
      number: 'ADENDA N° 1 AL CONVENIO N° 004-2026-MML',
      sequence: 1,
      year: 2027,
      signedOn: '2027-01-10',
    });
    expect(signed.state).toBe('incorporated');
    expect(signed.rows).toEqual([
      {
        queue: 'system',
        name: 'workflow.event',
        payload: {
          instanceId: 'i-convenio',
          event: {
            type: 'ADDENDUM_CONCLUDED',
            addendumId: 'i-adenda',
            outcome: 'signed',
            number: 'ADENDA N° 1 AL CONVENIO N° 004-2026-MML',
          },
        },
      },
    ]);
    const withdrawn = effects(adenda, 'draft', { type: 'WITHDRAW', at: AT });
    expect(withdrawn.rows.map((r) => r.payload['event'])).toEqual([
      { type: 'ADDENDUM_CONCLUDED', addendumId: 'i-adenda', outcome: 'withdrawn', number: null },
    ]);
    const rejected = effects(adenda, 'awaiting_council', {
      type: 'COUNCIL_REJECTED',
      at: AT,
      agreementNumber: 'ACUERDO DE CONCEJO N° 9',
      reason: 'No',
    });
    expect(rejected.rows.map((r) => r.payload['event'])).toEqual([
      { type: 'ADDENDUM_CONCLUDED', addendumId: 'i-adenda', outcome: 'rejected', number: null },
    ]);
  });

  it('a convenio that ends the same way tells nobody', () => {
    const convenio = sampleConvenioContext();
    expect(effects(convenio, 'draft', { type: 'WITHDRAW', at: AT }).rows).toEqual([]);
    const [, actions] = initialTransition(machine, convenio);
    expect((actions as { type: string }[]).some((a) => a.type === REPORT_TO_PARENT)).toBe(false);
  });

  it('an expiry alert is a notice to whom the machine recorded, never "Plazo vencido"', () => {
    const spec = conveniosDefinition.obligations?.['aviso_vencimiento'];
    expect(spec?.notice).toBeDefined();
    expect(conveniosDefinition.obligations?.['obligacion_convenio']?.notice).toBeUndefined();
    const c = sampleConvenioContext({
      number: 'CONVENIO N° 004-2027-MML',
      inForceUntil: '2029-01-15',
      alerts: [
        {
          key: '2029-01-15/30',
          days: 30,
          on: '2028-12-16',
          recipients: ['unidad_solicitante', 'GERENTE_MUNICIPAL', 'ALCALDE'],
          at: AT,
        },
      ],
    });
    expect(expiryNotice(c, { key: '2029-01-15/30' })).toEqual({
      title: 'Aviso de vencimiento: CONVENIO N° 004-2027-MML vence el 15/01/2029',
      body: expect.stringMatching(
        /^CONVENIO N° 004-2027-MML con Universidad Nacional de Ingeniería vence el 15\/01\/2029, en 30 días\. No hay una renovación/,
      ),
      to: [{ unitId: c.requestingUnitId }, { role: 'GERENTE_MUNICIPAL' }, { role: 'ALCALDE' }],
    });
    // Not recorded (the machine did not take it): nothing to tell.
    expect(expiryNotice(c, { key: '2029-01-15/90' })).toBeNull();
  });
});
