import { execFileSync } from 'node:child_process';

/**
 * The day each file under a directory last changed in git, from one `git log` call (one call per file would cost
 * seconds on thousands of roles). Empty outside a git checkout or when git is missing, so builds never fail on it.
 */
export function lastChangedDates(directory: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', directory], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) current = line.slice(1);
    else if (line && current && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}
