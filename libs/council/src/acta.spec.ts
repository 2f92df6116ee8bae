import type { CouncilItemTypeProfile } from '#org';
import { type ActaSource, actaDocument } from './acta.js';
import type { AgendaItemView, SessionView } from './persistence/council.types.js';

const at = (hhmm: string) => `2026-03-10T${hhmm}:00.000Z`; // Lima is UTC-5: 15:00Z is 10:00

const members = [
  { id: 'alc', name: 'Rosa Alcalde', role: 'alcalde' as const, absence: null },
  { id: 'r1', name: 'Ana Quispe', role: 'regidor' as const, absence: null },
  { id: 'r2', name: 'Benito Mamani', role: 'regidor' as const, absence: null },
  { id: 'r3', name: 'Carla Huamán', role: 'regidor' as const, absence: null },
  {
    id: 'r4',
    name: 'Diego Torres',
    role: 'regidor' as const,
    absence: { kind: 'licencia' as const, instrument: 'Acuerdo de Concejo N° 010-2026-MML' },
  },
  { id: 'r5', name: 'Elena Ríos', role: 'regidor' as const, absence: null },
];

const itemTypes = [
  {
    code: 'convenio',
    name: 'Convenio interinstitucional',
    majority: 'simple',
    basis: 'LOM Art. 17',
  },
  {
    code: 'vacancia',
    name: 'Vacancia',
    majority: 'qualified',
    base: 'legal',
    fraction: '2/3',
    basis: 'LOM Art. 23',
  },
] as CouncilItemTypeProfile[];

const item = (over: Partial<AgendaItemView> & Pick<AgendaItemView, 'id' | 'position'>) =>
  ({
    itemType: 'convenio',
    title: `Asunto ${over.id}`,
    workflowInstanceId: null,
    voteStatus: 'pendiente',
    ballots: [],
    decision: null,
    acuerdo: null,
    ...over,
  }) as AgendaItemView;

const session = (over: Partial<SessionView> = {}): SessionView => ({
  id: 's1',
  kind: 'ordinaria',
  date: '2026-03-10',
  convokedOn: '2026-03-02',
  status: 'en_curso',
  agendaLocked: false,
  presidingMemberId: 'alc',
  actaStatus: 'pendiente',
  items: 2,
  presidingMemberName: 'Rosa Alcalde',
  actaSettledAt: null,
  actaApprovedInSessionId: null,
  orderOfBusiness: ['acta_anterior', 'despacho', 'informes', 'pedidos', 'orden_del_dia'],
  // Stored by position 2 first: the acta follows the order of business, not the storage order.
  agenda: [
    item({ id: 'b', position: 2, title: 'Vacancia de un regidor', itemType: 'vacancia' }),
    item({
      id: 'a',
      position: 1,
      title: 'Convenio con la Universidad',
      voteStatus: 'decidido',
      ballots: [
        {
          memberId: 'r1',
          memberName: 'Ana Quispe',
          choice: 'a_favor',
          reason: null,
          at: at('15:20'),
        },
        {
          memberId: 'r2',
          memberName: 'Benito Mamani',
          choice: 'en_contra',
          reason: null,
          at: at('15:21'),
        },
        {
          memberId: 'r3',
          memberName: 'Carla Huamán',
          choice: 'abstencion',
          reason: 'Conflicto de intereses',
          at: at('15:22'),
        },
      ],
      decision: {
        outcome: 'approved',
        aFavor: 1,
        enContra: 1,
        abstenciones: 1,
        required: null,
        baseSize: null,
        castingVote: { memberId: 'alc', choice: 'a_favor' },
        decidedAt: at('15:25'),
      },
      acuerdo: { id: 'ac1', number: 'ACUERDO DE CONCEJO N° 001-2026-MML', inForceFrom: null },
    }),
  ],
  attendance: [
    { memberId: 'alc', memberName: 'Rosa Alcalde', kind: 'llegada', at: at('15:00') },
    { memberId: 'r1', memberName: 'Ana Quispe', kind: 'llegada', at: at('15:01') },
    { memberId: 'r2', memberName: 'Benito Mamani', kind: 'llegada', at: at('15:02') },
    { memberId: 'r3', memberName: 'Carla Huamán', kind: 'llegada', at: at('15:05') },
    { memberId: 'r2', memberName: 'Benito Mamani', kind: 'retiro', at: at('15:40') },
  ],
  quorum: { numeroHabil: 5, required: 3, present: 3, presentMemberIds: [], hasQuorum: true },
  ...over,
});

const source = (over: Partial<SessionView> = {}, rest: Partial<ActaSource> = {}): ActaSource => ({
  municipality: {
    name: 'Municipalidad Metropolitana de Lima',
    place: 'Lima',
    timeZone: 'America/Lima',
  },
  session: session(over),
  members,
  numeroLegal: 6,
  itemTypes,
  approvingSession: null,
  ...rest,
});

const line = (lines: { label: string; value: string }[], label: string) =>
  lines.find((l) => l.label === label)?.value;

describe('actaDocument: the acta of a session, from what was stored', () => {
  it('heads the acta with the municipality, the kind of session, its place and date', () => {
    const acta = actaDocument(source());
    expect(acta.entityName).toBe('Municipalidad Metropolitana de Lima');
    expect(acta.title).toBe('ACTA DE LA SESIÓN ORDINARIA DEL CONCEJO MUNICIPAL');
    expect(acta.placeAndDate).toBe('Lima, 10 de marzo de 2026');
    expect(acta.convocation[0]).toContain('convocada el 2 de marzo de 2026');
    expect(acta.orderOfBusiness).toBe(
      'Orden de la sesión: lectura y aprobación del acta anterior, despacho, informes, pedidos y orden del día.',
    );
  });

  it('LOM Art. 16: número legal, número hábil (leave excluded), the quorum required and when it was reached', () => {
    const { quorum } = actaDocument(source());
    expect(line(quorum, 'Número legal')).toBe('6');
    expect(line(quorum, 'Número hábil')).toBe('5');
    expect(line(quorum, 'Quórum requerido')).toMatch(/^3 /);
    expect(line(quorum, 'Miembros hábiles presentes')).toBe('4');
    // Alcalde, Quispe, Mamani: the third hábil member in the room at 10:02 (Lima).
    expect(line(quorum, 'Quórum')).toBe('alcanzado a las 10:02');
  });

  it('lists every member: present with arrivals and departures, absent, on leave with its instrument', () => {
    const rows = actaDocument(source()).attendance;
    expect(rows.map((r) => r[0])).toEqual(members.map((m) => m.name));
    expect(rows[2]).toEqual([
      'Benito Mamani',
      'Regidor',
      'Presente: llegó a las 10:02; se retiró a las 10:40',
    ]);
    expect(rows[4]?.[2]).toBe(
      'Con licencia (Acuerdo de Concejo N° 010-2026-MML): no hábil, no cuenta para el quórum',
    );
    expect(rows[5]?.[2]).toBe('Ausente');
  });

  it('treats the items in the order of business, each with its result, every vote and its Acuerdo (LOM Art. 17)', () => {
    const { items } = actaDocument(source());
    expect(items.map((i) => i.heading)).toEqual([
      '1. Convenio con la Universidad',
      '2. Vacancia de un regidor',
    ]);
    const [first, second] = items;
    expect(line(first?.lines ?? [], 'Resultado')).toBe('APROBADO');
    expect(line(first?.lines ?? [], 'Votación')).toBe('1 a favor, 1 en contra, 1 abstención');
    expect(line(first?.lines ?? [], 'Mayoría requerida')).toMatch(/^simple/);
    expect(line(first?.lines ?? [], 'Voto dirimente (LOM Art. 17)')).toBe('Rosa Alcalde, a favor');
    expect(line(first?.lines ?? [], 'Acuerdo')).toBe('ACUERDO DE CONCEJO N° 001-2026-MML');
    expect(first?.ballots).toEqual([
      ['Ana Quispe', 'A favor', ''],
      ['Benito Mamani', 'En contra', ''],
      ['Carla Huamán', 'Abstención', 'Conflicto de intereses'],
    ]);
    expect(line(second?.lines ?? [], 'Resultado')).toBe('no se votó');
    expect(second?.ballots).toEqual([]);
  });

  it('states a qualified majority with its base, from the numbers stored with the decision', () => {
    const { items } = actaDocument(
      source({
        agenda: [
          item({
            id: 'v',
            position: 1,
            itemType: 'vacancia',
            voteStatus: 'decidido',
            decision: {
              outcome: 'rejected',
              aFavor: 3,
              enContra: 0,
              abstenciones: 0,
              required: 4,
              baseSize: 6,
              castingVote: null,
              decidedAt: at('15:30'),
            },
          }),
        ],
      }),
    );
    expect(line(items[0]?.lines ?? [], 'Resultado')).toBe('RECHAZADO');
    expect(line(items[0]?.lines ?? [], 'Mayoría requerida')).toBe(
      'calificada (2/3): 4 votos a favor sobre 6 (número legal)',
    );
  });

  it('is a BORRADOR while pending, and says how it was settled once dispensed or approved', () => {
    expect(actaDocument(source()).draft).toBe(true);
    const dispensed = actaDocument(
      source({ actaStatus: 'dispensada', actaSettledAt: at('16:00') }),
    );
    expect(dispensed.draft).toBe(false);
    expect(dispensed.status).toContain('dispensó su lectura y aprobación');
    expect(dispensed.status).toContain('11:00');
    const approved = actaDocument(
      source(
        {
          actaStatus: 'aprobada',
          actaSettledAt: '2026-03-17T15:30:00.000Z',
          actaApprovedInSessionId: 's2',
        },
        { approvingSession: { kind: 'ordinaria', date: '2026-03-17' } },
      ),
    );
    expect(approved.draft).toBe(false);
    expect(approved.status).toBe(
      'Aprobada en la sesión ordinaria del 17 de marzo de 2026, como acta anterior; los Acuerdos rigen desde entonces.',
    );
  });

  it('dates the document with the last stored instant: same data, same document', () => {
    expect(actaDocument(source()).issuedAt).toEqual(new Date(at('15:40')));
    expect(actaDocument(source())).toEqual(actaDocument(source()));
  });
});
