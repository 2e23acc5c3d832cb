/** Runs one command and measures what a build costs: wall time and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  ok: boolean;
  wallMs: number;
  // Highest sum of resident memory over the command and all its descendants, sampled every 50 ms.
  peakTreeRssBytes: number;
  // Largest single process's maxrss from GNU time (kernel accounting, catches spikes between samples).
  peakProcessRssBytes?: number;
  // Everything the command printed, stdout and stderr interleaved.
  output: string;
}

const pageSize = 4096;
// Process groups of the commands running now, so an interrupted benchmark can end them.
const running = new Set<number>();

/** Ends every command `measure` has running, with everything each started. */
export function stopMeasuredProcesses(): void {
  for (const group of running) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
const gnuTime = '/usr/bin/time';

function readProc(pid: number): { ppid: number; rss: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses; fields resume after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return { ppid: Number(fields[1]), rss: Number(statm[1]) * pageSize };
  } catch {
    return undefined; // The process ended while we looked.
  }
}

/** Sum of RSS over `root` and every process descending from it. */
export function treeRss(root: number): number {
  const processes = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const info = readProc(pid);
    if (info) processes.set(pid, info);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of processes) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += processes.get(pid)?.rss ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` in `cwd` and reports its wall time and peak memory; output is kept for error reports. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Measurement> {
  const useTime = existsSync(gnuTime);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useTime ? [gnuTime, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve) => {
    const started = performance.now();
    // Its own process group, so a hung build can be ended with everything it started, and nothing else.
    const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid) running.add(child.pid);
    let timedOut = false;
    const deadline = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutMs)
      : undefined;
    const chunks: Buffer[] = [];
    const keep = (chunk: Buffer) => chunks.push(chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      clearTimeout(deadline);
      if (child.pid) running.delete(child.pid);
      let peakProcessRssBytes: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const kilobytes = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
        if (Number.isFinite(kilobytes)) peakProcessRssBytes = kilobytes * 1024;
        rmSync(timeFile, { force: true });
      }
      const output = Buffer.concat(chunks).toString() + (timedOut ? `\n[bench] stopped after ${options.timeoutMs} ms without finishing\n` : '');
      resolve({
        ok: code === 0 && !timedOut,
        wallMs,
        peakTreeRssBytes: Math.max(peak, peakProcessRssBytes ?? 0),
        ...(peakProcessRssBytes ? { peakProcessRssBytes } : {}),
        output,
      });
    });
  });
}

/** Total bytes of the files under a directory (what a host would store), how many there are and how many are HTML. */
export function directorySize(dir: string): { bytes: number; files: number; htmlFiles: number } {
  let bytes = 0;
  let files = 0;
  let htmlFiles = 0;
  if (!existsSync(dir)) return { bytes, files, htmlFiles };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
    if (entry.name.endsWith('.html')) htmlFiles += 1;
  }
  return { bytes, files, htmlFiles };
}
