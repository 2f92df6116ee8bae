import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#core';
import {
  MUNICIPALITY_PROFILES,
  type MunicipalityProfiles,
} from './municipality-profiles.provider.js';
import { PasswordHasher } from './password-hasher.js';

const SEED_LOCK = 4_201_2026;

const GIVEN = [
  'Ana',
  'Luis',
  'Rosa',
  'Carlos',
  'María',
  'Jorge',
  'Carmen',
  'Víctor',
  'Julia',
  'Raúl',
];
const FAMILY = ['Quispe', 'Flores', 'Huamán', 'Mendoza', 'Rojas', 'Vargas', 'Castillo', 'Torres'];

/**
 * A demo Concejo for a municipality that has none: its Alcalde (linked to the demo ALCALDE user)
 * and as many regidores as the profile's número legal, from the start of the 2023 term.
 */
async function seedDemoCouncil(
  tx: EntityManager,
  profile: { code: string; council: { legalRegidores: number } },
): Promise<void> {
  const [town] = (await tx.query(
    `SELECT m.id, (SELECT count(*)::int FROM council_members c WHERE c.municipality_id = m.id) AS members
       FROM municipalities m WHERE m.code = $1`,
    [profile.code],
  )) as [{ id: string; members: number }?];
  if (!town || town.members > 0) return;
  const [alcalde] = (await tx.query(
    `SELECT id, full_name FROM users WHERE municipality_id = $1 AND 'ALCALDE' = ANY(roles)
      ORDER BY demo DESC, created_at LIMIT 1`,
    [town.id],
  )) as [{ id: string; full_name: string }?];
  const members = [
    { name: alcalde?.full_name ?? 'Alcalde', role: 'alcalde', userId: alcalde?.id ?? null },
    ...Array.from({ length: profile.council.legalRegidores }, (_, i) => ({
      name: `${GIVEN[i % GIVEN.length]} ${FAMILY[i % FAMILY.length]} ${FAMILY[(i * 3 + 1) % FAMILY.length]} (${String(i + 1).padStart(2, '0')})`,
      role: 'regidor',
      userId: null,
    })),
  ];
  for (const m of members)
    await tx.query(
      `INSERT INTO council_members (municipality_id, name, role, user_id, active_from, active_to)
       VALUES ($1, $2, $3, $4, '2023-01-01', NULL)`,
      [town.id, m.name, m.role, m.userId],
    );
}

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
      if (this.config.seedDemo)
        for (const profile of this.profiles) await seedDemoCouncil(tx, profile);
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
