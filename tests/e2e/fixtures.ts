import { test as base, expect } from '@playwright/test';

/** Every test page records console errors and any request that leaves loopback; both must stay empty. */
export const test = base.extend<{ offLoopback: string[]; consoleErrors: string[] }>({
  offLoopback: async ({ page }, use) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (protocol === 'data:' || protocol === 'about:') return;
      if (hostname !== '127.0.0.1' && hostname !== 'localhost') requests.push(request.url());
    });
    // Abort anything outbound so a failing test never waits on the network.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
    await use(requests);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };
