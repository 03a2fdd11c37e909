// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'scripts/bench/bare-site/'] },
	js.configs.recommended,
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: { ...globals.node, ...globals.browser },
		},
		rules: {
			// tsconfig's noUncheckedIndexedAccess types every indexed read `T | undefined`; a `!`
			// after a check the compiler cannot follow (a regex group that matched, a key just set,
			// a length a test has just asserted) is how that is written, and a wrong one throws at
			// once, in a test.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// Counts, years and positions are written into messages as they are.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `() => void promise` and `(event) => list.push(event)` in a callback say what they mean.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
			// An environment variable set to '' is not set: `||` says so.
			'@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
		},
	},
	{
		files: ['**/*.test.ts', 'tests/**/*.ts'],
		rules: {
			// A test reads JSON and HTML the site wrote and asserts on their shape: the assertion,
			// not a cast, is its type check.
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-explicit-any': 'off',
			// Test doubles stand in for async interfaces without awaiting anything.
			'@typescript-eslint/require-await': 'off',
			// Tests count letters by code point, as the code under test does.
			'@typescript-eslint/no-misused-spread': 'off',
		},
	},
	// Astro's own rules and its accessibility rules (jsx-a11y's, strict) for components and pages.
	...astro.configs['flat/recommended'],
	...astro.configs['flat/jsx-a11y-strict'],
	{
		files: ['**/*.js', '**/*.mjs'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
);
