import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Marks demonstration accounts so the console can show a banner. Until this migration the seeder
 * was the only way users came into being, so the seeded names are exactly the demo ones.
 */
export class UsersDemo1765411200000 implements MigrationInterface {
  name = 'UsersDemo1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN demo boolean NOT NULL DEFAULT false`);
    const roles = [
      'admin',
      'alcalde',
      'gerente',
      'secretaria',
      'juridica',
      'presupuesto',
      'gdu',
      'gsc',
    ];
    const names = ['mml', 'megantoni'].flatMap((m) => roles.map((r) => `${m}.${r}`));
    await q.query(`UPDATE users SET demo = true WHERE lower(username) = ANY($1)`, [names]);
    // The admin lists filter by role: a GIN index keeps `$role = ANY(roles)` cheap.
    await q.query(`CREATE INDEX users_roles_idx ON users USING gin (roles)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_roles_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN demo`);
  }
}
