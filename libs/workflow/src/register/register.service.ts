import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { civilDateAt } from '#calendar';
import { queryOne, execute } from '#database';

export interface RegisterKey {
  readonly municipalityId: string;
  /** E.g. `resolucion_gerencia_municipal`: a profile's numbering entry. */
  readonly series: string;
  readonly issuingUnitId: string;
  /** Civil year in the municipality's time zone. */
  readonly year: number;
}

/** What a number is given to: a workflow instance's id, or an agenda item of the Concejo (an Acuerdo). */
export type RegisterOwner = string | { readonly councilItemId: string };

export interface RegisterNumber {
  readonly sequence: number;
  readonly number: string;
}

/** D12: the register's year is the civil year where the municipality is, not UTC's: it restarts on 1 January there. */
export function registerYear(at: Date, timeZone: string): number {
  return Number(civilDateAt(at, timeZone).slice(0, 4));
}

/**
 * `{seq}` or `{seq:N}` (zero-padded to N digits) and `{year}`: e.g.
 * `RESOLUCIÓN DE GERENCIA MUNICIPAL N° {seq:4}-{year}-MML/GMM` → `… N° 0007-2026-MML/GMM`.
 * Without a sequence (a draft's preview) the place of the number is left blank: `N° ____-2026-…`.
 */
export function formatRegisterNumber(
  template: string,
  sequence: number | null,
  year: number,
): string {
  return template
    .replace(/\{seq(?::(\d+))?\}/g, (_match, width?: string) =>
      sequence === null
        ? '_'.repeat(Math.max(Number(width ?? 0), 4))
        : String(sequence).padStart(Number(width ?? 0), '0'),
    )
    .replace(/\{year\}/g, String(year));
}

/**
 * Registers of numbered acts (D12): gapless and never reused per (municipality, series, issuing
 * unit, year). The counter row stays locked until the caller's transaction ends, so concurrent
 * signers take consecutive numbers and a rollback gives the number back.
 */
@Injectable()
export class RegisterService {
  async assign(
    manager: EntityManager,
    key: RegisterKey,
    template: string,
    owner: RegisterOwner,
    at: Date,
  ): Promise<RegisterNumber> {
    const counter = await queryOne<{ last_value: number }>(
      manager,
      `INSERT INTO register_counters AS c (municipality_id, series, issuing_unit_id, year, last_value)
       VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (municipality_id, series, issuing_unit_id, year)
       DO UPDATE SET last_value = c.last_value + 1 RETURNING last_value`,
      [key.municipalityId, key.series, key.issuingUnitId, key.year],
    );
    if (!counter) throw new Error('register_counters no devolvió el correlativo');
    const sequence = counter.last_value;
    const number = formatRegisterNumber(template, sequence, key.year);
    await execute(
      manager,
      `INSERT INTO register_entries (municipality_id, series, issuing_unit_id, year, sequence, number,
         instance_id, council_item_id, assigned_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        key.municipalityId,
        key.series,
        key.issuingUnitId,
        key.year,
        sequence,
        number,
        typeof owner === 'string' ? owner : null,
        typeof owner === 'string' ? null : owner.councilItemId,
        at,
      ],
    );
    return { sequence, number };
  }
}
