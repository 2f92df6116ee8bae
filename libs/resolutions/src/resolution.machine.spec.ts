import { join } from 'node:path';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  initialTransition,
  transition,
} from 'xstate';
import type { Actor } from '#audit';
import { addDays } from '#calendar';
import { loadMunicipalityProfiles } from '#org';
import { deadlineSpecsOf, formatRegisterNumber, type WorkflowEvent } from '#workflow';
import {
  declaredDeadlines,
  declaredEdges,
  type PathCase,
  reachedSnapshots,
  transitionPaths,
} from '#workflow/testing';
import {
  ADDRESSEES,
  BUDGET,
  eventLabel,
  ISSUING,
  LEGAL,
  ORIGIN,
  resolutionEvents,
  resolutionKey,
  sampleResolutionContext,
  type Scope,
  SUPERIOR,
} from '#resolutions/testing';
import type {
  NotificationChannel,
  Remedy,
  ResolutionContext,
  Signature,
} from './resolution.machine.js';
import { resolutionMachine as typed } from './resolution.machine.js';
import { signatureOf } from './resolution-signing.service.js';
import { resolutionsDefinition, type ResolutionsDependencies } from './resolutions.definition.js';
import { resolutionsSectionOf } from './resolutions.profile.js';
import { completeResolutionEvent } from './resolution-request.js';

// Driven with the events as the engine holds them (WorkflowEvent), not the machine's own union.
const resolutionMachine: AnyStateMachine = typed;

// The terms and the numbering come from the shipped profile, as the creator and the signer read them.
const profile = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities')).find(
  (p) => p.code === 'mml',
);
if (!profile) throw new Error('sin perfil mml');
const settings = resolutionsSectionOf(profile);
const TERMS = { ...settings.terms };
const TEMPLATE = profile.numbering[settings.series]?.template ?? '';

const NOW = '2026-12-01T15:00:00.000Z';
const TODAY = '2026-12-01';
/** The end of the remedy window's last day in Lima: when CONSENT makes the act firm (D7, D9). */
const WINDOW_END = '2026-12-23T04:59:59.999Z';
const GERENTE = { id: 'u-gerente', fullName: 'Luis Quispe Mamani', post: 'Gerente Municipal' };

type Ctx = ResolutionContext;
const ctx = (snapshot: AnyMachineSnapshot) => snapshot.context as Ctx;
const str = (event: WorkflowEvent, name: string) => event[name] as string;

/** Who returns a project from each state: the reviewer there (the engine takes the sender's unit). */
const returningUnit = (state: string, c: Ctx) =>
  state === 'legal_review' ? LEGAL : state === 'visas' ? (c.pendingVisas[0] ?? null) : ISSUING;

/** Who sends the event, as the engine knows it: the unit decides VISA and RETURN. */
function senderOf(snapshot: AnyMachineSnapshot, event: WorkflowEvent): Actor {
  const unitId =
    event.type === 'VISA'
      ? str(event, 'unitId')
      : event.type === 'RETURN'
        ? returningUnit(String(snapshot.value), ctx(snapshot))
        : ISSUING;
  return {
    userId: `user-${unitId ?? 'none'}`,
    name: 'remitente',
    municipalityId: 'm-1',
    unitId,
    roles: [],
  };
}

/** As a client sends it: no unit, no addressee position, no instant. */
const asClient = ({ unitId: _unit, addresseeIndex: _index, ...event }: WorkflowEvent) =>
  event as WorkflowEvent;

/** The client's request completed as the engine does before asking the machine (pure). */
const completed = (snapshot: AnyMachineSnapshot, event: WorkflowEvent, at = NOW): WorkflowEvent =>
  completeResolutionEvent(
    asClient(event),
    { state: String(snapshot.value), context: ctx(snapshot) },
    senderOf(snapshot, event),
    new Date(at),
  );

/** Then what the kind's `prepare` adds from the database (ResolutionPreparer, ResolutionSigning). */
function prepared(
  snapshot: AnyMachineSnapshot,
  event: WorkflowEvent,
  signature?: Signature,
): WorkflowEvent {
  const complete = completed(snapshot, event);
  switch (event.type) {
    case 'SIGN':
      return {
        ...complete,
        number: formatRegisterNumber(TEMPLATE, 1, 2026),
        sequence: 1,
        year: 2026,
        verificationCode: 'K7Q2-9XMA',
        documentSha256: 'ab'.repeat(32),
        signature: signature ?? signatureOf(GERENTE, null),
      };
    case 'PUBLISH':
      return { ...complete, inForceFrom: addDays(str(event, 'date'), 1) };
    case 'RECTIFY':
      return { ...complete, rectifiedBy: 'r-rectifying-draft' };
    case 'CONSENT':
      return { ...complete, at: WINDOW_END };
    default:
      return complete;
  }
}

const samples = resolutionEvents(TODAY);
const events = (snapshot: AnyMachineSnapshot) => samples.map((e) => prepared(snapshot, e));
const start = (context: Ctx) => initialTransition(resolutionMachine, context)[0];
/** Sends client events, each prepared as the engine would, and fails on any refusal. */
function run(context: Ctx, sequence: WorkflowEvent[], signature?: Signature): AnyMachineSnapshot {
  return sequence.reduce((snapshot, event) => {
    const ready = prepared(snapshot, event, signature);
    if (!snapshot.can(ready))
      throw new Error(`${String(snapshot.value)} rechaza ${eventLabel(event)}`);
    return transition(resolutionMachine, snapshot, ready)[0];
  }, start(context));
}
const sample = (label: string): WorkflowEvent => {
  const found = samples.find((e) => eventLabel(e) === label);
  if (!found) throw new Error(`sin muestra ${label}`);
  return found;
};

// ——— what each declared transition does to the context (D5–D16) ———
type Effect = (c: Ctx, e: WorkflowEvent) => Ctx;
const same: Effect = (c) => c;
const edit: Effect = (c, e) => ({
  ...c,
  subject: str(e, 'subject'),
  contentHash: str(e, 'contentHash'),
  // D14: an edit voids every visa given on the previous content.
  voidedVisas: [...c.voidedVisas, ...c.visas],
  visas: [],
  pendingVisas: [],
});
const opinion = (e: WorkflowEvent) => ({
  favorable: e['favorable'] as boolean,
  reportRef: str(e, 'reportRef'),
  reasons: (e['reasons'] as string | undefined) ?? null,
  at: str(e, 'at'),
});
const favorable: Effect = (c, e) => ({
  ...c,
  legalOpinion: opinion(e),
  // D14: originating and legal units, and budget when money is involved; a new round of visas.
  pendingVisas: c.hasBudgetImpact ? [ORIGIN, LEGAL, BUDGET] : [ORIGIN, LEGAL],
  voidedVisas: [...c.voidedVisas, ...c.visas],
  visas: [],
});
const unfavorable: Effect = (c, e) => ({ ...c, legalOpinion: opinion(e) });
const returned: Effect = (c, e) => ({
  ...c,
  returns: [
    ...c.returns,
    { reason: str(e, 'reason'), from: str(e, 'from'), unitId: str(e, 'unitId'), at: str(e, 'at') },
  ],
  pendingVisas: [],
});
const withdrawn: Effect = (c, e) => ({
  ...c,
  withdrawal: { reason: str(e, 'reason'), at: str(e, 'at') },
});
const visa: Effect = (c, e) => ({
  ...c,
  pendingVisas: c.pendingVisas.filter((unit) => unit !== e['unitId']),
  visas: [
    ...c.visas,
    { unitId: str(e, 'unitId'), userId: str(e, 'userId'), contentHash: c.contentHash, at: NOW },
  ],
});
const signed: Effect = (c, e) => ({
  ...c,
  number: 'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0001-2026-MML/GMM',
  sequence: 1,
  year: 2026,
  signedAt: NOW,
  verificationCode: str(e, 'verificationCode'),
  documentSha256: str(e, 'documentSha256'),
  signature: e['signature'] as Signature,
});
const notify: Effect = (c, e) => {
  const index = e['addresseeIndex'] as number;
  return {
    ...c,
    notifications: [
      ...c.notifications,
      {
        addressee: index,
        name: ADDRESSEES[index] ?? '',
        channel: e['channel'] as NotificationChannel,
        at: NOW,
      },
    ],
  };
};
const notifyLast: Effect = (c, e) => ({ ...notify(c, e), notifiedAt: NOW });
// D15: published on its date, in force the day after.
const published: Effect = (c, e) => ({
  ...c,
  publication: { gazette: str(e, 'gazette'), date: TODAY, inForceFrom: '2026-12-02' },
});
const filed: Effect = (c, e) => ({
  ...c,
  remedy: {
    kind: e['kind'] as Remedy['kind'],
    filedAt: TODAY,
    registeredAt: NOW,
    // D7: the same body reconsiders; the hierarchical superior (the Alcalde) hears the apelación.
    resolverRole: e['kind'] === 'apelacion' ? 'ALCALDE' : 'GERENTE_MUNICIPAL',
    outcome: null,
    resolvedAt: null,
    negativeSilence: false,
  },
});
const firm: Effect = (c) => ({ ...c, firmAt: WINDOW_END });
const resolved: Effect = (c, e) => {
  if (!c.remedy) throw new Error('sin recurso en trámite');
  const remedy = { ...c.remedy, outcome: e['outcome'] as Remedy['outcome'], resolvedAt: NOW };
  return { ...c, remedy, remedies: [...c.remedies, remedy] };
};
const resolvedFirm: Effect = (c, e) => ({ ...resolved(c, e), firmAt: NOW });
const silence: Effect = (c) => ({
  ...c,
  remedy: c.remedy ? { ...c.remedy, negativeSilence: true } : null,
});
const rectified: Effect = (c) => ({
  ...c,
  links: [
    ...c.links,
    { type: 'rectificada_por', resolutionId: 'r-rectifying-draft', number: null, at: NOW },
  ],
});
const annulled: Effect = (c, e) => ({
  ...c,
  annulment: { reason: str(e, 'reason'), instrument: null, at: NOW },
});

/** Every transition of the machine (the contract's states and events) and what it must do. */
const EFFECTS: Record<string, Effect> = {
  'draft:EDIT:draft': edit,
  'draft:SUBMIT:legal_review': same,
  'draft:WITHDRAW:withdrawn': withdrawn,
  'legal_review:LEGAL_OPINION:visas': favorable,
  'legal_review:LEGAL_OPINION:observed': unfavorable,
  'legal_review:RETURN:observed': returned,
  'legal_review:WITHDRAW:withdrawn': withdrawn,
  'observed:EDIT:observed': edit,
  'observed:SUBMIT:legal_review': same,
  'observed:WITHDRAW:withdrawn': withdrawn,
  'visas:VISA:ready_to_sign': visa,
  'visas:VISA:visas': visa,
  'visas:RETURN:observed': returned,
  'visas:WITHDRAW:withdrawn': withdrawn,
  'ready_to_sign:SIGN:signed': signed,
  'ready_to_sign:RETURN:observed': returned,
  'ready_to_sign:WITHDRAW:withdrawn': withdrawn,
  'signed:NOTIFY:notified': notifyLast,
  'signed:NOTIFY:signed': notify,
  'signed:PUBLISH:published': published,
  'signed:RECTIFY:signed': rectified,
  'signed:ANNUL:annulled': annulled,
  'notified:FILE_REMEDY:under_remedy': filed,
  'notified:CONSENT:firm': firm,
  'notified:RECTIFY:notified': rectified,
  'notified:ANNUL:annulled': annulled,
  'published:FILE_REMEDY:under_remedy': filed,
  'published:CONSENT:firm': firm,
  'published:RECTIFY:published': rectified,
  'published:ANNUL:annulled': annulled,
  'under_remedy:RESOLVE_REMEDY:annulled': resolved,
  'under_remedy:RESOLVE_REMEDY:notified': resolved,
  'under_remedy:RESOLVE_REMEDY:published': resolved,
  'under_remedy:RESOLVE_REMEDY:firm': resolvedFirm,
  'under_remedy:NEGATIVE_SILENCE:under_remedy': silence,
  'under_remedy:RECTIFY:under_remedy': rectified,
  'under_remedy:ANNUL:annulled': annulled,
  'firm:RECTIFY:firm': rectified,
  'firm:ANNUL:annulled': annulled,
};
const FINAL = ['annulled', 'withdrawn'];

/** The graph explored from each kind of draft: every guard that reads the context, both ways. */
const variants: Array<[string, Ctx]> = [
  ['particular, con impacto presupuestal', sampleResolutionContext('particular', TERMS)],
  ['general', sampleResolutionContext('general', TERMS)],
  [
    'particular, sin impacto presupuestal',
    sampleResolutionContext('particular', TERMS, { hasBudgetImpact: false }),
  ],
];
const explored = variants.map(([variant, input]) => ({
  variant,
  input,
  paths: transitionPaths(resolutionMachine, input, events, resolutionKey),
  reached: reachedSnapshots(resolutionMachine, input, events, resolutionKey),
}));
const allPaths = explored.flatMap(({ variant, paths }) => paths.map((path) => ({ variant, path })));
const pathName = ({ variant, path }: { variant: string; path: PathCase }) =>
  `(${variant}) ${path.events.map(eventLabel).join(' → ')}`;

describe('resolution machine: every transition, pure (xstate transition(), no database)', () => {
  it('has a sample payload for every event the machine knows, and the kind declares each a client sends', () => {
    const known = [...resolutionMachine.events].sort();
    expect([...new Set(samples.map((e) => e.type))].sort()).toEqual(known);
    // CONSENT and NEGATIVE_SILENCE are sent by the kernel when a term runs out, never by a client.
    const definition = resolutionsDefinition({} as ResolutionsDependencies);
    expect([...Object.keys(definition.events), 'CONSENT', 'NEGATIVE_SILENCE'].sort()).toEqual(
      known,
    );
  });

  it('covers every transition the machine declares (a new one fails here until it has its effect)', () => {
    const declared = declaredEdges(resolutionMachine);
    expect(Object.keys(EFFECTS).sort()).toEqual([...declared].sort());
    const covered = new Set(allPaths.map(({ path }) => path.edge));
    expect(covered.size).toBe(declared.length);
    expect([...covered].sort()).toEqual([...declared].sort());
  });

  it.each(Object.keys(EFFECTS))(
    '%s: target state and context on every path that takes it',
    (edge) => {
      const [, , target] = edge.split(':');
      const taking = allPaths.filter(({ path }) => path.edge === edge);
      expect(taking.length).toBeGreaterThan(0);
      for (const taken of taking) {
        const { before, after } = taken.path;
        const event = taken.path.events.at(-1) as WorkflowEvent;
        const effect = EFFECTS[edge] ?? same;
        // The path's name in both sides: a failure says which one.
        expect({ path: pathName(taken), state: after.value, context: after.context }).toEqual({
          path: pathName(taken),
          state: target,
          context: effect(ctx(before), event),
        });
        expect(after.status).toBe(FINAL.includes(target ?? '') ? 'done' : 'active');
        if (event.type === 'VISA')
          expect(ctx(after).pendingVisas).toHaveLength(ctx(before).pendingVisas.length - 1);
      }
    },
  );

  it.each(
    explored.flatMap(({ variant, reached }) =>
      reached.map((snapshot) => [`(${variant}) ${resolutionKey(snapshot)}`, snapshot] as const),
    ),
  )('%s: every refused event leaves the snapshot unchanged', (_key, snapshot) => {
    for (const event of events(snapshot)) {
      // The engine asks the machine before `prepare` with the completed request, then applies the
      // prepared one: what the machine accepts prepared, it must accept completed.
      if (snapshot.can(event)) expect(snapshot.can(completed(snapshot, event))).toBe(true);
      else {
        const [next] = transition(resolutionMachine, snapshot, event);
        expect({ event: eventLabel(event), value: next.value, context: next.context }).toEqual({
          event: eventLabel(event),
          value: snapshot.value,
          context: snapshot.context,
        });
      }
    }
  });
});

describe('resolution machine: guards that read the context, both ways', () => {
  const particular = sampleResolutionContext('particular', TERMS);
  const general = sampleResolutionContext('general', TERMS);
  const toVisas = [sample('SUBMIT'), sample('LEGAL_OPINION(favorable)')];
  const allVisas = [sample('VISA(origin)'), sample('VISA(legal)'), sample('VISA(budget)')];
  const toSigned = [...toVisas, ...allVisas, sample('SIGN')];
  const toNotified = [...toSigned, sample('NOTIFY(0)'), sample('NOTIFY(1)')];

  it('D14: without budget impact only the originating unit and Asesoría Jurídica visa', () => {
    const noBudget = sampleResolutionContext('particular', TERMS, { hasBudgetImpact: false });
    const visas = run(noBudget, toVisas);
    expect(ctx(visas).pendingVisas).toEqual([ORIGIN, LEGAL]);
    expect(visas.can(prepared(visas, sample('VISA(budget)')))).toBe(false);
    expect(run(noBudget, [...toVisas, sample('VISA(legal)'), sample('VISA(origin)')]).value).toBe(
      'ready_to_sign',
    );
    expect(ctx(run(particular, toVisas)).pendingVisas).toEqual([ORIGIN, LEGAL, BUDGET]);
  });

  it('D14: a unit visas once; the last pending visa, whichever it is, makes it ready to sign', () => {
    const once = run(particular, [...toVisas, sample('VISA(legal)')]);
    expect(once.can(prepared(once, sample('VISA(legal)')))).toBe(false);
    const reversed = run(particular, [...toVisas, ...[...allVisas].reverse()]);
    expect(reversed.value).toBe('ready_to_sign');
    expect(ctx(reversed).visas.map((v) => v.unitId)).toEqual([BUDGET, LEGAL, ORIGIN]);
  });

  it('D14: an edit after a return voids the visas already given, and they stay on record', () => {
    const returned = run(particular, [
      ...toVisas,
      sample('VISA(origin)'),
      sample('VISA(legal)'),
      sample('RETURN'),
    ]);
    expect(returned.value).toBe('observed');
    expect(ctx(returned).visas).toHaveLength(2);
    const edited = run(particular, [
      ...toVisas,
      sample('VISA(origin)'),
      sample('VISA(legal)'),
      sample('RETURN'),
      sample('EDIT'),
    ]);
    const c = ctx(edited);
    expect(c.visas).toEqual([]);
    expect(c.voidedVisas.map((v) => [v.unitId, v.contentHash])).toEqual([
      [ORIGIN, particular.contentHash],
      [LEGAL, particular.contentHash],
    ]);
    expect(c.contentHash).not.toBe(particular.contentHash);
    const again = run(particular, [
      ...toVisas,
      sample('VISA(origin)'),
      sample('RETURN'),
      sample('EDIT'),
      ...toVisas,
      ...allVisas,
    ]);
    expect(ctx(again).visas.every((v) => v.contentHash === c.contentHash)).toBe(true);
  });

  it('D6/D15: an act of particular scope is notified to each addressee once; one of general scope is published', () => {
    const signedParticular = run(particular, toSigned);
    expect(signedParticular.can(prepared(signedParticular, sample('PUBLISH')))).toBe(false);
    const once = run(particular, [...toSigned, sample('NOTIFY(1)')]);
    expect(once.value).toBe('signed');
    expect(once.can(prepared(once, sample('NOTIFY(1)')))).toBe(false);
    expect(ctx(once).notifiedAt).toBeNull();
    const signedGeneral = run(general, toSigned);
    expect(signedGeneral.can(prepared(signedGeneral, sample('NOTIFY(0)')))).toBe(false);
    expect(run(general, [...toSigned, sample('PUBLISH')]).value).toBe('published');
  });

  it('D7 (Art. 218): one reconsideración, then an apelación to the Alcalde if it was rejected', () => {
    const afterReconsideration = run(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('RESOLVE_REMEDY(infundado)'),
    ]);
    expect(afterReconsideration.value).toBe('notified');
    expect(
      afterReconsideration.can(
        prepared(afterReconsideration, sample('FILE_REMEDY(reconsideracion)')),
      ),
    ).toBe(false);
    const appeal = run(particular, [
      ...toNotified,
      sample('FILE_REMEDY(reconsideracion)'),
      sample('RESOLVE_REMEDY(infundado)'),
      sample('FILE_REMEDY(apelacion)'),
    ]);
    expect(ctx(appeal).remedy?.resolverRole).toBe('ALCALDE');
    const final = transition(
      resolutionMachine,
      appeal,
      prepared(appeal, sample('RESOLVE_REMEDY(infundado)')),
    )[0];
    expect(final.value).toBe('firm');
    expect(ctx(final).remedies.map((r) => [r.kind, r.outcome])).toEqual([
      ['reconsideracion', 'infundado'],
      ['apelacion', 'infundado'],
    ]);
    // General scope: the window reopens on the publication's side.
    expect(
      run(general, [
        ...toSigned,
        sample('PUBLISH'),
        sample('FILE_REMEDY(reconsideracion)'),
        sample('RESOLVE_REMEDY(infundado)'),
      ]).value,
    ).toBe('published');
  });

  it('D7/D10: no apelación when the Gerente signed by delegation of the Alcalde, nor without a superior', () => {
    const byDelegation = signatureOf(GERENTE, {
      delegationId: 'd-1',
      kind: 'delegacion_competencia',
      delegatorRole: 'ALCALDE',
      delegatorPost: 'Alcalde Metropolitano',
      instrument: 'Resolución de Alcaldía N° 005-2026-MML',
      subjects: ['resoluciones_gerencia_municipal'],
    });
    const delegated = run(particular, toNotified, byDelegation);
    expect(delegated.can(prepared(delegated, sample('FILE_REMEDY(apelacion)')))).toBe(false);
    expect(delegated.can(prepared(delegated, sample('FILE_REMEDY(reconsideracion)')))).toBe(true);
    // A rejected reconsideración leaves nothing to appeal: the act is firm.
    const rejected = run(
      particular,
      [...toNotified, sample('FILE_REMEDY(reconsideracion)'), sample('RESOLVE_REMEDY(infundado)')],
      byDelegation,
    );
    expect(rejected.value).toBe('firm');
    expect(ctx(rejected).firmAt).toBe(NOW);

    const noSuperior = run({ ...particular, superiorUnitId: null }, toNotified);
    expect(noSuperior.can(prepared(noSuperior, sample('FILE_REMEDY(apelacion)')))).toBe(false);
  });

  it('D7: an upheld remedy annuls the act; 30 business days unresolved is negative silence, still under remedy', () => {
    const filed = [...toNotified, sample('FILE_REMEDY(reconsideracion)')];
    expect(run(particular, [...filed, sample('RESOLVE_REMEDY(fundado)')]).value).toBe('annulled');
    const silent = run(particular, [...filed, sample('NEGATIVE_SILENCE')]);
    expect(silent.value).toBe('under_remedy');
    expect(ctx(silent).remedy?.negativeSilence).toBe(true);
    expect(silent.can(prepared(silent, sample('RESOLVE_REMEDY(infundado)')))).toBe(true);
  });

  it('D9 (Art. 213.3): nulidad de oficio within 2 years of the act becoming firm, not a millisecond after', () => {
    const firm = run(particular, [...toNotified, sample('CONSENT')]);
    expect(ctx(firm).firmAt).toBe(WINDOW_END);
    const annul = (at: string) => completed(firm, sample('ANNUL'), at);
    expect(firm.can(annul('2028-12-23T04:59:59.999Z'))).toBe(true);
    expect(firm.can(annul('2028-12-23T05:00:00.000Z'))).toBe(false);
    const [unchanged] = transition(resolutionMachine, firm, annul('2029-01-05T15:00:00.000Z'));
    expect(unchanged.value).toBe('firm');
  });

  it('D9: the annulling act is linked when its instrument is given', () => {
    const instrument = 'Resolución de Alcaldía N° 120-2026-MML';
    const done = run(particular, [...toSigned, { ...sample('ANNUL'), instrument }]);
    expect(done.value).toBe('annulled');
    expect(ctx(done).annulment).toEqual({ reason: 'Nulidad de oficio', instrument, at: NOW });
    expect(ctx(done).links).toEqual([
      { type: 'anulada_por', resolutionId: null, number: instrument, at: NOW },
    ]);
  });
});

describe('resolution deadlines declared on the states (meta.deadlines), terms from the profile', () => {
  // Only `machine` is read here; the hooks that need services are not called.
  const definition = resolutionsDefinition({} as ResolutionsDependencies);
  const particular = sampleResolutionContext('particular', TERMS);
  const general = sampleResolutionContext('general', TERMS);
  const business = (days: number) => ({ days, unit: 'business' });
  const view = (state: string, c: Ctx) => declaredDeadlines(definition, state, c);
  const up = ['GERENTE_MUNICIPAL+1', 'ALCALDE+3'];

  it.each<[string, Scope, object[]]>([
    ['draft', 'particular', []],
    [
      'legal_review',
      'particular',
      [
        {
          code: 'opinion_legal',
          name: 'Opinión legal',
          term: business(TERMS.legalOpinion),
          responsibleUnit: LEGAL,
          reminders: [2],
          reminderUnit: 'business',
          escalation: up,
          onExpiry: null,
        },
      ],
    ],
    [
      'observed',
      'particular',
      [
        {
          code: 'subsanacion',
          name: 'Subsanación de observaciones',
          term: business(TERMS.correction),
          responsibleUnit: ORIGIN,
          reminders: [2],
          reminderUnit: 'business',
          escalation: [],
          onExpiry: null,
        },
      ],
    ],
    [
      'visas',
      'particular',
      [
        {
          code: 'visaciones',
          name: 'Visaciones',
          term: business(TERMS.visas),
          responsibleUnit: ORIGIN,
          reminders: [1],
          reminderUnit: 'business',
          escalation: up,
          onExpiry: null,
        },
      ],
    ],
    [
      'ready_to_sign',
      'particular',
      [
        {
          code: 'firma',
          name: 'Firma',
          term: business(TERMS.signature),
          responsibleUnit: ISSUING,
          reminders: [1],
          reminderUnit: 'business',
          escalation: ['ALCALDE+2'],
          onExpiry: null,
        },
      ],
    ],
    [
      'signed',
      'particular',
      [
        {
          code: 'notificacion',
          name: 'Notificación',
          term: business(TERMS.notification),
          responsibleUnit: ORIGIN,
          reminders: [1],
          reminderUnit: 'business',
          escalation: ['GERENTE_MUNICIPAL+1'],
          onExpiry: null,
        },
      ],
    ],
    // D6: an act of general scope is published, not notified: no notification term.
    ['signed', 'general', []],
    ...(['notified', 'published'] as const).map((state): [string, Scope, object[]] => [
      state,
      state === 'notified' ? 'particular' : 'general',
      [
        {
          code: 'interposicion_recursos',
          name: 'Plazo para interponer recursos',
          term: business(TERMS.remedyFiling),
          responsibleUnit: ORIGIN,
          reminders: [],
          reminderUnit: 'business',
          escalation: [],
          onExpiry: 'CONSENT',
        },
      ],
    ]),
    [
      'under_remedy',
      'particular',
      [
        {
          code: 'resolucion_recurso',
          name: 'Resolución del recurso',
          term: business(TERMS.remedyResolution),
          responsibleUnit: ISSUING,
          reminders: [10, 5],
          reminderUnit: 'business',
          escalation: [],
          onExpiry: 'NEGATIVE_SILENCE',
        },
      ],
    ],
    ['firm', 'particular', []],
    ['annulled', 'particular', []],
    ['withdrawn', 'particular', []],
  ])('%s (%s)', (state, scope, expected) => {
    expect(view(state, scope === 'particular' ? particular : general)).toEqual(expected);
  });

  it('declares a state for every deadline it names, and names every state of the contract', () => {
    expect(Object.keys(resolutionMachine.root.states).sort()).toEqual(
      [
        'draft',
        'legal_review',
        'observed',
        'visas',
        'ready_to_sign',
        'signed',
        'notified',
        'published',
        'under_remedy',
        'firm',
        'annulled',
        'withdrawn',
      ].sort(),
    );
  });

  it('the shipped profiles give the statutory terms (D4 Art. 143, D6 Art. 24.1, D7 Art. 218.2)', () => {
    for (const p of loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities')))
      expect(resolutionsSectionOf(p).terms).toMatchObject({
        legalOpinion: 7,
        notification: 5,
        remedyFiling: 15,
        remedyResolution: 30,
      });
  });

  it('D7: the apelación is resolved by the Alcaldía; the remedy window counts from the publication date, then from the reconsideración resolved (D2)', () => {
    const window = deadlineSpecsOf(definition, 'published')[0];
    const resolution = deadlineSpecsOf(definition, 'under_remedy')[0];
    const toPublished = [
      sample('SUBMIT'),
      sample('LEGAL_OPINION(favorable)'),
      sample('VISA(origin)'),
      sample('VISA(legal)'),
      sample('VISA(budget)'),
      sample('SIGN'),
      { ...sample('PUBLISH'), date: '2026-11-30' },
    ];
    const publishedSnap = run(general, toPublished);
    expect(window?.startsOn?.(ctx(publishedSnap))).toBe('2026-11-30');
    const reopened = run(general, [
      ...toPublished,
      sample('FILE_REMEDY(reconsideracion)'),
      { type: 'RESOLVE_REMEDY', outcome: 'improcedente' },
    ]);
    expect(reopened.value).toBe('published');
    expect(window?.startsOn?.(ctx(reopened))).toBeNull();
    const appeal = run(general, [...toPublished, sample('FILE_REMEDY(apelacion)')]);
    expect(resolution?.responsibleUnit(ctx(appeal))).toBe(SUPERIOR);
  });
});
