import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { verifyChain, type VerifyInput, WALK_NICENESS } from './verify-chain.js';

// A worker thread's entry: hashing millions of links here leaves the API's event loop free.
// On Linux the nice value is per thread: a long walk yields the cores to requests, not the reverse.
try {
  setPriority(WALK_NICENESS);
} catch {
  // Where a thread cannot lower its own priority the walk runs at the process's.
}
verifyChain(workerData as VerifyInput).then(
  (outcome) => parentPort?.postMessage({ outcome }),
  (error: unknown) =>
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
