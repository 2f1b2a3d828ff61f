/**
 * Vitest config for the benchmarks (tests/bench/**\/*.bench.test.ts): `npm run bench`.
 * Node environment, no Svelte plugin, one file at a time and one worker, so the timings are not shared with
 * other test files.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
	root,
	test: {
		root,
		environment: 'node',
		include: ['tests/bench/**/*.bench.test.ts'],
		testTimeout: 120_000,
		fileParallelism: false,
		maxWorkers: 1,
		pool: 'forks',
		globals: false
	}
});
