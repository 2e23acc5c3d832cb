import { defineConfig } from '@playwright/test';
import { freePort } from '../bench/large-site.ts';
import { chromiumFlags, chromiumPath } from '../scripts/ensure-chromium.ts';

// A port of this run's own, found once and handed to the workers (which load this file again) through the
// environment: other checkouts on the machine serve their own builds, and reusing one would test theirs.
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI only: a sweep of every page is thousands of browser loads on a shared machine, and a test that
  // passes on its retry is reported as flaky (scripts/test.ts prints the count) instead of failing the run.
  retries: process.env.CI ? 1 : 0,
  // Screenshot baselines are committed; a run never writes one unless asked (npm run test:screenshots:update).
  updateSnapshots: 'none',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...chromiumFlags],
    },
  },
  webServer: {
    // A plain static server (astro preview allows one instance per project, and dist/ is all we test).
    command: `npx http-server dist -a 127.0.0.1 -p ${port} -c-1 --silent`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
