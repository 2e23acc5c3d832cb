// One share of the role files of a large check (see parallel.ts): parses and checks them, sends back
// what the cross-reference pass needs, then places that pass's findings for them.
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentFinding } from '../../src/lib/references.ts';
import type { Finding } from './finding.ts';
import { readRoleFiles, type RoleFileOptions } from './role-files.ts';

export interface WorkerTask {
  root: string;
  directory: string;
  names: string[];
  options: RoleFileOptions;
}

export type WorkerReply = { roles: ReturnType<typeof readRoleFiles>[number]['role'][] } | { findings: Finding[] };

// yaml's parser reads process.env.LOG_TOKENS once per token, and every read of the real
// process.env is a call into the runtime: a quarter of the parse. A plain copy (a worker's
// environment is a copy anyway, and this one starts no processes) makes those reads cheap.
process.env = { ...process.env };

const task = workerData as WorkerTask;
const read = readRoleFiles(task.root, task.directory, task.names, task.options);
parentPort!.postMessage({ roles: read.map(({ role }) => role) } satisfies WorkerReply);
parentPort!.once('message', (found: ContentFinding[]) => {
  const reports = new Map(read.map(({ report }) => [report.file, report]));
  for (const finding of found) reports.get(finding.file)?.place(finding);
  parentPort!.postMessage({ findings: read.flatMap(({ report }) => report.findings) } satisfies WorkerReply);
});
