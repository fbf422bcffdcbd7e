// @ts-check
// Formatting is the formatter's business, not the reviewer's: `npm run format` writes it,
// `npm run format:check` (part of `npm test`) fails on any file that differs.
/** @type {import('prettier').Config} */
export default {
  printWidth: 160,
  singleQuote: true,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
