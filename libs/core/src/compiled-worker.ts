import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The compiled file of a worker thread next to `moduleUrl`, or null when that module runs from its
 * TypeScript source (unit tests under @swc/jest): a thread cannot load a .ts file, so the caller
 * then runs the same function inline.
 */
export function compiledWorkerEntry(moduleUrl: string, relative: string): string | null {
  if (!moduleUrl.endsWith('.js')) return null;
  const path = fileURLToPath(new URL(relative, moduleUrl));
  return existsSync(path) ? path : null;
}
