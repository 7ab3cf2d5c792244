// Lint: typescript-eslint's type-aware rules over the whole repository (web/ included once it exists).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      // A switch over a closed vocabulary names every member and has no default, so that a new member
      // is an error at each switch rather than a silent fallback; one over an open type says what else.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        {
          considerDefaultExhaustiveForUnions: false,
          allowDefaultCaseForExhaustiveSwitch: false,
          requireDefaultForNonUnion: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Parent-relative imports cross folders: name the folder through its alias instead.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'Use a path alias (@src/..., @workflows/...) instead of ../' }] },
      ],
    },
  },
  {
    // A handler's answer is declared, so that a change to what a route returns is a reviewed type change.
    files: ['src/**/*.controller.ts'],
    rules: { '@typescript-eslint/explicit-module-boundary-types': 'error' },
  },
);
