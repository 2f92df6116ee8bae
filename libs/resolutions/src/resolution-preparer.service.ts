import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addDays, civilDateAt, spanishDate } from '#calendar';
import { DomainError, ErrorCode } from '#core';
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
import { checkAddressees, ResolutionCreator } from './resolution-creator.service.js';
import {
  CONTENT_FIELDS,
  contentHashOf,
  contentOf,
  type ResolutionContent,
} from './resolution-content.js';
import type { ResolutionContext } from './resolution.machine.js';
import { ResolutionSigning } from './resolution-signing.service.js';

/** Code of the term to file a remedy (D7). */
export const REMEDY_WINDOW = 'interposicion_recursos';

const invalid = (field: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION_FAILED, `Datos inválidos en: ${field}.`, {
    errors: [{ field, messages: [message] }],
  });

const normalized = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * What each event needs from the clock or the database before the pure machine applies it:
 * the instant, the unit that visas, the register number and document, the addressee's position,
 * the remedy window, the rectifying draft.
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
      case 'EDIT': {
        const changes = Object.fromEntries(
          CONTENT_FIELDS.filter((field) => event[field] !== undefined).map((field) => [
            field,
            event[field],
          ]),
        ) as Partial<ResolutionContent>;
        if (Object.keys(changes).length === 0)
          throw invalid('EDIT', `indique al menos uno de: ${CONTENT_FIELDS.join(', ')}`);
        if (changes.addressees)
          changes.addressees = changes.addressees.map((a) => ({
            name: a.name,
            documentId: a.documentId ?? null,
            email: a.email ?? null,
          }));
        const content = contentOf({ ...context, ...changes });
        checkAddressees(content);
        return { event: { ...event, ...changes, contentHash: contentHashOf(content), at } };
      }
      case 'RETURN':
        return { event: { ...event, unitId: actor.unitId, from: instance.state, at } };
      case 'VISA':
        // A visa approves the text the visor read: an edit since then must be read again (D14).
        if (typeof event.contentHash === 'string' && event.contentHash !== context.contentHash)
          throw new DomainError(
            ResolutionRefusal.VISA_HASH_MISMATCH,
            'El proyecto cambió desde que usted lo leyó: revise la versión vigente antes de visarla.',
            { contentHash: context.contentHash },
          );
        return { event: { ...event, unitId: actor.unitId ?? undefined, userId: actor.userId, at } };
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
      case 'NOTIFY':
        return { event: { ...event, addresseeIndex: this.addresseeIndex(context, event), at } };
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
        return { event: { ...event, at } };
    }
  }

  /** NOTIFY names the addressee by name or document; the machine records its position. */
  private addresseeIndex(context: ResolutionContext, event: WorkflowEvent): number {
    const wanted = normalized(String(event.addressee ?? ''));
    const index = context.addressees.findIndex(
      (a) =>
        normalized(a.name) === wanted ||
        (a.documentId !== null && normalized(a.documentId) === wanted),
    );
    if (index < 0)
      throw invalid(
        'addressee',
        `no es destinatario de esta resolución; destinatarios: ${context.addressees.map((a) => a.name).join('; ')}`,
      );
    return index;
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
      throw invalid(
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
    if (filedAt > today) throw invalid('filedAt', 'no puede ser una fecha futura');
    if (filedAt < servedOn)
      throw invalid(
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
