import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentFinding, RoleFile } from '../../src/lib/references.ts';
import type { Finding } from './finding.ts';
import type { RoleFileOptions } from './role-files.ts';
import type { WorkerReply, WorkerTask } from './worker.ts';

// Below this many role files a worker's start-up (about 150 ms to load yaml and zod) costs more than it saves.
export const PARALLEL_FROM = 200;

/** A worker checking a share of the role files; see worker.ts. */
export class RoleWorker {
  readonly names: readonly string[];
  readonly #worker: Worker;
  readonly #replies: WorkerReply[] = [];
  readonly #waiting: ((reply: WorkerReply) => void)[] = [];
  #failure: Error | undefined;
  readonly #failed: ((error: Error) => void)[] = [];

  constructor(task: WorkerTask) {
    this.names = task.names;
    this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: task });
    this.#worker.on('message', (reply: WorkerReply) => {
      const waiter = this.#waiting.shift();
      if (waiter) waiter(reply);
      else this.#replies.push(reply);
    });
    this.#worker.on('error', (error) => {
      this.#failure = error;
      for (const reject of this.#failed.splice(0)) reject(error);
    });
  }

  #next(): Promise<WorkerReply> {
    const ready = this.#replies.shift();
    if (ready) return Promise.resolve(ready);
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push(resolve);
      this.#failed.push(reject);
    });
  }

  /** What the cross-reference pass needs from each file. */
  async roles(): Promise<RoleFile[]> {
    const reply = await this.#next();
    if (!('roles' in reply)) throw new Error('content check worker: expected role files first');
    return reply.roles;
  }

  /** Places the pass's findings in this worker's files; returns every finding of those files. */
  async findings(found: readonly ContentFinding[]): Promise<Finding[]> {
    this.#worker.postMessage(found);
    const reply = await this.#next();
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
export function shareRoleFiles(root: string, directory: string, names: readonly string[], options: RoleFileOptions, threads?: number): { local: readonly string[]; workers: RoleWorker[] } {
  const count = threads ?? (names.length >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) : 1);
  if (count <= 1) return { local: names, workers: [] };
  const size = Math.ceil(names.length / count);
  const shares = Array.from({ length: count }, (_, index) => names.slice(index * size, (index + 1) * size)).filter((share) => share.length > 0);
  return {
    local: shares[0] ?? [],
    workers: shares.slice(1).map((share) => new RoleWorker({ root, directory, names: [...share], options })),
  };
}
