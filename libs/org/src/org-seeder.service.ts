import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#core';
import {
  MUNICIPALITY_PROFILES,
  type MunicipalityProfiles,
} from './municipality-profiles.provider.js';
import { PasswordHasher } from './password-hasher.js';

const SEED_LOCK = 4_201_2026;

/**
 * Brings municipalities and units in line with the profiles on every boot (they are configuration),
 * and creates the demo users where allowed. Idempotent and safe with several processes booting.
 */
@Injectable()
export class OrgSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrgSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    @Inject(MUNICIPALITY_PROFILES) private readonly profiles: MunicipalityProfiles,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seed();
  }

  async seed(): Promise<void> {
    const demo = this.config.seedDemo ? await this.demoUsersToCreate() : [];
    await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      for (const profile of this.profiles) {
        const { units, demoUsers: _demo, ...rest } = profile;
        const [{ id }] = (await tx.query(
          `INSERT INTO municipalities (code, name, short_name, time_zone, profile)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name,
             time_zone = EXCLUDED.time_zone, profile = EXCLUDED.profile, updated_at = now()
           RETURNING id`,
          [profile.code, profile.name, profile.shortName, profile.timeZone, { ...rest, units }],
        )) as [{ id: string }];
        for (const unit of units) {
          await tx.query(
            `INSERT INTO units (municipality_id, code, name, kind, parent_code) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (municipality_id, code) DO UPDATE SET name = EXCLUDED.name,
               kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code, updated_at = now()`,
            [id, unit.code, unit.name, unit.kind, unit.parent ?? null],
          );
        }
      }
      for (const user of demo) {
        await tx.query(
          `INSERT INTO users (municipality_id, unit_id, username, full_name, post, password_hash, roles, demo)
           SELECT m.id, u.id, $3, $4, $5, $6, $7, true
             FROM municipalities m JOIN units u ON u.municipality_id = m.id AND u.code = $2
            WHERE m.code = $1
           ON CONFLICT (lower(username)) DO NOTHING`,
          [
            user.municipality,
            user.unit,
            user.username,
            user.fullName,
            user.post,
            user.hash,
            user.roles,
          ],
        );
      }
    });
    if (demo.length > 0) this.logger.log(`Usuarios de demostración creados: ${demo.length}`);
  }

  /** Hashing is slow on purpose: hash only the demo users that do not exist yet. */
  private async demoUsersToCreate() {
    const wanted = this.profiles.flatMap((p) =>
      (p.demoUsers ?? []).map((u) => ({ ...u, municipality: p.code })),
    );
    const rows = (await this.dataSource.query(
      'SELECT lower(username) AS username FROM users WHERE lower(username) = ANY($1)',
      [wanted.map((u) => u.username.toLowerCase())],
    )) as Array<{ username: string }>;
    const existing = new Set(rows.map((r) => r.username));
    const missing = wanted.filter((u) => !existing.has(u.username.toLowerCase()));
    const hash = missing.length > 0 ? await this.hasher.hash(this.config.demoPassword) : '';
    return missing.map((u) => ({ ...u, hash }));
  }
}
