// ESLint (flat config): the recommended JavaScript and typescript-eslint rules for .ts/.mjs, and eslint-plugin-astro's
// for .astro components. Correctness only: no stylistic rules (formatting is left to each author).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', '.shots/**', 'public/**', 'tests/golden/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  // The frontmatter of .astro files is TypeScript.
  { files: ['**/*.astro'], languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } } },
  {
    rules: {
      // An unused name is an error; a leading underscore marks one that is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `catch {}` around localStorage (private browsing, blocked storage) is deliberate.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Off: build errors are rethrown with the page or file prepended and the original message in the text, which
      // is what a reader of the build log needs; a `cause` adds nothing there.
      'preserve-caught-error': 'off',
      // Off: it flags a default given before a try/catch or an if/else chain, which reads more clearly than without.
      'no-useless-assignment': 'off',
    },
  },
);
