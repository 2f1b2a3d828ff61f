/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vite';
import { contentValidation } from './scripts/vite-plugin-content';

const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url));

export default defineConfig({
  // Relative asset URLs so the built app works from any folder on a static host.
  base: './',
  plugins: [contentValidation(), svelte(), svelteTesting()],
  resolve: {
    // dkfds only exports its JS; reach its SCSS, fonts and icons through this alias.
    alias: [{ find: /^dkfds-dist\/(.*)$/, replacement: `${dkfdsDist}$1` }],
  },
  css: {
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
    // Keep assets as files (fonts, icons) so a strict CSP without data: fonts works.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    globals: true,
  },
});
