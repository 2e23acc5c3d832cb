// ESLint: `npm run lint` (also a gate in `npm test`). Formatting is Prettier's job (`npm run format`), so no
// rule here is about layout. Type-aware rules run on every TypeScript file and on the frontmatter and scripts
// of .astro files, through the project's own tsconfig.json.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'bench/node_modules/', 'bench/.work/', 'test-results/', 'playwright-report/', 'content/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // `const { measured, ...rest } = row` is how code leaves a field out of a copy; the named key is there to be
      // left out, not forgotten.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser takes `project` (it reads the same tsconfig.json); it does not support projectService.
      parserOptions: { projectService: false, project: true },
    },
    rules: {
      // Astro types every piece of template markup as `any` (astroHTML.JSX.Element = HTMLElement | any), so each
      // `items.map((item) => <li>…</li>)` would be reported; `astro check` type-checks these templates instead.
      '@typescript-eslint/no-unsafe-return': 'off',
      // Astro reads a component's `Props` type by name: it types the component for its callers (`astro check`
      // rejects any prop passed to a component whose Props is Record<string, never>), so a component that never
      // reads Astro.props still declares it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^Props$' }],
    },
  },
  {
    // The URL check matches the C0 control characters browsers skip in front of a scheme; that is its job.
    files: ['**/url-safety.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Browser code: bundled by Vite for the page, never run by Node.
    files: ['src/client/**/*.ts', 'src/components/**/*.ts', '**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
