import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A regidor's pedidos de información to the Gerente Municipal (LOM Art. 10 inc. 4, Ley 31433;
 * docs/reglas/concejo.md): the Secretaría General registers each one with the mandate (encargo) it
 * creates for the Gerencia Municipal, numbered per municipality and year. Never deleted, like the
 * rest of the Concejo's record (council_keep, Ley 25323); whether it was answered is the mandate's
 * state, read
 * through mandate_id.
 */
export class CouncilInformationRequests1766026800000 implements MigrationInterface {
  name = 'CouncilInformationRequests1766026800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE council_information_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        seq int NOT NULL CHECK (seq > 0),
        reference text NOT NULL CHECK (btrim(reference) <> ''),
        requester_id uuid NOT NULL,
        subject text NOT NULL CHECK (btrim(subject) <> ''),
        details text NOT NULL CHECK (btrim(details) <> ''),
        filed_on date NOT NULL,
        due_on date NOT NULL CHECK (due_on > filed_on),
        session_id uuid,
        mandate_id uuid NOT NULL UNIQUE REFERENCES workflow_instances(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        UNIQUE (municipality_id, year, seq),
        FOREIGN KEY (municipality_id, requester_id) REFERENCES council_members (municipality_id, id),
        FOREIGN KEY (municipality_id, session_id) REFERENCES council_sessions (municipality_id, id)
      )`);
    await q.query(
      `CREATE INDEX council_information_requests_recent
         ON council_information_requests (municipality_id, filed_on DESC, seq DESC)`,
    );
    for (const [trigger, when] of [
      ['keep', 'BEFORE DELETE ON council_information_requests FOR EACH ROW'],
      ['no_truncate', 'BEFORE TRUNCATE ON council_information_requests FOR EACH STATEMENT'],
    ])
      await q.query(
        `CREATE TRIGGER council_information_requests_${trigger} ${when} EXECUTE FUNCTION council_keep()`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE council_information_requests`);
  }
}
