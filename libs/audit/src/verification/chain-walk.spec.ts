import {
  AUDIT_GENESIS_HASH,
  auditContentHash,
  auditContentOf,
  auditLinkHash,
} from '#core/audit-hash';
import { checkpointSignatureValid, signCheckpoint, signingKeyId } from '../audit-settings.js';
import { ChainWalk, type SealedRow } from './chain-walk.js';

/** A sealed chain of `n` events, as audit_seal() leaves it. */
function chain(n: number): SealedRow[] {
  const rows: SealedRow[] = [];
  let prev = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const columns = {
      municipality_id: '00000000-0000-4000-8000-000000000001',
      instance_id: null,
      kind: 'mandates',
      type: 'SUBMIT',
      from_state: 'open',
      to_state: 'review',
      actor_id: null,
      actor_name: 'mml.gdu',
      on_behalf_of: null,
      at: new Date(Date.UTC(2026, 11, 1, 15, 0, seq)),
      payload: { evidence: `Informe ${seq}` },
    };
    const content = auditContentHash(auditContentOf(columns));
    const hash = auditLinkHash(prev, seq, content);
    rows.push({ ...columns, seq: String(seq), content_hash: content, prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('ChainWalk', () => {
  it('walks a sealed chain in batches and ends at its head', () => {
    const rows = chain(5);
    const walk = new ChainWalk();
    expect(walk.accept(rows.slice(0, 2))).toBe(true);
    expect(walk.accept(rows.slice(2))).toBe(true);
    expect(walk.head).toEqual({ seq: 5, hash: rows[4]?.hash });
  });

  it('starts from a checkpoint instead of the genesis', () => {
    const rows = chain(5);
    const walk = new ChainWalk({ seq: 3, hash: rows[2]?.hash ?? '' });
    expect(walk.accept(rows.slice(3))).toBe(true);
    expect(walk.head.seq).toBe(5);
  });

  it('reports the first altered, missing or reordered event', () => {
    const altered = chain(4);
    altered[2] = { ...altered[2]!, actor_name: 'otro' };
    const walk = new ChainWalk();
    expect(walk.accept(altered)).toBe(false);
    expect(walk.brokenAt).toBe(3);

    const gap = chain(4);
    gap.splice(1, 1);
    const gapWalk = new ChainWalk();
    expect(gapWalk.accept(gap)).toBe(false);
    expect(gapWalk.brokenAt).toBe(2);

    const swapped = chain(4);
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    const swappedWalk = new ChainWalk();
    expect(swappedWalk.accept(swapped)).toBe(false);
    expect(swappedWalk.brokenAt).toBe(2);
  });
});

describe('checkpoint signatures', () => {
  const facts = {
    municipalityId: '00000000-0000-4000-8000-000000000001',
    seq: 42,
    hash: 'a'.repeat(64),
    verifiedAt: new Date('2026-12-02T10:00:00.123Z'),
  };

  it('validates with the key that signed and with no other', () => {
    const signature = signCheckpoint('clave-de-prueba-de-32-caracteres!!', facts);
    expect(checkpointSignatureValid('clave-de-prueba-de-32-caracteres!!', facts, signature)).toBe(
      true,
    );
    expect(
      checkpointSignatureValid('otra-clave-de-prueba-de-32-caracteres', facts, signature),
    ).toBe(false);
    expect(
      checkpointSignatureValid(
        'clave-de-prueba-de-32-caracteres!!',
        { ...facts, seq: 43 },
        signature,
      ),
    ).toBe(false);
    expect(checkpointSignatureValid('clave-de-prueba-de-32-caracteres!!', facts, 'zz')).toBe(false);
  });

  it('names a key without revealing it', () => {
    const id = signingKeyId('clave-de-prueba-de-32-caracteres!!');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(id).not.toBe(signingKeyId('otra-clave-de-prueba-de-32-caracteres'));
  });
});
