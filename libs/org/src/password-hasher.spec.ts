import { PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and verifies', async () => {
    const hash = await hasher.hash('clave-secreta');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(hasher.verify(hash, 'clave-secreta')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'otra')).resolves.toBe(false);
  });

  it('answers false for an unknown user (no hash) and for garbage hashes', async () => {
    await expect(hasher.verify(undefined, 'despacho-dummy-password')).resolves.toBe(false);
    await expect(hasher.verify('not-a-hash', 'x')).resolves.toBe(false);
  });
});
