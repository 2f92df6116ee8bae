import type { Signature } from './resolution.machine.js';

/**
 * The profile's answer to «¿cabe apelación contra lo resuelto por delegación de competencia del
 * Alcalde?» (`delegations.appealAgainstDelegatedActs`), copied into the signature when the act is
 * signed so the pure machine reads it (D7, D10).
 */
export interface DelegatedActsAppeal {
  allowed: boolean;
  /** The legal basis the profile gives, cited when an apelación is refused. */
  basis: string;
}

/** What decides the route of an act: under which title it was signed, and whether it has a superior. */
export interface RouteFacts {
  readonly signature: Pick<Signature, 'mode' | 'delegatorRole' | 'delegatedActsAppeal'> | null;
  readonly superiorUnitId: string | null;
}

/**
 * Whether the act exhausts the administrative route (TUO de la Ley 27444, Art. 228.2 a): no
 * apelación lies against it before a hierarchical superior. The one place this is decided: the
 * machine (`appealable`), the refusal of an apelación and the refusal of a delegación de firma at
 * SIGN (Art. 83.1) read it. `why` cites the articles, in Spanish.
 *
 * - Signed by delegación de firma of the Alcalde: the delegate only signs what the Alcalde resolved
 *   (Art. 83.2), so it is the Alcalde's act, a Resolución de Alcaldía, and his decisions exhaust the
 *   route (LOM Art. 50).
 * - Signed by delegación de competencia of the Alcalde: it counts as the Alcalde's (Art. 78.4);
 *   whether an apelación still lies is the profile's setting, copied into the signature. An act
 *   signed before the setting existed has none: no apelación, as Despacho always held.
 * - No hierarchical superior in the organigram: nobody to appeal to.
 */
export function administrativeRoute(
  act: RouteFacts,
): { exhausted: false } | { exhausted: true; why: string } {
  const { signature } = act;
  if (signature?.delegatorRole === 'ALCALDE' && signature.mode === 'delegacion_firma')
    return {
      exhausted: true,
      why: 'lo firmado por delegación de firma del Alcalde es acto del Alcalde (TUO de la Ley 27444, Art. 83.2), una Resolución de Alcaldía, y su decisión agota la vía administrativa (LOM Art. 50)',
    };
  if (signature?.delegatorRole === 'ALCALDE') {
    const setting = signature.delegatedActsAppeal ?? null;
    if (setting?.allowed !== true)
      return {
        exhausted: true,
        why: `el acto se emitió por delegación del Alcalde: ${
          setting?.basis.replace(/\.\s*$/, '') ??
          'se considera emitido por el delegante (TUO de la Ley 27444, Art. 78.4), y la decisión del Alcalde agota la vía administrativa (LOM Art. 50; TUO Art. 228.2 a)'
        }`,
      };
  }
  if (act.superiorUnitId === null)
    return {
      exhausted: true,
      why: 'no hay superior jerárquico ante quien apelar (TUO de la Ley 27444, Art. 220 y 228.2 a)',
    };
  return { exhausted: false };
}

/** The detail of APPEAL_NOT_AVAILABLE: why no apelación lies, with its articles. */
export function appealUnavailable(act: RouteFacts): string {
  const route = administrativeRoute(act);
  const why = route.exhausted ? route.why : 'no procede apelación';
  return `No cabe apelación: ${why}. Solo cabe reconsideración ante el mismo órgano (TUO de la Ley 27444, Art. 219).`;
}
