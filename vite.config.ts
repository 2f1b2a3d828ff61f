/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { AcceptedPlugin } from 'postcss';
import { defineConfig, loadEnv, type UserConfig } from 'vite';
import { contentValidation } from './scripts/vite-plugin-content';
import { purgeInitialCss } from './scripts/postcss-purge-initial';
import { shadowScope } from './scripts/postcss-shadow-scope';
import { denmarkOutline } from './scripts/vite-plugin-denmark';
import { pagePreload } from './scripts/vite-plugin-page-preload';
import { offline } from './scripts/vite-plugin-offline';

const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url));
const path = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));
// Four pages sharing one entry script (src/main.ts): the guide, the adviser page, the iframe page (embed.html) and
// the accessibility statement. Everything but the guide's own code is in lazy chunks.
const pages = {
	index: path('index.html'),
	adviser: path('adviser.html'),
	embed: path('embed.html'),
	statement: path('tilgaengelighed.html')
};

/** Where PurgeCSS looks for the class names the guide uses. */
const purgeContent = [
	'index.html',
	'adviser.html',
	'embed.html',
	'tilgaengelighed.html',
	'src/**/*.svelte',
	'src/**/*.ts'
].map(path);

const entryScript = fileURLToPath(new URL('./src/main.ts', import.meta.url));
let entryClosure: Set<string> | undefined;
/** True for modules that src/main.ts imports statically, directly or indirectly. */
function inEntry(
	id: string,
	ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }
): boolean {
	if (!entryClosure) {
		entryClosure = new Set();
		const queue = [entryScript];
		for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
			if (entryClosure.has(next)) continue;
			entryClosure.add(next);
			queue.push(...(ctx.getModuleInfo(next)?.importedIds ?? []));
		}
	}
	return entryClosure.has(id);
}

const appConfig: UserConfig = {
	// Relative asset URLs so the built app works from any folder on a static host.
	base: './',
	plugins: [
		contentValidation(),
		denmarkOutline(),
		svelte(),
		svelteTesting(),
		pagePreload({
			'adviser.html': path('src/adviser.ts'),
			'tilgaengelighed.html': path('src/statement.ts'),
			'embed.html': path('src/embed/frame.ts')
		})
	],
	resolve: {
		// dkfds only exports its JS; reach its SCSS, fonts and icons through this alias.
		alias: [{ find: /^dkfds-dist\/(.*)$/, replacement: `${dkfdsDist}$1` }]
	},
	css: {
		postcss: {
			plugins: [
				purgeInitialCss({
					file: /src\/styles\/main\.scss$/,
					content: purgeContent
				})
			]
		},
		preprocessorOptions: {
			scss: {
				loadPaths: [`${dkfdsDist}scss`],
				quietDeps: true,
				silenceDeprecations: ['if-function', 'import', 'global-builtin']
			}
		}
	},
	build: {
		target: 'es2022',
		cssCodeSplit: true,
		// Native modulepreload in every browser the guide targets (es2022); the polyfill would be an extra request.
		modulePreload: { polyfill: false },
		// Keep assets as files (fonts, icons) so a strict CSP without data: fonts works.
		assetsInlineLimit: 0,
		rolldownOptions: {
			input: pages,
			output: {
				codeSplitting: {
					// Everything the entry imports statically stays in the entry chunk. Without this the bundler moves
					// modules that lazy chunks also use (Svelte, i18n, the codec) into extra shared chunks, which makes the
					// first page fetch several files and weigh ~2 KB more gzip. Lazy chunks import from the entry instead.
					groups: [{ name: (id, ctx) => (inEntry(id, ctx) ? 'main' : null) }]
				}
			}
		}
	},
	test: {
		environment: 'jsdom',
		include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
		setupFiles: ['tests/setup.ts'],
		globals: true,
		// A test that checks nothing fails.
		expect: { requireAssertions: true }
	}
};

/** What every build shares: relative URLs, the content check, Svelte, DKFDS through its alias, Sass settings. */
function shared(postcssPlugins: AcceptedPlugin[]): UserConfig {
	return {
		base: './',
		// public/ belongs to the app build only.
		publicDir: false,
		plugins: [contentValidation(), denmarkOutline(), svelte()],
		resolve: appConfig.resolve,
		css: {
			postcss: { plugins: postcssPlugins },
			preprocessorOptions: appConfig.css?.preprocessorOptions
		}
	};
}

/**
 * `vite build --mode embed`: the web component, dist/embed/industripark-guide.js (+ lazy chunks), one stylesheet
 * rewritten for its shadow root (dist/embed/industripark-guide.css) and the font files. No HTML.
 */
const embedConfig: UserConfig = {
	...shared([
		purgeInitialCss({ file: /src\/styles\/main\.scss$/, content: purgeContent }),
		shadowScope()
	]),
	build: {
		outDir: 'dist/embed',
		emptyOutDir: true,
		target: 'es2022',
		// One stylesheet for the shadow root, also for the lazy pages: nothing is ever added to the host's <head>.
		cssCodeSplit: false,
		assetsInlineLimit: 0,
		modulePreload: false,
		rolldownOptions: {
			input: { 'industripark-guide': path('src/embed/element.ts') },
			output: {
				entryFileNames: '[name].js',
				chunkFileNames: 'chunks/[name]-[hash].js',
				assetFileNames: (asset) =>
					asset.names.some((n) => n.endsWith('.css'))
						? 'industripark-guide.css'
						: 'assets/[name]-[hash][extname]'
			}
		}
	}
};

/** `vite build --mode frame-host`: the small script a host page loads for the iframe embed (one file, no imports). */
const frameHostConfig: UserConfig = {
	...shared([]),
	build: {
		outDir: 'dist/embed',
		emptyOutDir: false,
		target: 'es2020',
		lib: {
			entry: path('src/embed/frame-host.ts'),
			formats: ['iife'],
			name: 'IndustriparkGuideFrame',
			fileName: () => 'frame-host.js'
		}
	}
};

/** The guide's own pages work offline after the first visit, unless the build says VITE_SERVICE_WORKER=off. */
function withOffline(config: UserConfig, mode: string): UserConfig {
	const env = loadEnv(mode, path(''), 'VITE_');
	return {
		...config,
		plugins: [
			...(config.plugins ?? []),
			offline({ serviceWorker: env.VITE_SERVICE_WORKER !== 'off' })
		]
	};
}

export default defineConfig(({ mode, command }) =>
	mode === 'embed'
		? embedConfig
		: mode === 'frame-host'
			? frameHostConfig
			: command === 'build'
				? withOffline(appConfig, mode)
				: appConfig
);
