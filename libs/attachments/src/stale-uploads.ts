import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Spool files older than this belong to no upload in progress (a process died mid-upload). */
const STALE_AFTER_MS = 3_600_000;

/** Removes spool files left by a crash; other processes' uploads in progress are younger. */
export async function removeStaleUploads(dir: string, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith('.part'))) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > STALE_AFTER_MS) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
