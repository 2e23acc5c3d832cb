import type { AllowedComponent } from './mdx-safety.ts';

/**
 * Components a role body may import and use, by the name it is used under, with the
 * module it must be imported from and the props it accepts. Anything not listed here is
 * rejected by `npm run check`. Empty for now: role bodies are plain Markdown.
 *
 * Example entry:
 *   Callout: { importFrom: '../../src/components/content/Callout.astro', props: ['type', 'title'] },
 */
export const allowedComponents: Readonly<Record<string, AllowedComponent>> = {};
