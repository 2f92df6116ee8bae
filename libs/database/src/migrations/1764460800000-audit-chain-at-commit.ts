import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  AUDIT_GENESIS_HASH,
  type AuditEventColumns,
  auditContentHash,
  auditContentOf,
  auditLinkHash,
  canonicalJson,
} from '#core';

interface StoredEvent extends AuditEventColumns {
  readonly id: string;
  readonly seq: string;
  readonly prev_hash: string;
  readonly hash: string;
}

/** The link of the first format: seq inside the canonical JSON, hashed after the previous link. */
function firstFormatLink(prevHash: string, r: StoredEvent): string {
  const { municipalityId, ...rest } = auditContentOf(r);
  const canonical = canonicalJson({ municipalityId, seq: Number(r.seq), ...rest });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

const atCommitLink = (prevHash: string, r: StoredEvent): string =>
  auditLinkHash(prevHash, Number(r.seq), auditContentHash(auditContentOf(r)));

/**
 * Re-seals every chain in another link format, after checking each link in the format it has:
 * a chain that does not verify is not re-sealed (the migration fails and says where).
 */
async function reseal(
  q: QueryRunner,
  current: (prev: string, r: StoredEvent) => string,
  next: (prev: string, r: StoredEvent) => string,
): Promise<void> {
  const heads = (await q.query(`SELECT municipality_id FROM audit_heads`)) as {
    municipality_id: string;
  }[];
  for (const { municipality_id } of heads) {
    const rows = (await q.query(
      `SELECT * FROM audit_events WHERE municipality_id = $1 ORDER BY seq`,
      [municipality_id],
    )) as StoredEvent[];
    let oldPrev = AUDIT_GENESIS_HASH;
    let newPrev = AUDIT_GENESIS_HASH;
    for (const row of rows) {
      if (row.prev_hash !== oldPrev || current(oldPrev, row) !== row.hash)
        throw new Error(
          `La cadena de auditoría de ${municipality_id} no verifica en el evento ${row.seq}: no se vuelve a sellar`,
        );
      const hash = next(newPrev, row);
      await q.query(`UPDATE audit_events SET prev_hash = $2, hash = $3 WHERE id = $1`, [
        row.id,
        newPrev,
        hash,
      ]);
      oldPrev = row.hash;
      newPrev = hash;
    }
    await q.query(`UPDATE audit_heads SET hash = $2 WHERE municipality_id = $1`, [
      municipality_id,
      newPrev,
    ]);
  }
}

/**
 * The audit chain is sealed at commit, inside PostgreSQL: a transition inserts its event with the
 * SHA-256 of its content and no place in the chain; a deferred trigger assigns seq and link when the
 * transaction commits. The chain head is then locked only for the commit itself, not from the
 * append through a round trip to Node.
 */
export class AuditChainAtCommit1764460800000 implements MigrationInterface {
  name = 'AuditChainAtCommit1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY`);
    await q.query(`ALTER TABLE audit_events ADD COLUMN content_hash text`);
    await q.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    await reseal(q, firstFormatLink, atCommitLink);
    const rows = (await q.query(`SELECT * FROM audit_events`)) as StoredEvent[];
    for (const row of rows)
      await q.query(`UPDATE audit_events SET content_hash = $2 WHERE id = $1`, [
        row.id,
        auditContentHash(auditContentOf(row)),
      ]);
    await q.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);

    await q.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey`);
    await q.query(`ALTER TABLE audit_events ADD PRIMARY KEY (id)`);
    await q.query(
      `ALTER TABLE audit_events ADD CONSTRAINT audit_events_seq UNIQUE (municipality_id, seq)`,
    );
    await q.query(`
      ALTER TABLE audit_events ALTER COLUMN content_hash SET NOT NULL,
        ALTER COLUMN seq DROP NOT NULL, ALTER COLUMN prev_hash DROP NOT NULL,
        ALTER COLUMN hash DROP NOT NULL`);

    // Still append-only whatever the role; the one update allowed is the seal at commit, by the
    // chaining trigger, of a row of its own transaction (the only rows without a hash).
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
           AND to_jsonb(NEW) - '{seq,prev_hash,hash}'::text[] = to_jsonb(OLD) - '{seq,prev_hash,hash}'::text[]
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events es de solo anexado: % no está permitido', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // Same link as auditLinkHash() in libs/core: sha256(prev ':' seq ':' content_hash).
    await q.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head audit_heads%ROWTYPE;
        link text;
      BEGIN
        INSERT INTO audit_heads AS h (municipality_id, seq, hash)
        VALUES (NEW.municipality_id, 1, repeat('0', 64))
        ON CONFLICT (municipality_id) DO UPDATE SET seq = h.seq + 1
        RETURNING h.* INTO head;
        link := encode(sha256(convert_to(head.hash || ':' || head.seq || ':' || NEW.content_hash, 'UTF8')), 'hex');
        UPDATE audit_heads SET hash = link WHERE municipality_id = NEW.municipality_id;
        UPDATE audit_events SET seq = head.seq, prev_hash = head.hash, hash = link WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER audit_events_chain AFTER INSERT ON audit_events
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_events_chain ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_chain()`);
    await q.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    await reseal(q, atCommitLink, firstFormatLink);
    await q.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events es de solo anexado: % no está permitido', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_events_seq`);
    await q.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey`);
    await q.query(`
      ALTER TABLE audit_events ALTER COLUMN seq SET NOT NULL,
        ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await q.query(`ALTER TABLE audit_events ADD PRIMARY KEY (municipality_id, seq)`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN content_hash, DROP COLUMN id`);
  }
}
