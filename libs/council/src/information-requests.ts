import { type Refusal, refuse } from '#core';
import type { CivilDate } from '#calendar';
import type { OrderOfBusinessSection } from '#org';
import { CouncilRefusal } from './council.errors.js';
import { type Council, memberOf, memberRefusal } from './members.js';
import { type BusinessDayCalendar, orderOfBusiness, type SessionKind } from './sessions.js';

/** A regidor's pedido de información to the Gerente Municipal (LOM Art. 10 inc. 4, Ley 31433). */
export interface InformationRequest {
  readonly requesterId: string;
  readonly filedOn: CivilDate;
  readonly subject: string;
}

/** The profile's term, `council.informationRequests`. */
export interface InformationRequestRule {
  readonly termBusinessDays: number;
  readonly basis: string;
}

/** Why a member may not file a pedido de información: only a hábil regidor files one. */
export function informationRequestRefusal(
  council: Council,
  requesterId: string,
  filedOn: CivilDate,
): Refusal | null {
  const notHabil = memberRefusal(council, requesterId, filedOn);
  if (notHabil) return notHabil;
  return memberOf(council, requesterId)?.role === 'regidor'
    ? null
    : refuse(
        CouncilRefusal.NOT_A_REGIDOR,
        'El pedido de información es atribución de los regidores (LOM Art. 10 inc. 4); el Alcalde la pide a su administración directamente.',
      );
}

/**
 * The last day the Gerente has to answer, in días hábiles from the day after filing (D2); one
 * filed on a non-business day counts as received the next business day (D3), as the kernel's
 * deadlines count it.
 */
export const informationRequestDueOn = (
  filedOn: CivilDate,
  rule: InformationRequestRule,
  calendar: BusinessDayCalendar,
): CivilDate =>
  calendar.addBusinessDays(calendar.onOrNextBusinessDay(filedOn), rule.termBusinessDays);

/** A pedido raised in a session is raised in its «pedidos» stage: a session without one refuses it. */
export function sessionPedidoRefusal(
  kind: SessionKind,
  ordinary: readonly OrderOfBusinessSection[],
): Refusal | null {
  return orderOfBusiness(kind, ordinary).includes('pedidos')
    ? null
    : refuse(
        CouncilRefusal.NO_PEDIDOS_STAGE,
        `La sesión ${kind} no tiene estación de pedidos (LOM Art. 13; Reglamento Interno del Concejo): regístrelo sin sesión o en una ordinaria.`,
      );
}
