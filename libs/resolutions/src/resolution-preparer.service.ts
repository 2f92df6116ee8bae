import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  type BusinessCalendar,
  CalendarService,
  civilDateAt,
  endOfCivilDay,
  spanishDate,
} from '#calendar';
import { DomainError } from '#core';
import { OrgDirectory } from '#org';
import { type Actor } from '#audit';
import {
  DeadlinesService,
  type InstanceFacts,
  type PreparedEvent,
  type TransitionScope,
  type WorkflowEvent,
} from '#workflow';
import { RESOLUTIONS } from './resolutions.definition.js';
import { ResolutionRefusal } from './resolution.errors.js';
import { ResolutionCreator } from './resolution-creator.service.js';
import { contentOf, invalidField } from './resolution-content.js';
import {
  pendingOf,
  REMEDY_WINDOW,
  type ResolutionContext,
  windowOf,
} from './resolution.machine.js';
import type { RemediesProfile } from './resolutions.profile.js';
import { ResolutionSigning } from './resolution-signing.service.js';
import type { ResolutionContextV1 } from './v1/resolution.machine.v1.js';

export { REMEDY_WINDOW } from './resolution.machine.js';

/** 'HH:MM' of an instant in a time zone. */
function wallTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/**
 * The business day a filing counts as presented on: its civil date, or the next business day when
 * that is not one (D3) or when it came in at or after the mesa de partes closed (TUO Art. 149).
 */
export function filingDay(
  filedAt: Date,
  timeZone: string,
  calendar: BusinessCalendar,
  officeHours: { closes: string },
): string {
  const day = civilDateAt(filedAt, timeZone);
  if (!calendar.isBusinessDay(day)) return calendar.nextBusinessDay(day);
  return wallTime(filedAt, timeZone) >= officeHours.closes ? calendar.nextBusinessDay(day) : day;
}

/**
 * What each event needs from the database and the calendar before the pure machine applies it:
 * the register number and document, the civil dates of services and filings, the remedy windows
 * as the kernel counted them, the rectifying draft. What is pure (the instant, who, which
 * addressee, which party) `completeResolutionEvent` added.
 */
@Injectable()
export class ResolutionPreparer {
  constructor(
    private readonly signing: ResolutionSigning,
    private readonly creator: ResolutionCreator,
    private readonly deadlines: DeadlinesService,
    private readonly directory: OrgDirectory,
    private readonly calendars: CalendarService,
  ) {}

  async prepare(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<ResolutionContext>,
    actor: Actor,
  ): Promise<PreparedEvent> {
    const at = scope.now.toISOString();
    switch (event.type) {
      case 'SIGN':
        return this.sign(scope, event, instance, actor);
      case 'PUBLISH':
        return { event: { ...event, ...(await this.publication(scope, instance, event)), at } };
      case 'RECTIFY':
        return this.rectify(scope, event, instance);
      case 'NOTIFY': {
        const signedAt = instance.context.signedAt ?? at;
        return {
          event: {
            ...event,
            ...(await this.service(scope, instance, event, signedAt, 'la firma del acto')),
            at,
          },
        };
      }
      case 'NOTIFY_DECISION': {
        const decided = instance.context.remedies[Number(event.remedyIndex)];
        return {
          event: {
            ...event,
            ...(await this.service(
              scope,
              instance,
              event,
              decided?.resolvedAt ?? at,
              'la decisión del recurso',
            )),
            at,
          },
        };
      }
      case 'FILE_REMEDY':
        return { event: { ...event, ...(await this.filing(scope, instance, event)), at } };
      case 'SERVE_HEARING':
        return {
          event: {
            ...event,
            ...(await this.service(
              scope,
              instance,
              event,
              instance.context.review?.startedAt ?? at,
              'el inicio del procedimiento de nulidad o revocación',
            )),
            at,
          },
        };
      case 'FILE_ARGUMENTS': {
        const filedAt = new Date(String(event.filedAt));
        if (filedAt > scope.now) throw invalidField('filedAt', 'no puede ser una fecha futura');
        return { event: { ...event, filedAt: filedAt.toISOString(), at } };
      }
      case 'CONSENT':
        return { event: { ...event, ...(await this.lapse(scope, instance, event)) } };
      default:
        return { event };
    }
  }

  private sign(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<ResolutionContext | ResolutionContextV1>,
    actor: Actor,
  ): Promise<PreparedEvent> {
    return this.signing.sign(
      scope.manager,
      scope.now,
      instance,
      actor,
      typeof event.delegationId === 'string' || event.delegationId === null
        ? event.delegationId
        : undefined,
    );
  }

  private async rectify(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<ResolutionContext | ResolutionContextV1>,
  ): Promise<PreparedEvent> {
    const at = scope.now.toISOString();
    const { context } = instance;
    const draft = await this.creator.contextFor(
      scope.manager,
      instance.municipalityId,
      context.originUnitId,
      contentOf(context),
      { id: instance.id, number: context.number, at },
    );
    const rectifiedBy = await scope.createInstance(RESOLUTIONS, { ...draft });
    return { event: { ...event, rectifiedBy, at } };
  }

  /**
   * D6 (Art. 25): when the notice took effect — not before what is served (the act, the decision)
   * existed, not in the future — and its civil date, from which the party's window counts.
   */
  private async service(
    scope: TransitionScope,
    instance: InstanceFacts<ResolutionContext>,
    event: WorkflowEvent,
    since: string,
    what: string,
  ): Promise<{ servedAt: string; servedOn: string }> {
    const timeZone = await this.timeZoneOf(scope.manager, instance.municipalityId);
    const servedAt = new Date(String(event.servedAt));
    if (servedAt > scope.now) throw invalidField('servedAt', 'no puede ser una fecha futura');
    if (servedAt < new Date(since))
      throw invalidField(
        'servedAt',
        `es anterior a ${what} (${spanishDate(civilDateAt(new Date(since), timeZone))})`,
      );
    return { servedAt: servedAt.toISOString(), servedOn: civilDateAt(servedAt, timeZone) };
  }

  /**
   * D7 (Art. 218.2, 221, 222; Art. 149 office hours): the day a remedy counts as filed, checked
   * against the filer's window as the kernel counted it — even if its timer has not run, and even
   * if it already ran (a remedy presented in time and registered within the profile's grace).
   * An apelación after negative silence has no window (Art. 199.5), only the silence.
   */
  private async filing(
    scope: TransitionScope,
    instance: InstanceFacts<ResolutionContext>,
    event: WorkflowEvent,
  ): Promise<{ filedAt: string; filedOn: string }> {
    const { context } = instance;
    const { timeZone, remedies } = await this.remediesOf(scope.manager, instance.municipalityId);
    const filedAt = new Date(String(event.filedAt));
    if (filedAt > scope.now) throw invalidField('filedAt', 'no puede ser una fecha futura');
    if (context.signedAt && filedAt < new Date(context.signedAt))
      throw invalidField(
        'filedAt',
        `es anterior a la firma del acto (${spanishDate(civilDateAt(new Date(context.signedAt), timeZone))})`,
      );
    const calendar = await this.calendars.calendarWithin(scope.manager, instance.municipalityId);
    const filedOn = filingDay(filedAt, timeZone, calendar, remedies.officeHours);
    const prepared = { filedAt: filedAt.toISOString(), filedOn };
    const party = typeof event.party === 'string' ? event.party : null;
    // An apelación after the silence has no window (Art. 199.5): the machine compares the filing
    // day with the end of the term to resolve.
    if (pendingOf(context, party)) return prepared;
    const window = windowOf(context, party);
    // Not served yet (Art. 27.2), or a decision not served yet: no term has started to run out.
    if (!window || window.status === 'awaiting_notice') return prepared;
    const dueOn =
      window.status === 'firm'
        ? window.dueOn
        : party !== null
          ? ((await this.deadlines.latest(scope.manager, instance.id, REMEDY_WINDOW, party))
              ?.dueOn ?? null)
          : null;
    if (dueOn && filedOn > dueOn)
      throw new DomainError(
        ResolutionRefusal.REMEDY_WINDOW_CLOSED,
        `El recurso se presentó fuera de plazo: se tiene por presentado el ${spanishDate(filedOn)} y el plazo de ${context.terms.remedyFiling} días hábiles de esta parte venció el ${spanishDate(dueOn)}.`,
        { state: instance.state, dueOn },
      );
    return prepared;
  }

  /**
   * CONSENT (the kernel's expiry of a party's window): firm since the end of its last day, whenever
   * the timer ran (D9 counts 2 years from it); provisional for the profile's registration grace.
   */
  private async lapse(
    scope: TransitionScope,
    instance: InstanceFacts<ResolutionContext>,
    event: WorkflowEvent,
  ): Promise<{ at: string; dueOn: string; provisionalUntil: string | null }> {
    const key = String(event.key ?? '');
    const window = await this.deadlines.latest(scope.manager, instance.id, REMEDY_WINDOW, key);
    const { timeZone, remedies } = await this.remediesOf(scope.manager, instance.municipalityId);
    const dueOn =
      window?.dueOn ??
      (typeof event.dueOn === 'string' ? event.dueOn : civilDateAt(scope.now, timeZone));
    const end = endOfCivilDay(dueOn, timeZone);
    const grace = remedies.registrationGraceDays;
    if (grace === 0) return { at: end.toISOString(), dueOn, provisionalUntil: null };
    const calendar = await this.calendars.calendarWithin(scope.manager, instance.municipalityId);
    return {
      at: end.toISOString(),
      dueOn,
      provisionalUntil: endOfCivilDay(
        calendar.addBusinessDays(dueOn, grace),
        timeZone,
      ).toISOString(),
    };
  }

  /** The municipality's time zone and `kinds.resolutions.remedies` (office hours, grace, where to file). */
  private async remediesOf(
    manager: EntityManager,
    municipalityId: string,
  ): Promise<{ timeZone: string; remedies: RemediesProfile }> {
    const municipality = await this.directory.municipality(manager, municipalityId);
    return {
      timeZone: municipality.timeZone,
      remedies: this.signing.settingsOf(municipality.code).remedies,
    };
  }

  /** D15: published on `date` (not before the signature, not in the future), in force the day after. */
  private async publication(
    scope: TransitionScope,
    instance: InstanceFacts<ResolutionContext | ResolutionContextV1>,
    event: WorkflowEvent,
  ): Promise<{ inForceFrom: string }> {
    const timeZone = await this.timeZoneOf(scope.manager, instance.municipalityId);
    const date = String(event.date);
    const today = civilDateAt(scope.now, timeZone);
    const signedOn = instance.context.signedAt
      ? civilDateAt(new Date(instance.context.signedAt), timeZone)
      : today;
    if (date < signedOn || date > today)
      throw invalidField(
        'date',
        `la publicación debe ser entre la firma (${spanishDate(signedOn)}) y hoy (${spanishDate(today)})`,
      );
    return { inForceFrom: addDays(date, 1) };
  }

  /** The municipality's time zone (from its profile; cached by the directory). */
  async timeZoneOf(manager: EntityManager, municipalityId: string): Promise<string> {
    return (await this.directory.municipality(manager, municipalityId)).timeZone;
  }

  // -------------------------------------------------------------------------------------------
  // Machine version 1 (frozen): instances created before per-party windows keep their behaviour.
  // -------------------------------------------------------------------------------------------

  async prepareV1(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<ResolutionContextV1>,
    actor: Actor,
  ): Promise<PreparedEvent> {
    const at = scope.now.toISOString();
    switch (event.type) {
      case 'SIGN':
        return this.sign(scope, event, instance, actor);
      case 'PUBLISH':
        return { event: { ...event, ...(await this.publication(scope, instance, event)), at } };
      case 'FILE_REMEDY': {
        // Version 1 keeps the civil date of the filing as it was given.
        const timeZone = await this.timeZoneOf(scope.manager, instance.municipalityId);
        const filedAt = civilDateAt(new Date(String(event.filedAt)), timeZone);
        const prepared = { ...event, filedAt, at };
        await this.checkFilingV1(scope, instance, prepared);
        return { event: prepared };
      }
      case 'RECTIFY':
        return this.rectify(scope, event, instance);
      case 'CONSENT':
        // Firm since the window's last day ended, whenever the timer ran (D9 counts 2 years from it).
        return {
          event: {
            ...event,
            at:
              (await this.deadlines.latest(scope.manager, instance.id, REMEDY_WINDOW))?.dueAt ?? at,
          },
        };
      default:
        return { event };
    }
  }

  /**
   * Version 1, D7: a remedy is admitted if filed within the window: not before the act was notified or
   * published, not after today, not after the window's last day (even if its timer has not run yet).
   */
  private async checkFilingV1(
    scope: TransitionScope,
    instance: InstanceFacts<ResolutionContextV1>,
    event: WorkflowEvent,
  ): Promise<void> {
    const timeZone = await this.timeZoneOf(scope.manager, instance.municipalityId);
    const filedAt = String(event.filedAt);
    const today = civilDateAt(scope.now, timeZone);
    const { context } = instance;
    // The first addressee's notification: each one may file from the day they were served.
    const firstNotice = context.notifications.map((n) => n.at).sort()[0];
    const servedOn = context.publication
      ? context.publication.date
      : firstNotice
        ? civilDateAt(new Date(firstNotice), timeZone)
        : today;
    if (filedAt > today) throw invalidField('filedAt', 'no puede ser una fecha futura');
    if (filedAt < servedOn)
      throw invalidField(
        'filedAt',
        `es anterior a la notificación o publicación del acto (${spanishDate(servedOn)})`,
      );
    // Filed from notified or published: the latest window is the one running now.
    const window = await this.deadlines.latest(scope.manager, instance.id, REMEDY_WINDOW);
    if (window && filedAt > window.dueOn)
      throw new DomainError(
        ResolutionRefusal.REMEDY_WINDOW_CLOSED,
        `El recurso se presentó fuera de plazo: el plazo de 15 días hábiles venció el ${spanishDate(window.dueOn)}.`,
        { state: instance.state, dueOn: window.dueOn },
      );
  }
}
