import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '#core';
import { UnitsService } from '#org';
import { type Actor } from '#audit';
import type { CreateMandateDto } from './mandate.dto.js';
import type { MandateContext } from './mandate.machine.js';
import { mayAssign } from './mandate.policy.js';

/** Who assigns a mandate and who must fulfil it. */
export interface MandateParties {
  readonly assignerUnitId: string;
  readonly assignerUserId: string;
  readonly responsibleUnitId: string;
}

/** A new mandate's context, open with nothing reported (from the form or from a pedido de información). */
export const newMandateContext = (
  input: Pick<
    CreateMandateDto,
    'title' | 'instructions' | 'source' | 'sourceReference' | 'term'
  > & {
    readonly startsOn?: string;
  },
  parties: MandateParties,
): MandateContext => ({
  title: input.title.trim(),
  instructions: input.instructions.trim(),
  source: input.source,
  sourceReference: input.sourceReference?.trim() || null,
  ...parties,
  term: { days: input.term.days, unit: input.term.unit },
  ...(input.startsOn ? { startsOn: input.startsOn } : {}),
  progress: [],
  progressPercent: null,
  evidence: null,
  returns: [],
  closingReason: null,
});

/** Checks who assigns and to whom, and builds the new mandate's context. */
@Injectable()
export class MandateCreator {
  constructor(private readonly units: UnitsService) {}

  async prepare(actor: Actor, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    const dto = input as unknown as CreateMandateDto;
    const allowed = mayAssign(actor);
    if (allowed !== true) throw new DomainError(ErrorCode.FORBIDDEN, allowed);
    const unit = await this.units.find(actor.municipalityId, dto.responsibleUnitId);
    // Separation of duties: the assigning unit accepts the work, so it cannot be the one doing it.
    if (unit && unit.id === actor.unitId)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: responsibleUnitId.', {
        errors: [
          {
            field: 'responsibleUnitId',
            messages: ['no puede ser su propia unidad: quien asigna el encargo lo da por cumplido'],
          },
        ],
      });
    if (!unit)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Datos inválidos en: responsibleUnitId.', {
        errors: [
          { field: 'responsibleUnitId', messages: ['no es una unidad de su municipalidad'] },
        ],
      });
    const context = newMandateContext(dto, {
      assignerUnitId: actor.unitId as string,
      assignerUserId: actor.userId as string,
      responsibleUnitId: unit.id,
    });
    return { ...context };
  }
}
