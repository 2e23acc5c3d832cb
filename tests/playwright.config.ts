import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts on one machine run their suites at once without one serving the other's dist/.
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Screenshot baselines are committed; a run never writes one unless asked (npm run test:screenshots:update).
  updateSnapshots: 'none',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // A plain static server (astro preview allows one instance per project, and dist/ is all we test).
    command: `npx http-server dist -a 127.0.0.1 -p ${port} -c-1 --silent`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
