/**
 * The guide's own pages work offline after the first visit (src/browser/offline.ts, scripts/vite-plugin-offline.ts):
 * a saved link reaches its result with no connection, a new version says so and reloads into itself with the answers
 * kept, and the web component never registers a service worker.
 *
 * Every test has a server of its own (its own origin, so no worker or cache is shared with another test) and a
 * browser context that allows service workers (the harness blocks them by default). "Offline" is real: the browser is
 * set offline and the server is shut down, so nothing can come from it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	DIST_DIR,
	expectNoAxeViolations,
	launchBrowser,
	newPage,
	startServer,
	type RecordedPage,
	type TestServer
} from './harness';
import { clickButton, completeQuery, expectCleanRecorders, h1Text, UI } from './guide';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
});

/** A fresh server and a page that may register service workers; the recorders must stay clean. */
async function withOwnServer(fn: (rec: RecordedPage, server: TestServer) => Promise<void>) {
	const server = await startServer();
	let running = true;
	const stoppable = {
		...server,
		close: async () => {
			running = false;
			await server.close();
		}
	};
	const rec = await newPage(browser, { server, serviceWorkers: 'allow' });
	try {
		await fn(rec, stoppable);
		expectCleanRecorders(rec);
	} finally {
		await rec.close();
		if (running) await server.close();
	}
}

/** Waits until the page's service worker is active and controls the page (its precache is complete by then). */
async function controlledByWorker(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return `${registration?.active?.state}|${navigator.serviceWorker.controller !== null}`;
				}),
			{ timeout: 30_000 }
		)
		.toBe('activated|true');
}

/** A link opens on its page (the heading takes focus only when the user moves to a page). */
const expectHeading = (page: Page, title: string) =>
	expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(title);

const resultLink = (server: TestServer) => `${server.url}/?${completeQuery('da')}#results`;

describe('offline after the first visit', () => {
	it('a saved link reaches its result with no connection, with the map outline, in Danish and English', async () => {
		await withOwnServer(async (rec, server) => {
			const { page, context } = rec;
			// The first visit: the start page only.
			await page.goto(`${server.url}/`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.startHeading);
			await controlledByWorker(page);

			await context.setOffline(true);
			await server.close();
			// A saved link to the results, opened with no connection.
			await page.goto(resultLink(server));
			await expectHeading(page, UI.da.resultHeading);
			const map = page.getByRole('region', { name: 'Kort over parkerne' });
			await map.scrollIntoViewIfNeeded();
			await expect
				.poll(() => page.locator('.leaflet-overlay-pane path').count(), { timeout: 10_000 })
				.toBeGreaterThan(0);
			// English was never fetched online: it comes from the cache too.
			await clickButton(page, UI.da.switchLanguage);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.en.resultHeading);
			expect(await page.getByRole('alert').count()).toBe(0);
			// The adviser page too.
			await page.goto(`${server.url}/adviser.html?v=1&project_type=expand`);
			await expect
				.poll(() => h1Text(page), { timeout: 10_000 })
				.toBe('Lav et link til en virksomhed');
		});
	});

	it('a new version shows "Ny version – genindlæs"; the button reloads into it and keeps the answers', async () => {
		await withOwnServer(async (rec, server) => {
			const { page } = rec;
			const link = resultLink(server);
			await page.goto(link);
			await expectHeading(page, UI.da.resultHeading);
			await controlledByWorker(page);
			expect(await page.getByRole('status').filter({ hasText: 'Ny version' }).count()).toBe(0);

			// A new version is published: a changed index.html, and the worker that lists its new revision.
			const newIndex = readFileSync(join(DIST_DIR, 'index.html'), 'utf8').replace(
				'<title>',
				'<meta name="guide-version" content="next" />\n<title>'
			);
			const sw = readFileSync(join(DIST_DIR, 'sw.js'), 'utf8');
			const newSw = sw.replace(/(\{url:"index\.html",revision:")[^"]+"/, '$1next"');
			expect(newSw).not.toBe(sw);
			server.override('/index.html', newIndex);
			server.override('/sw.js', newSw);

			// The next visit still opens the version in the cache, and finds the new one waiting. (A reload: going to the
			// same address with a hash would not load the page again.)
			await page.reload();
			await expectHeading(page, UI.da.resultHeading);
			const notice = page.getByRole('status').filter({ hasText: 'Ny version – genindlæs' });
			await notice.waitFor({ timeout: 30_000 });
			expect(await page.locator('meta[name="guide-version"]').count()).toBe(0);
			await expectNoAxeViolations(page, 'da: results with the new-version notice');

			// It follows the page's language.
			await clickButton(page, UI.da.switchLanguage);
			await expect.poll(() => h1Text(page)).toBe(UI.en.resultHeading);
			const englishNotice = page.getByRole('status').filter({ hasText: 'New version – reload' });
			await englishNotice.waitFor();
			await expectNoAxeViolations(page, 'en: results with the new-version notice');
			const answers = new URL(page.url()).search;
			expect(answers).toContain('lang=en');

			// Keyboard: the button takes focus and Enter reloads into the new version.
			const reload = englishNotice.getByRole('button', { name: 'Reload' });
			await reload.focus();
			await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
			await expect.poll(() => page.locator('meta[name="guide-version"]').count()).toBe(1);
			await expectHeading(page, UI.en.resultHeading);
			expect(new URL(page.url()).search).toBe(answers);
			expect(await page.getByRole('status').filter({ hasText: 'New version' }).count()).toBe(0);
		});
	});
});

describe('the web component never registers a service worker', () => {
	it('in its code', () => {
		const files = readdirSync(join(DIST_DIR, 'embed'), { recursive: true, encoding: 'utf8' });
		const scripts = files.filter((f) => f.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(1);
		for (const file of scripts)
			expect(readFileSync(join(DIST_DIR, 'embed', file), 'utf8'), file).not.toMatch(
				/serviceWorker|sw\.js/
			);
	});

	it('on a host page', async () => {
		await withOwnServer(async ({ page }, server) => {
			const asked: string[] = [];
			page.on('request', (request) => {
				if (/\/sw\.js|manifest\.webmanifest/.test(request.url())) asked.push(request.url());
			});
			await page.goto(`${server.url}/demo/web-component.html`);
			const heading = page.locator('industripark-guide#guide').getByRole('heading', { level: 1 });
			await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe(UI.da.startHeading);
			await page
				.locator('industripark-guide#guide')
				.getByRole('button', { name: UI.da.start })
				.click();
			await expect.poll(() => heading.textContent()).not.toBe(UI.da.startHeading);
			expect(
				await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
			).toBe(0);
			expect(asked).toEqual([]);
		});
	});
});
