import { Worker } from 'node:worker_threads';
import { compiledWorkerEntry } from '#core';
import { verifyChain, type VerifyInput, type VerifyOutcome } from './verify-chain.js';

const WORKER = compiledWorkerEntry(import.meta.url, './verify-worker.js');

/**
 * Runs a verification in a worker thread (compiled code); from TypeScript sources (unit tests),
 * where there is no compiled worker, in this thread.
 */
export function runVerification(input: VerifyInput): Promise<VerifyOutcome> {
  if (WORKER === null) return verifyChain(input);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: input });
    worker.once('message', (message: { outcome?: VerifyOutcome; error?: string }) => {
      if (message.outcome) resolve(message.outcome);
      else reject(new Error(message.error ?? 'la verificación terminó sin resultado'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`la verificación terminó con el código ${code}`));
    });
  });
}
