import base from './playwright.config.ts';
import { defineConfig } from '@playwright/test';
const port = 4391;
export default defineConfig({
  ...base,
  testDir: '/work/wt-r2/tests/e2e',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: { ...base.webServer, command: `npx http-server dist -a 127.0.0.1 -p ${port} -c-1 --silent`, cwd: '/work/wt-r2', url: `http://127.0.0.1:${port}/`, reuseExistingServer: false },
});
