/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vite';
import { contentValidation } from './scripts/vite-plugin-content';
import { purgeInitialCss } from './scripts/postcss-purge-initial';

const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url));
// Two pages sharing one entry script (src/main.ts); the adviser page's own code is a lazy chunk.
const pages = {
  index: fileURLToPath(new URL('./index.html', import.meta.url)),
  adviser: fileURLToPath(new URL('./adviser.html', import.meta.url)),
};

const entryScript = fileURLToPath(new URL('./src/main.ts', import.meta.url));
let entryClosure: Set<string> | undefined;
/** True for modules that src/main.ts imports statically, directly or indirectly. */
function inEntry(id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): boolean {
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

export default defineConfig({
  // Relative asset URLs so the built app works from any folder on a static host.
  base: './',
  plugins: [contentValidation(), svelte(), svelteTesting()],
  resolve: {
    // dkfds only exports its JS; reach its SCSS, fonts and icons through this alias.
    alias: [{ find: /^dkfds-dist\/(.*)$/, replacement: `${dkfdsDist}$1` }],
  },
  css: {
    postcss: {
      plugins: [
        purgeInitialCss({
          file: /src\/styles\/main\.scss$/,
          content: ['index.html', 'adviser.html', 'src/**/*.svelte', 'src/**/*.ts'].map((glob) => fileURLToPath(new URL(`./${glob}`, import.meta.url))),
        }),
      ],
    },
    preprocessorOptions: {
      scss: {
        loadPaths: [`${dkfdsDist}scss`],
        quietDeps: true,
        silenceDeprecations: ['if-function', 'import', 'global-builtin'],
      },
    },
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
          groups: [{ name: (id, ctx) => (inEntry(id, ctx) ? 'main' : null) }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    globals: true,
  },
});
