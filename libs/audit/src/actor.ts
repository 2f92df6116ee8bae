/** A power held by delegation or encargatura (D10), in force on the day of the request. */
export interface Authority {
  readonly delegationId: string;
  readonly kind: 'delegacion_competencia' | 'delegacion_firma' | 'encargatura';
  readonly delegatorRole: string;
  readonly delegatorPost: string;
  readonly instrument: string;
  readonly subjects: readonly string[];
}

/** Who sends an event. `onBehalfOf` names whose competence is exercised (delegation, encargatura). */
export interface Actor {
  readonly userId: string | null;
  readonly name: string;
  readonly municipalityId: string;
  readonly unitId: string | null;
  readonly roles: readonly string[];
  readonly onBehalfOf?: string | null;
  /** Delegations and encargaturas in force, for the kinds whose policy reads them. */
  readonly authorities?: readonly Authority[];
  /** The kind of the actor's unit (`gerencia_linea`, …), for the kinds whose policy reads it. */
  readonly unitKind?: string | null;
}

/** The kernel itself (timers, recalculations): never subject to a policy. */
export const systemActor = (municipalityId: string): Actor => ({
  userId: null,
  name: 'sistema',
  municipalityId,
  unitId: null,
  roles: [],
});
