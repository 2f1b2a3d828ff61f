/**
 * Vitest config for the browser tests (tests/e2e/**\/*.e2e.ts).
 * Run: npx vitest run --config tests/e2e/vitest.config.ts   (after npm run build)
 *
 * Deliberately standalone: it does not load the Svelte plugin nor the app's
 * vite.config.ts — the tests drive the BUILT app in dist/ through Chromium.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
	root,
	test: {
		root,
		environment: 'node',
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		teardownTimeout: 30_000,
		fileParallelism: false,
		maxWorkers: 1,
		pool: 'forks',
		globals: false,
		// A test that checks nothing fails.
		expect: { requireAssertions: true },
		reporters: ['default']
	}
});
