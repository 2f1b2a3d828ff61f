/**
 * Self-test of the browser-test harness. Independent of the app's content:
 * it serves its own fixture pages from a temporary directory (dist/ is never
 * written to) and, when dist/ exists, only checks headers and SPA fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
	CONTENT_SECURITY_POLICY,
	DIST_DIR,
	SECURITY_HEADERS,
	expectNoAxeViolations,
	launchBrowser,
	newPage,
	runAxe,
	startServer,
	type TestServer
} from './harness';

/** The policy exactly as specified; guards against accidental edits. */
const EXPECTED_CSP =
	"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
	"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

// 1x1 transparent PNG.
const PIXEL_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

const page = (title: string, body: string, head = ''): string =>
	`<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
	`<meta name="viewport" content="width=device-width, initial-scale=1">` +
	`<title>${title}</title><link rel="stylesheet" href="/style.css">${head}</head>` +
	`<body><main><h1>${title}</h1>${body}</main></body></html>\n`;

const FIXTURES: Record<string, string | Buffer> = {
	'index.html': page(
		'Fixture index',
		'<p id="status">waiting</p>',
		'<script type="module" src="/app.js"></script>'
	),
	'app.js': "document.getElementById('status').textContent = 'external script ran';\n",
	'style.css': 'body { font-family: sans-serif; color: #111; background: #fff; }\n',
	'pixel.png': PIXEL_PNG,
	'inline.html': page(
		'Inline script',
		'<p id="status">waiting</p><script>window.__inlineRan = true;</script>',
		'<script type="module" src="/app.js"></script>'
	),
	'foreign.html': page(
		'Foreign image',
		'<img id="foreign" src="https://foreign.invalid/x.png" alt="remote">'
	),
	'throws.js': "console.error('fixture console error');\nthrow new Error('boom from fixture');\n",
	'errors.html': page('Errors', '<p>errors</p>', '<script src="/throws.js"></script>'),
	'bad-a11y.html': page('Bad a11y', '<img src="/pixel.png">'),
	'good-a11y.html': page('Good a11y', '<img src="/pixel.png" alt="A single pixel"><p>Fine.</p>')
};

let fixtureDir = '';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
	fixtureDir = await mkdtemp(join(tmpdir(), 'e2e-harness-'));
	for (const [name, content] of Object.entries(FIXTURES))
		await writeFile(join(fixtureDir, name), content);
	server = await startServer({ root: fixtureDir });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (fixtureDir) await rm(fixtureDir, { recursive: true, force: true });
});

describe('startServer', () => {
	it('serves on 127.0.0.1 with a random port', () => {
		expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(server.host).toBe(new URL(server.url).host);
	});

	it('exports exactly the specified Content-Security-Policy', () => {
		expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
		expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(EXPECTED_CSP);
	});

	it('sends the security headers on HTML, assets and 404s', async () => {
		for (const path of ['/', '/app.js', '/missing.js']) {
			const res = await fetch(server.url + path);
			expect(res.headers.get('content-security-policy'), path).toBe(EXPECTED_CSP);
			expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
		}
	});

	it('sends correct MIME types', async () => {
		const types: Record<string, RegExp> = {
			'/': /^text\/html/,
			'/index.html': /^text\/html/,
			'/app.js': /^text\/javascript/,
			'/style.css': /^text\/css/,
			'/pixel.png': /^image\/png$/
		};
		for (const [path, type] of Object.entries(types)) {
			const res = await fetch(server.url + path);
			expect(res.status, path).toBe(200);
			expect(res.headers.get('content-type'), path).toMatch(type);
		}
	});

	it('falls back to index.html for extension-less paths, 404 for missing files, refuses escapes', async () => {
		const index = await (await fetch(server.url + '/')).text();
		const spa = await fetch(server.url + '/some/deep/route?x=1');
		expect(spa.status).toBe(200);
		expect(await spa.text()).toBe(index);

		expect((await fetch(server.url + '/missing.js')).status).toBe(404);
		expect((await fetch(server.url + '/assets/missing.css')).status).toBe(404);
		// Encoded "../" must not escape the served directory.
		for (const path of [
			'/..%2f..%2f..%2fetc%2fpasswd',
			'/..%2Fharness-escape.html',
			'/%2e%2e%2findex.html'
		]) {
			expect((await fetch(server.url + path)).status, path).toBe(403);
		}
	});
});

describe('newPage recorders', () => {
	it('runs external scripts under the CSP with nothing recorded', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/');
			await expect.poll(() => rec.page.textContent('#status')).toBe('external script ran');
			expect(rec.page.viewportSize()).toEqual({ width: 1280, height: 900 });
			expect(rec.errors()).toEqual([]);
			expect(rec.cspViolations()).toEqual([]);
			expect(rec.foreignRequests()).toEqual([]);
		} finally {
			await rec.close();
		}
	});

	it('applies locale and viewport options', async () => {
		const rec = await newPage(browser, {
			server,
			locale: 'da-DK',
			viewport: { width: 390, height: 844 }
		});
		try {
			await rec.page.goto(server.url + '/');
			expect(await rec.page.evaluate(() => navigator.language)).toBe('da-DK');
			expect(await rec.page.evaluate(() => window.innerWidth)).toBe(390);
		} finally {
			await rec.close();
		}
	});

	it('blocks an inline <script> and records the CSP violation', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/inline.html');
			await expect.poll(() => rec.page.textContent('#status')).toBe('external script ran');
			expect(
				await rec.page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)
			).toBe(undefined);
			await expect
				.poll(() => rec.cspViolations().filter((v) => v.startsWith('event: ')).length)
				.toBeGreaterThan(0);
			await expect
				.poll(() => rec.cspViolations().filter((v) => v.startsWith('console: ')).length)
				.toBeGreaterThan(0);
			expect(rec.cspViolations().join('\n')).toMatch(/script-src/);
			expect(await rec.page.evaluate(() => window.__cspViolations?.length ?? 0)).toBeGreaterThan(0);
			expect(rec.errors().join('\n')).toMatch(/Content Security Policy/);
		} finally {
			await rec.close();
		}
	});

	it('shows why axe is not injected with addScriptTag: the CSP refuses it', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/');
			await rec.page.addScriptTag({ content: 'window.__tagRan = true;' }).catch(() => undefined);
			expect(
				await rec.page.evaluate(() => (window as unknown as { __tagRan?: boolean }).__tagRan)
			).toBe(undefined);
			await expect.poll(() => rec.cspViolations().length).toBeGreaterThan(0);
		} finally {
			await rec.close();
		}
	});

	it('with the CSP, a foreign <img> is refused by the browser and recorded as a CSP violation', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/foreign.html');
			await expect
				.poll(() => rec.cspViolations().join('\n'))
				.toMatch(/img-src.*foreign\.invalid|foreign\.invalid.*img-src/s);
			expect(
				await rec.page.$eval('#foreign', (img) => (img as HTMLImageElement).naturalWidth)
			).toBe(0);
		} finally {
			await rec.close();
		}
	});

	it('with the CSP, a top-level navigation to another host is aborted and recorded', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/');
			await rec.page.evaluate(() => {
				location.href = 'https://foreign.invalid/elsewhere';
			});
			await expect
				.poll(() => rec.foreignRequests())
				.toEqual(['GET https://foreign.invalid/elsewhere']);
		} finally {
			await rec.close();
		}
	});

	describe('without the CSP (second line of defence)', () => {
		let open: TestServer;
		let other: TestServer;
		beforeAll(async () => {
			open = await startServer({ root: fixtureDir, headers: { 'Content-Security-Policy': null } });
			other = await startServer({ root: fixtureDir });
		});
		afterAll(async () => {
			await open?.close();
			await other?.close();
		});

		it('can serve without the CSP header', async () => {
			const res = await fetch(open.url + '/');
			expect(res.headers.get('content-security-policy')).toBe(null);
			expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		});

		it('aborts and records requests to other hosts', async () => {
			const rec = await newPage(browser, { server: open });
			try {
				await rec.page.goto(open.url + '/foreign.html');
				await expect
					.poll(() => rec.foreignRequests())
					.toEqual(['GET https://foreign.invalid/x.png']);
				await rec.page.waitForLoadState('load');
				expect(
					await rec.page.$eval('#foreign', (img) => (img as HTMLImageElement).naturalWidth)
				).toBe(0);
				const fetched = await rec.page.evaluate(() =>
					fetch('http://other.invalid:8080/api', { method: 'POST', body: 'x' }).then(
						() => 'ok',
						() => 'failed'
					)
				);
				expect(fetched).toBe('failed');
				expect(rec.foreignRequests()).toContain('POST http://other.invalid:8080/api');
				expect(rec.cspViolations()).toEqual([]);
			} finally {
				await rec.close();
			}
		});

		it('with { server }, another port on 127.0.0.1 is foreign; without it, loopback is allowed', async () => {
			const strict = await newPage(browser, { server: open });
			const loose = await newPage(browser);
			try {
				// no-cors: the other server is cross-origin and sends no CORS headers.
				const fetchStatus = (url: string) =>
					fetch(url, { mode: 'no-cors' }).then(
						(r) => r.type,
						() => 'failed'
					);
				await strict.page.goto(open.url + '/');
				expect(await strict.page.evaluate(fetchStatus, other.url + '/app.js')).toBe('failed');
				expect(strict.foreignRequests()).toEqual([`GET ${other.url}/app.js`]);

				await loose.page.goto(open.url + '/');
				expect(await loose.page.evaluate(fetchStatus, other.url + '/app.js')).toBe('opaque');
				expect(loose.foreignRequests()).toEqual([]);
			} finally {
				await strict.close();
				await loose.close();
			}
		});
	});

	it('records console errors and uncaught page errors', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/errors.html');
			await expect.poll(() => rec.errors().length).toBeGreaterThanOrEqual(2);
			const all = rec.errors().join('\n');
			expect(all).toMatch(/^console\.error: fixture console error/m);
			expect(all).toMatch(/^pageerror: Error: boom from fixture/m);
		} finally {
			await rec.close();
		}
	});
});

describe('axe', () => {
	it('finds image-alt on a page with an <img> without alt, and reports it readably', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/bad-a11y.html');
			const violations = await runAxe(rec.page, 'bad fixture');
			expect(violations.map((v) => v.id)).toContain('image-alt');
			const imageAlt = violations.find((v) => v.id === 'image-alt');
			expect(imageAlt?.impact).toBe('critical');
			expect(imageAlt?.nodes[0]?.target).toEqual(['img']);

			const err = await expectNoAxeViolations(rec.page, 'bad fixture').then(
				() => undefined,
				(e: unknown) => e as Error
			);
			expect(err).toBeInstanceOf(Error);
			expect(err?.message).toMatch(/"bad fixture"/);
			expect(err?.message).toMatch(/- image-alt \[critical\]: Images must have alternative text/);
			expect(err?.message).toMatch(/\n {4}at img\n/);
			// axe ran under the CSP without tripping it.
			expect(rec.cspViolations()).toEqual([]);
		} finally {
			await rec.close();
		}
	});

	it('finds no violation on a good page', async () => {
		const rec = await newPage(browser, { server });
		try {
			await rec.page.goto(server.url + '/good-a11y.html');
			expect(await runAxe(rec.page, 'good fixture')).toEqual([]);
			await expectNoAxeViolations(rec.page, 'good fixture');
			// A second run reuses the injected axe.
			await expectNoAxeViolations(rec.page, 'good fixture again');
			expect(rec.cspViolations()).toEqual([]);
			expect(rec.errors()).toEqual([]);
		} finally {
			await rec.close();
		}
	});
});

describe.skipIf(!existsSync(join(DIST_DIR, 'index.html')))(
	'built app in dist/ (headers only)',
	() => {
		let dist: TestServer;
		beforeAll(async () => {
			dist = await startServer();
		});
		afterAll(async () => {
			await dist?.close();
		});

		it('serves dist/index.html with the CSP, also as SPA fallback', async () => {
			expect(dist.root).toBe(DIST_DIR.replace(/\/$/, ''));
			const res = await fetch(dist.url + '/');
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toMatch(/^text\/html/);
			expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
			const index = await res.text();
			const spa = await fetch(dist.url + '/a/route/that/does/not/exist');
			expect(spa.status).toBe(200);
			expect(await spa.text()).toBe(index);
		});
	}
);
