import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/** argon2id with the OWASP-recommended minimum cost (19 MiB, t=2, p=1). */
@Injectable()
export class PasswordHasher {
  private readonly options = {
    algorithm: Algorithm.Argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  };
  /** Verified when the user does not exist, so both failures take the same time. */
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    this.dummyHash ??= this.hash('despacho-dummy-password');
    const target = passwordHash ?? (await this.dummyHash);
    try {
      const ok = await verify(target, password);
      return ok && passwordHash !== undefined;
    } catch {
      return false;
    }
  }
}
