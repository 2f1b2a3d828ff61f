#!/usr/bin/env node
/**
 * npm run bench:map — how fast the map draws many sites, in Debian's headless Chromium.
 *
 * Builds the benchmark page (tests/map-bench/, synthetic sites only) into a temporary folder, serves it on
 * 127.0.0.1 with the README's security headers (so a CSP violation by Leaflet would show up), and for 1,000 and
 * 10,000 sites prints the median time to first render (createSiteMap → sites drawn → two animation frames) over
 * fresh page loads, plus a drag-pan test (frame intervals while dragging, including the redraw at the end).
 * Every site is a focusable DOM marker (leaflet-adapter.ts); the guide will have a few hundred sites at most.
 *
 *   node scripts/bench-map.mjs            table; exit 1 when 1,000 sites take more than 1,000 ms (median)
 *   node scripts/bench-map.mjs --runs 9   more runs per case (default 5)
 *   node scripts/bench-map.mjs --json     machine-readable output (same exit codes)
 *   node scripts/bench-map.mjs --10k      also draw 10,000 sites (slow: about 10 s)
 *
 * Exit codes: 0 within target, 1 over target or a request left 127.0.0.1 or the CSP was violated, 2 cannot run.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './web-env.mjs';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_1K_MS = 1000;
/** The README's recommended headers: the benchmark runs the map under the same CSP as the app. */
const HEADERS = {
	'Content-Security-Policy':
		"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
		"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	'Cache-Control': 'no-cache'
};
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.png': 'image/png'
};

function parseArgs(argv) {
	const args = { runs: 5, json: false, tenK: false };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--json') args.json = true;
		else if (argv[i] === '--10k') args.tenK = true;
		else if (argv[i] === '--runs') args.runs = Math.max(1, Number(argv[++i]) || 5);
		else throw new Error(`unknown argument: ${argv[i]}`);
	}
	return args;
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))];

async function buildPage(outDir) {
	const { build } = await import('vite');
	await build({ configFile: join(REPO_ROOT, 'tests/map-bench/vite.config.ts'), build: { outDir } });
}

async function serve(root) {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		let file = resolve(root, '.' + (path.endsWith('/') ? `${path}index.html` : path));
		if (file !== root && !file.startsWith(root + sep)) file = '';
		try {
			if (!file || !(await stat(file)).isFile()) throw new Error('not found');
			const body = await readFile(file);
			res.writeHead(200, {
				...HEADERS,
				'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream'
			});
			res.end(body);
		} catch {
			res.writeHead(404, HEADERS);
			res.end();
		}
	});
	await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}/`,
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((ok) => server.close(ok))
	};
}

/** One fresh page: draw `count` sites, optionally drag-pan, and return the page's numbers. */
async function runCase(browser, server, count, { pan = false } = {}) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const foreign = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(server.origin)) foreign.push(r.url());
	});
	await page.goto(server.url, { waitUntil: 'load' });
	await page.waitForFunction(() => 'bench' in window);
	const result = await page.evaluate((n) => window.bench.render(n), count);
	if (pan) {
		// A 600 px drag in 30 steps, as a person pans; frame intervals include the redraw Leaflet does when the pan ends.
		await page.evaluate(() => window.bench.startFrames());
		await page.mouse.move(600, 400);
		await page.mouse.down();
		for (let i = 1; i <= 30; i++) await page.mouse.move(600 - i * 20, 400 - i * 5);
		await page.mouse.up();
		const intervals = await page.evaluate(() => window.bench.stopFrames());
		result.pan = {
			frames: intervals.length,
			medianMs: median(intervals),
			p95Ms: percentile(intervals, 0.95),
			maxMs: Math.max(...intervals)
		};
	}
	result.violations = await page.evaluate(() => window.bench.violations);
	result.foreign = foreign;
	await page.close();
	return result;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (!existsSync(CHROMIUM_PATH)) {
		console.error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
		process.exit(2);
	}
	const { chromium } = await import('playwright-core');
	const outDir = mkdtempSync(join(tmpdir(), 'map-bench-'));
	let server;
	let browser;
	try {
		await buildPage(outDir);
		server = await serve(outDir);
		browser = await chromium.launch({
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: CHROMIUM_ARGS
		});
		const cases = [
			{ label: '11 sites (today)', count: 11 },
			{ label: '100 sites', count: 100 },
			{ label: '1,000 sites', count: 1_000 },
			...(args.tenK ? [{ label: '10,000 sites', count: 10_000 }] : [])
		];
		const rows = [];
		let problems = [];
		// One warm-up load so the first measured run does not pay for Chromium's own start-up.
		await runCase(browser, server, 11);
		for (const c of cases) {
			const runs = [];
			for (let i = 0; i < args.runs; i++)
				runs.push(await runCase(browser, server, c.count, { pan: i === 0 }));
			for (const r of runs)
				problems.push(
					...r.violations.map((v) => `CSP: ${v}`),
					...r.foreign.map((u) => `request left 127.0.0.1: ${u}`)
				);
			rows.push({
				case: c.label,
				count: c.count,
				firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
				setSitesMs: median(runs.map((r) => r.setSitesMs)),
				minMs: Math.min(...runs.map((r) => r.firstRenderMs)),
				maxMs: Math.max(...runs.map((r) => r.firstRenderMs)),
				pan: runs[0].pan
			});
		}
		problems = [...new Set(problems)];
		const oneK = rows.find((r) => r.count === 1_000);
		const ok = oneK.firstRenderMs <= TARGET_1K_MS && problems.length === 0;
		if (args.json)
			console.log(
				JSON.stringify({ runs: args.runs, targetMs: TARGET_1K_MS, ok, rows, problems }, null, 2)
			);
		else {
			const f = (n) => `${n.toFixed(0)} ms`.padStart(8);
			console.log(
				`Map benchmark, headless Chromium, 1024×768 map, median of ${args.runs} fresh page loads (min–max)`
			);
			console.log(
				`${'case'.padEnd(32)} ${'first render'.padStart(12)} ${'setSites'.padStart(9)}   range            drag-pan frames (median / p95 / max)`
			);
			for (const r of rows) {
				const pan = r.pan
					? `${r.pan.frames} frames: ${r.pan.medianMs.toFixed(1)} / ${r.pan.p95Ms.toFixed(1)} / ${r.pan.maxMs.toFixed(1)} ms`
					: '';
				console.log(
					`${r.case.padEnd(32)} ${f(r.firstRenderMs).padStart(12)} ${f(r.setSitesMs).padStart(9)}   ${f(r.minMs)}–${f(r.maxMs).trim().padEnd(8)} ${pan}`
				);
			}
			for (const p of problems) console.log(`PROBLEM ${p}`);
			console.log(
				`${ok ? 'OK' : 'FAIL'}: 1,000 sites first render ${oneK.firstRenderMs.toFixed(0)} ms (target ≤ ${TARGET_1K_MS} ms)${problems.length ? `, ${problems.length} problem(s)` : ''}`
			);
		}
		process.exitCode = ok ? 0 : 1;
	} finally {
		await browser?.close();
		await server?.close();
		rmSync(outDir, { recursive: true, force: true });
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(2);
});
