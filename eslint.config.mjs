// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The recommended rule sets of ESLint, typescript-eslint and eslint-plugin-astro, nothing more:
// formatting is Prettier's (prettier.config.mjs). Type checking itself is `astro check`.
export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'dist.*/', '.dist-*/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // Browser code: the scripts shipped to readers and the service worker.
  { files: ['src/scripts/**'], languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } } },
  {
    rules: {
      // `_name` marks a parameter a callback signature requires but the code does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
