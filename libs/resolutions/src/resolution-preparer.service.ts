import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, civilDateAt, spanishDate } from '#calendar';
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
import type { ResolutionContext } from './resolution.machine.js';
import { ResolutionSigning } from './resolution-signing.service.js';

/** Code of the term to file a remedy (D7). */
export const REMEDY_WINDOW = 'interposicion_recursos';

/**
 * What each event needs from the database before the pure machine applies it: the register
 * number and document, the publication's date checked against the signature, the remedy window,
 * the rectifying draft. What is pure (the instant, who, the addressee) `completeResolutionEvent` added.
 */
@Injectable()
export class ResolutionPreparer {
  constructor(
    private readonly signing: ResolutionSigning,
    private readonly creator: ResolutionCreator,
    private readonly deadlines: DeadlinesService,
    private readonly directory: OrgDirectory,
  ) {}

  async prepare(
    scope: TransitionScope,
    event: WorkflowEvent,
    instance: InstanceFacts<ResolutionContext>,
    actor: Actor,
  ): Promise<PreparedEvent> {
    const at = scope.now.toISOString();
    const { context } = instance;
    switch (event.type) {
      case 'SIGN':
        return this.signing.sign(
          scope.manager,
          scope.now,
          instance,
          actor,
          typeof event.delegationId === 'string' || event.delegationId === null
            ? event.delegationId
            : undefined,
        );
      case 'PUBLISH':
        return { event: { ...event, ...(await this.publication(scope, instance, event)), at } };
      case 'FILE_REMEDY':
        await this.checkFiling(scope, instance, event);
        return { event: { ...event, at } };
      case 'RECTIFY': {
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
      case 'CONSENT':
        // Firm since the window's last day ended, whenever the timer ran (D9 counts 2 years from it).
        return { event: { ...event, at: (await this.windowEnd(scope, instance.id)) ?? at } };
      default:
        return { event };
    }
  }

  /** D15: published on `date` (not before the signature, not in the future), in force the day after. */
  private async publication(
    scope: TransitionScope,
    instance: InstanceFacts<ResolutionContext>,
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

  /**
   * D7: a remedy is admitted if filed within the window: not before the act was notified or
   * published, not after today, not after the window's last day (even if its timer has not run yet).
   */
  private async checkFiling(
    scope: TransitionScope,
    instance: InstanceFacts<ResolutionContext>,
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

  private async windowEnd(scope: TransitionScope, instanceId: string): Promise<string | null> {
    return (await this.deadlines.latest(scope.manager, instanceId, REMEDY_WINDOW))?.dueAt ?? null;
  }

  /** The municipality's time zone (from its profile; cached by the directory). */
  async timeZoneOf(manager: EntityManager, municipalityId: string): Promise<string> {
    return (await this.directory.municipality(manager, municipalityId)).timeZone;
  }
}
