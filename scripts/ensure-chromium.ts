import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium, which Playwright drives (its own browser downloads are not reachable here). */
export const chromiumPath = '/usr/bin/chromium';

/** The flags it runs with in the tests and in Lighthouse: headless, in a container, with nothing reaching the network on its own. */
export const chromiumFlags: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Installs Debian's chromium when it is missing and we may (root on Debian); otherwise explains how to get it. */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's package with "sudo apt-get update && sudo apt-get install -y chromium".`);
  }
  console.log(`Chromium not found at ${chromiumPath}; installing Debian's chromium package...`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (import.meta.main) {
  try {
    ensureChromium();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
