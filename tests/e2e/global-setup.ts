/**
 * Runs once before the browser tests: fail fast, with a clear message, when
 * the built app or Debian's Chromium is missing.
 *
 * dist/index.html is required as soon as any app browser test exists (any
 * tests/e2e/**\/*.e2e.ts besides the harness self-test, harness.e2e.ts, which
 * can run on a temporary fixture directory). Set E2E_REQUIRE_DIST=1 to always
 * require it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const E2E_DIR = fileURLToPath(new URL('./', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const SELF_TEST = 'harness.e2e.ts';

function appTestFiles(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...appTestFiles(path));
		else if (entry.name.endsWith('.e2e.ts') && relative(E2E_DIR, path) !== SELF_TEST)
			out.push(path);
	}
	return out;
}

export default function setup(): void {
	const problems: string[] = [];
	const distIndex = join(REPO_ROOT, 'dist', 'index.html');
	const needDist = process.env.E2E_REQUIRE_DIST === '1' || appTestFiles(E2E_DIR).length > 0;
	if (!existsSync(distIndex)) {
		if (needDist) problems.push('dist/index.html is missing: run npm run build first.');
		else
			console.warn(
				'[e2e] dist/index.html is missing; only the harness self-test runs (on a temporary fixture).'
			);
	}
	if (!existsSync(CHROMIUM)) {
		problems.push(
			`${CHROMIUM} is missing: apt-get install -y chromium ` +
				'(run apt-get update first; never `npx playwright install`).'
		);
	}
	if (problems.length > 0) {
		throw new Error(`Browser tests cannot run:\n  - ${problems.join('\n  - ')}`);
	}
	// Debian's Chromium changes under the tests: every run says which one it used.
	const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
	console.log(`[e2e] browser: ${version} (${CHROMIUM})`);
}
