import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { NotFoundError } from '#core';
import { Municipality } from './entities/municipality.entity.js';

@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
  ) {}

  async get(id: string): Promise<Municipality> {
    const municipality = await this.municipalities.findOne({ where: { id } });
    if (!municipality) throw new NotFoundError('La municipalidad');
    return municipality;
  }
}
