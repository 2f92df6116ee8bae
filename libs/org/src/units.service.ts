import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '#core';
import { Unit } from './entities/unit.entity.js';

/** Units of one municipality; every read is scoped to the caller's municipality. */
@Injectable()
export class UnitsService {
  constructor(@InjectRepository(Unit) private readonly units: Repository<Unit>) {}

  list(municipalityId: string): Promise<Unit[]> {
    return this.units.find({ where: { municipalityId }, order: { code: 'ASC' } });
  }

  find(municipalityId: string, id: string): Promise<Unit | null> {
    return this.units.findOne({ where: { municipalityId, id } });
  }

  async get(municipalityId: string, id: string): Promise<Unit> {
    const unit = await this.find(municipalityId, id);
    if (!unit) throw new NotFoundError('La unidad');
    return unit;
  }
}
