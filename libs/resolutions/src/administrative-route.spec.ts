import { administrativeRoute, appealUnavailable } from './administrative-route.js';
import type { Signature } from './resolution.machine.js';

const SUPERIOR = 'u-alcaldia';
type Title = Pick<Signature, 'mode' | 'delegatorRole' | 'delegatedActsAppeal'>;
const act = (signature: Title | null, superiorUnitId: string | null = SUPERIOR) => ({
  signature,
  superiorUnitId,
});
const own: Title = { mode: 'propia', delegatorRole: null, delegatedActsAppeal: null };
const byAlcalde = (delegatedActsAppeal?: Title['delegatedActsAppeal']): Title => ({
  mode: 'delegacion_competencia',
  delegatorRole: 'ALCALDE',
  ...(delegatedActsAppeal === undefined ? {} : { delegatedActsAppeal }),
});

describe('when a Resolución de Gerencia Municipal exhausts the administrative route (TUO Art. 228.2 a)', () => {
  it("the Gerente's own act, his encargado's or his delegate's: an apelación lies before the Alcalde (TUO Art. 220)", () => {
    expect(administrativeRoute(act(own))).toEqual({ exhausted: false });
    for (const mode of ['encargatura', 'delegacion_firma', 'delegacion_competencia'] as const)
      expect(administrativeRoute(act({ mode, delegatorRole: 'GERENTE_MUNICIPAL' }))).toEqual({
        exhausted: false,
      });
  });

  it('TUO Art. 83.2 and LOM Art. 50: signed by delegación de firma of the Alcalde, it is his act and exhausts the route', () => {
    expect(
      administrativeRoute(act({ mode: 'delegacion_firma', delegatorRole: 'ALCALDE' })),
    ).toEqual({
      exhausted: true,
      why: expect.stringMatching(/Art\. 83\.2[\s\S]*Resolución de Alcaldía[\s\S]*LOM Art\. 50/),
    });
  });

  it('TUO Art. 78.4: by delegación de competencia of the Alcalde, the profile decides, and its basis is cited', () => {
    const basis =
      'Resolución de Alcaldía N° 001-2026: el Alcalde resuelve la apelación (TUO Art. 220).';
    expect(administrativeRoute(act(byAlcalde({ allowed: true, basis })))).toEqual({
      exhausted: false,
    });
    const refused = administrativeRoute(
      act(byAlcalde({ allowed: false, basis: 'TUO Art. 78.4 y LOM Art. 50.' })),
    );
    expect(refused).toEqual({
      exhausted: true,
      why: 'el acto se emitió por delegación del Alcalde: TUO Art. 78.4 y LOM Art. 50',
    });
    // Signed before the setting existed: no apelación, as Despacho always held.
    for (const legacy of [byAlcalde(), byAlcalde(null)])
      expect(administrativeRoute(act(legacy))).toEqual({
        exhausted: true,
        why: expect.stringMatching(/Art\. 78\.4[\s\S]*LOM Art\. 50/),
      });
  });

  it('TUO Art. 220: without a hierarchical superior nobody hears an apelación', () => {
    expect(administrativeRoute(act(own, null))).toEqual({
      exhausted: true,
      why: expect.stringMatching(/superior jerárquico/),
    });
  });

  it('the refusal of the apelación says why, and that the reconsideración lies (TUO Art. 219)', () => {
    expect(appealUnavailable(act(byAlcalde({ allowed: false, basis: 'LOM Art. 50.' })))).toBe(
      'No cabe apelación: el acto se emitió por delegación del Alcalde: LOM Art. 50. Solo cabe reconsideración ante el mismo órgano (TUO de la Ley 27444, Art. 219).',
    );
  });
});
