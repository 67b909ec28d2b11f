// One lint for every package: typescript-eslint's type-aware rules, React's hook rules for the web app.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'packages/schema/generated/**', '**/.data/**', 'test/bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts', 'eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Express and node:test style callbacks return promises on purpose; the handlers catch their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      // Hooks and plain objects hand out functions that never use `this`; the rule cannot tell them from methods.
      '@typescript-eslint/unbound-method': 'off',
      // Plugin hooks and migrations implement async interfaces; an async method without await is fine there.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // SPEC 11: no literal words in the app's JSX, text or attributes a person reads; they come from the
    // catalogs (packages/web/src/i18n/locales). Attributes that are code, not words, are listed here.
    files: ['packages/web/src/**/*.tsx'],
    ignores: ['packages/web/src/**/*.test.tsx', 'packages/web/src/test/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'htmlFor',
              'name',
              'autoComplete',
              'accept',
              'to',
              'href',
              'role',
              'tone',
              'lang',
              'aria-live',
              'aria-labelledby',
              'data-urgency',
              'value',
              'rel',
              'target',
              'inputMode',
              'method',
              'encType',
            ],
          },
        },
      ],
    },
  },
  {
    // Config files are read by their tools, which want a default export.
    files: ['**/*.config.{ts,js}', '**/vitest.*.config.ts', '**/codegen.ts', '**/global-setup.ts', '**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Vitest's asymmetric matchers (`expect.any(String)`) are typed `any` by design.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Plain Node scripts that run before anything is compiled (scripts/build.mjs).
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      parserOptions: { projectService: false },
      globals: { process: 'readonly', URL: 'readonly', SharedArrayBuffer: 'readonly', Atomics: 'readonly' },
    },
  },
);
