// ESLint flat config (the house style: typed rules, no floating promises, the layer boundaries as import rules).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** Packages only the UI (and, for XState, the machine) may use: the domain stays plain TypeScript. */
const FRAMEWORKS = ['svelte', 'svelte/*', 'xstate', 'leaflet', 'i18next'];

export default ts.config(
	{ ignores: ['dist/', 'node_modules/', '.tmp/', 'coverage/', 'tests/fixtures/**/*.js'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// `{' '}` and `{'; '}` between inline elements are deliberate: the space survives any reformatting.
			'svelte/no-useless-mustaches': 'off',
			// It flags every Map, Set and URL in a .svelte.ts module, but these are local parsing or private caches;
			// state that the UI reads is $state / $derived.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	// Typed rules for the app's code: a promise is awaited, returned, caught or explicitly `void`ed.
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			]
		}
	},
	// Every part loaded later goes through lazy() (src/browser/lazy.ts), so a failed download can be tried again.
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/browser/lazy.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"ImportExpression:not(CallExpression[callee.name='lazy'] > ArrowFunctionExpression > ImportExpression)",
					message: 'Load a part of the guide with lazy(() => import(…)) from src/browser/lazy.ts.'
				}
			]
		}
	},
	// Leaflet lives behind one adapter (src/ui/map/leaflet-adapter.ts).
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/ui/map/leaflet-adapter.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['leaflet', 'leaflet/*'],
							message: 'Only src/ui/map/leaflet-adapter.ts imports Leaflet.'
						}
					]
				}
			]
		}
	},
	// The layers (STYLE.md): policy in src/domain imports no framework and nothing from the other layers (this
	// replaces the Leaflet rule above for src/domain, and covers Leaflet too).
	{
		files: ['src/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: FRAMEWORKS, message: 'src/domain is plain TypeScript: no framework imports.' },
						{
							group: ['**/ui/**', '**/machine/**', '**/embed/**', '**/i18n/**'],
							message: 'src/domain imports no other layer.'
						}
					]
				}
			]
		}
	}
);
