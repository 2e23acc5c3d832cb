import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runCheck } from './content-check.ts';
import { formatText } from './formatters.ts';

/** Thrown when the content check finds errors; its message is the whole report. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * Runs the content check (`npm run check`, the same code) at the very start of `astro build` and
 * `astro dev`. `astro:config:setup` is the first hook of both, before Astro syncs the content
 * collections or creates Vite (node_modules/astro/dist/core/build/index.js: AstroBuilder.setup;
 * core/dev/container.js), so when a finding is an error no MDX body is ever compiled, let alone run.
 * Warnings print and the build goes on.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'career-atlas:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const result = await runCheck(fileURLToPath(config.root));
        const report = formatText(result.findings, result.files);
        if (result.findings.some((finding) => finding.severity === 'error')) {
          // Written as is, one `path:line:col  field  message` line per finding, as `npm run check` prints them.
          process.stderr.write(report);
          const error = new ContentCheckError(`the content check found errors (listed above); nothing was built. ${report.trimEnd().split('\n').at(-1)}`);
          // The findings are the whole story; a stack trace into this hook would only bury them.
          error.stack = error.message;
          throw error;
        }
        if (result.findings.length > 0) process.stderr.write(report);
        logger.info(`${report.trimEnd().split('\n').at(-1)} (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
