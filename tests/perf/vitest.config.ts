/**
 * Vitest config for the timing figures (tests/perf/**\/*.perf.ts): `npm run perf`, after `npm run build`.
 * The ranking benchmark, "Næste", the first screen on slow 4G and Lighthouse. Node environment, one file at a time
 * and one worker, so no two measurements share the machine. Each figure is printed against its target and fails
 * only on a gross regression (targets.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
	root,
	test: {
		root,
		environment: 'node',
		include: ['tests/perf/**/*.perf.ts'],
		globalSetup: [fileURLToPath(new URL('../e2e/global-setup.ts', import.meta.url))],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
		maxWorkers: 1,
		pool: 'forks',
		globals: false,
		expect: { requireAssertions: true }
	}
});
