import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryOne, queryRows } from '#database';

export interface MunicipalityFacts {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly timeZone: string;
}

export interface UnitFacts {
  readonly id: string;
  readonly code: string;
  readonly kind: string;
}

export interface PersonFacts {
  readonly id: string;
  readonly fullName: string;
  readonly post: string;
}

/**
 * What other libraries read of municipalities, units and people, inside their own transaction
 * (never a second pooled connection), instead of raw SQL into org's tables.
 */
@Injectable()
export class OrgDirectory {
  private readonly municipalities = new Map<string, MunicipalityFacts>();

  /** Cached: a municipality's code, name and zone come from its profile and do not change while running. */
  async municipality(manager: EntityManager, id: string): Promise<MunicipalityFacts> {
    const known = this.municipalities.get(id);
    if (known) return known;
    const row = await queryOne<{ code: string; name: string; time_zone: string }>(
      manager,
      `SELECT code, name, time_zone FROM municipalities WHERE id = $1`,
      [id],
    );
    if (!row) throw new Error(`Municipalidad ${id} inexistente`);
    const facts = { id, code: row.code, name: row.name, timeZone: row.time_zone };
    this.municipalities.set(id, facts);
    return facts;
  }

  units(manager: EntityManager, municipalityId: string): Promise<UnitFacts[]> {
    return queryRows<UnitFacts>(
      manager,
      `SELECT id, code, kind FROM units WHERE municipality_id = $1 ORDER BY code`,
      [municipalityId],
    );
  }

  async person(manager: EntityManager, userId: string): Promise<PersonFacts> {
    const row = await queryOne<{ id: string; full_name: string; post: string }>(
      manager,
      `SELECT id, full_name, post FROM users WHERE id = $1`,
      [userId],
    );
    if (!row) throw new Error(`Usuario ${userId} inexistente`);
    return { id: row.id, fullName: row.full_name, post: row.post };
  }
}
