import { parentPort, workerData } from 'node:worker_threads';
import { verifyChain, type VerifyInput } from './verify-chain.js';

// A worker thread's entry: hashing millions of links here leaves the API's event loop free.
verifyChain(workerData as VerifyInput).then(
  (outcome) => parentPort?.postMessage({ outcome }),
  (error: unknown) =>
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
