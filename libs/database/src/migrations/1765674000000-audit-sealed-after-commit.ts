import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  AUDIT_GENESIS_HASH,
  type AuditEventColumns,
  auditContentHash,
  auditContentOf,
  auditLinkHash,
} from '#core';

interface StoredEvent extends AuditEventColumns {
  readonly seq: string;
  readonly content_hash: string;
  readonly prev_hash: string;
  readonly hash: string;
}

/**
 * Checks every chain link by link, in batches; a chain that does not verify stops the migration
 * (and says where), so nothing is sealed on top of a broken one.
 */
async function verifyAll(q: QueryRunner): Promise<void> {
  const heads = (await q.query(`SELECT municipality_id, seq, hash FROM audit_heads`)) as {
    municipality_id: string;
    seq: string;
    hash: string;
  }[];
  for (const head of heads) {
    let prev = AUDIT_GENESIS_HASH;
    let expected = 1;
    for (;;) {
      const rows = (await q.query(
        `SELECT municipality_id, seq, instance_id, kind, type, from_state, to_state, actor_id, actor_name,
                on_behalf_of, at, payload, content_hash, prev_hash, hash
         FROM audit_events WHERE municipality_id = $1 AND seq >= $2 ORDER BY seq LIMIT 5000`,
        [head.municipality_id, expected],
      )) as StoredEvent[];
      for (const row of rows) {
        const intact =
          Number(row.seq) === expected &&
          row.prev_hash === prev &&
          auditContentHash(auditContentOf(row)) === row.content_hash &&
          auditLinkHash(prev, expected, row.content_hash) === row.hash;
        if (!intact)
          throw new Error(
            `La cadena de auditoría de ${head.municipality_id} no verifica en el evento ${expected}: no se cambia su sellado`,
          );
        prev = row.hash;
        expected++;
      }
      if (rows.length < 5000) break;
    }
    if (Number(head.seq) !== expected - 1 || head.hash !== prev)
      throw new Error(
        `La cabeza de la cadena de auditoría de ${head.municipality_id} no coincide con sus eventos: no se cambia su sellado`,
      );
  }
}

/**
 * The audit chain is sealed after commit, in batches, by a single sequencer (as Trillian's): a
 * transition inserts its event with the SHA-256 of its content and no place in the chain, and no
 * longer locks the municipality's chain head through its commit. `audit_seal()` gives committed
 * events their seq and link in insertion order, under the head's lock, in one short transaction.
 * The link format is unchanged (sha256(prev ':' seq ':' content_hash)), so existing chains are
 * verified, not rewritten. Signed checkpoints record how far a verification reached.
 */
export class AuditSealedAfterCommit1765674000000 implements MigrationInterface {
  name = 'AuditSealedAfterCommit1765674000000';

  async up(q: QueryRunner): Promise<void> {
    await verifyAll(q);
    await q.query(`DROP TRIGGER audit_events_chain ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_chain()`);
    // An event enters without a place: only the sequencer gives it one.
    await q.query(`
      CREATE FUNCTION audit_events_enter_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
          RAISE EXCEPTION 'audit_events es de solo anexado: un evento entra sin sellar'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_enter_unsealed BEFORE INSERT ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_enter_unsealed()`);
    // Still append-only whatever the role; the one update allowed is the seal of an unsealed row,
    // by audit_seal() (which flags its own transaction), changing nothing but its place.
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('despacho.audit_sealing', true) = 'on'
           AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
           AND to_jsonb(NEW) - '{seq,prev_hash,hash}'::text[] = to_jsonb(OLD) - '{seq,prev_hash,hash}'::text[]
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events es de solo anexado: % no está permitido', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // What the sequencer looks for; rows leave it as they are sealed.
    await q.query(
      `CREATE INDEX audit_events_unsealed ON audit_events (municipality_id, id) WHERE seq IS NULL`,
    );
    // Same link as auditLinkHash() in libs/core: sha256(prev ':' seq ':' content_hash). Seals up to
    // `max_events` committed events of one municipality in insertion order; returns how many.
    await q.query(`
      CREATE FUNCTION audit_seal(p_municipality uuid, max_events int) RETURNS int
      LANGUAGE plpgsql AS $$
      DECLARE
        head_seq bigint;
        head_hash text;
        ids bigint[] := '{}';
        seqs bigint[] := '{}';
        prevs text[] := '{}';
        links text[] := '{}';
        ev record;
      BEGIN
        -- Bounded: a sealer never hangs behind a stuck lock (the next run retries).
        PERFORM set_config('lock_timeout', '5s', true);
        INSERT INTO audit_heads (municipality_id, seq, hash)
        VALUES (p_municipality, 0, repeat('0', 64)) ON CONFLICT (municipality_id) DO NOTHING;
        SELECT seq, hash INTO head_seq, head_hash FROM audit_heads
        WHERE municipality_id = p_municipality FOR UPDATE;
        FOR ev IN
          SELECT id, content_hash FROM audit_events
          WHERE municipality_id = p_municipality AND seq IS NULL ORDER BY id LIMIT max_events
        LOOP
          head_seq := head_seq + 1;
          ids := ids || ev.id;
          seqs := seqs || head_seq;
          prevs := prevs || head_hash;
          head_hash := encode(sha256(convert_to(head_hash || ':' || head_seq || ':' || ev.content_hash, 'UTF8')), 'hex');
          links := links || head_hash;
        END LOOP;
        IF cardinality(ids) = 0 THEN
          RETURN 0;
        END IF;
        PERFORM set_config('despacho.audit_sealing', 'on', true);
        UPDATE audit_events e SET seq = s.seq, prev_hash = s.prev, hash = s.link
        FROM unnest(ids, seqs, prevs, links) AS s(id, seq, prev, link)
        WHERE e.id = s.id;
        PERFORM set_config('despacho.audit_sealing', 'off', true);
        UPDATE audit_heads SET seq = head_seq, hash = head_hash WHERE municipality_id = p_municipality;
        RETURN cardinality(ids);
      END $$`);
    // How far a verification reached, signed (HMAC-SHA256) with a key kept outside the database:
    // whoever can rewrite the table cannot forge a checkpoint. Append-only too.
    await q.query(`
      CREATE TABLE audit_checkpoints (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        seq bigint NOT NULL,
        hash text NOT NULL,
        verified_at timestamptz NOT NULL,
        key_id text NOT NULL,
        signature text NOT NULL
      )`);
    await q.query(
      `CREATE INDEX audit_checkpoints_latest ON audit_checkpoints (municipality_id, key_id, seq DESC)`,
    );
    await q.query(`
      CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoints
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Whatever was committed but not yet sealed gets its place first, as the old trigger would have.
    const pending = (await q.query(
      `SELECT DISTINCT municipality_id FROM audit_events WHERE seq IS NULL`,
    )) as { municipality_id: string }[];
    for (const { municipality_id } of pending)
      await q.query(`SELECT audit_seal($1, 2147483647)`, [municipality_id]);
    await q.query(`DROP TABLE audit_checkpoints`);
    await q.query(`DROP FUNCTION audit_seal(uuid, int)`);
    await q.query(`DROP INDEX audit_events_unsealed`);
    await q.query(`DROP TRIGGER audit_events_enter_unsealed ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_enter_unsealed()`);
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
}
