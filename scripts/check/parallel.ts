import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFinding, RoleFile } from '../../src/lib/references.ts';
import type { Finding } from './finding.ts';
import type { RoleFileOptions } from './role-files.ts';
import type { WorkerReply, WorkerTask } from './worker.ts';

// Below this many role files a worker's start-up (about 150 ms to load yaml and zod) costs more than it saves.
export const PARALLEL_FROM = 200;

/**
 * A worker checking a share of the role files; see worker.ts. Its messages are only delivered when
 * this thread waits, so asking for a reply before awaiting it never misses one.
 */
export class RoleWorker {
  readonly names: readonly string[];
  readonly #worker: Worker;

  constructor(task: WorkerTask) {
    this.names = task.names;
    this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: task });
  }

  /** The worker's next message; rejects when it fails or stops (say, out of memory) instead of answering. */
  #reply(): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const settle = (done: () => void) => {
        this.#worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        done();
      };
      const onMessage = (reply: WorkerReply) => settle(() => resolve(reply));
      const onError = (error: Error) => settle(() => reject(error));
      const onExit = (code: number) => settle(() => reject(new Error(`content check worker stopped with exit code ${code} before it answered`)));
      this.#worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
  }

  /** What the cross-reference pass needs from each file. */
  async roles(): Promise<RoleFile[]> {
    const reply = await this.#reply();
    if (!('roles' in reply)) throw new Error('content check worker: expected role files first');
    return reply.roles;
  }

  /** Places the pass's findings in this worker's files; returns every finding of those files. */
  async findings(found: readonly ContentFinding[]): Promise<Finding[]> {
    this.#worker.postMessage(found);
    const reply = await this.#reply();
    if (!('findings' in reply)) throw new Error('content check worker: expected findings');
    return reply.findings;
  }

  /** Stops the worker, done or not. */
  async terminate(): Promise<void> {
    await this.#worker.terminate();
  }
}

/**
 * Splits the role files between this thread (the first share, returned as `local`) and workers,
 * one per further core, when there are enough files to make it pay.
 */
export function shareRoleFiles(
  root: string,
  directory: string,
  names: readonly string[],
  options: RoleFileOptions,
  threads?: number,
): { local: readonly string[]; workers: RoleWorker[] } {
  const count = threads ?? (names.length >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1);
  if (count <= 1) return { local: names, workers: [] };
  const size = Math.ceil(names.length / count);
  const shares = Array.from({ length: count }, (_, index) => names.slice(index * size, (index + 1) * size)).filter((share) => share.length > 0);
  return {
    local: shares[0] ?? [],
    workers: shares.slice(1).map((share) => new RoleWorker({ root, directory, names: [...share], options })),
  };
}
