import { createHash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback } from 'node:stream';

/**
 * Passes the stored bytes through while hashing them, and holds back the last chunk until the
 * SHA-256 is known: bytes that changed in the store end the download with an error instead of
 * reaching the reader as if they were the attachment.
 */
export function verified(source: Readable, sha256: string): Transform {
  const hash = createHash('sha256');
  let held: Buffer | undefined;
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      hash.update(chunk);
      const previous = held;
      held = chunk;
      done(null, previous);
    },
    flush(done: TransformCallback) {
      const actual = hash.digest('hex');
      if (actual !== sha256)
        return done(new Error(`El adjunto ${sha256} cambió en el almacén (SHA-256 ${actual})`));
      done(null, held);
    },
  });
  source.once('error', (error) => check.destroy(error));
  check.once('close', () => source.destroy());
  return source.pipe(check);
}
