/**
 * Cross-site scripting through the link: each payload of tests/fixtures/xss-payloads.ts (49 classic ones) in every
 * parameter of the link contract at once (v, every question id, lang, unknown names, __proto__) and in the hash,
 * one page load per payload, on the guide and on the adviser page; then all payloads as parameter NAMES, which the
 * guide repeats in its notice ("”…” kendes ikke af guiden").
 *
 * Nothing may run (no dialog from alert(), no console error, no CSP violation), nothing may be inserted (no element
 * with an on… attribute, no javascript:/data: URL in href/src/action/data, no script/iframe/object/embed/base/meta
 * refresh, no element of the payloads' tags) and the notice shows the names as plain text.
 * The content files' texts are covered by tests/component/xss-content.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, type RecordedPage } from './harness';
import { QUESTIONS } from '../../src/domain/questions';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { expectCleanRecorders, useBrowser } from './guide';

const session = useBrowser();
let rec: RecordedPage;
const dialogs: string[] = [];

beforeAll(async () => {
	rec = await newPage(session.browser, { server: session.server, locale: 'da-DK' });
	rec.page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()} at ${rec.page.url()}`);
		void dialog.dismiss();
	});
});

afterAll(async () => {
	await rec?.close();
});

/** Every parameter the link contract knows, plus names it does not. */
const PARAMETERS = [
	'v',
	...QUESTIONS.map((q) => q.id),
	'home',
	'rank_by_distance',
	'lang',
	'unknown',
	'__proto__',
	'constructor'
];

/** Elements or attributes that only an injection could have made; an empty list when there are none. */
function injected(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
		for (const el of Array.from(document.querySelectorAll('*'))) {
			for (const attr of Array.from(el.attributes)) {
				if (/^on/i.test(attr.name)) found.push(`${describe(el)} has ${attr.name}="${attr.value}"`);
				if (
					['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(attr.name) &&
					/^\s*(javascript|data|vbscript):/i.test(attr.value)
				) {
					found.push(`${describe(el)} has ${attr.name}="${attr.value}"`);
				}
			}
		}
		const selectors = [
			'script:not([src*="/assets/"])',
			'iframe',
			'object',
			'embed',
			'base',
			'meta[http-equiv]',
			'img[src="x"]',
			'x',
			'marquee',
			'math',
			'video',
			'audio',
			'body body',
			'form[action]',
			'input[autofocus]',
			'details[ontoggle]'
		];
		for (const selector of selectors) {
			for (const el of Array.from(document.querySelectorAll(selector)))
				found.push(`${describe(el)} (matches ${selector})`);
		}
		return found;
	});
}

async function open(url: string, heading: RegExp): Promise<void> {
	const { page } = rec;
	await page.goto(url);
	// The page is drawn, and the notice about what the link brought is there (it is where link text is shown).
	await page.locator('main h1').first().waitFor({ timeout: 10_000 });
	await page.getByText(heading).first().waitFor({ timeout: 10_000 });
}

async function expectNothingRan(label: string): Promise<void> {
	expect(await injected(rec.page), `injected elements or attributes after ${label}`).toEqual([]);
	expect(dialogs, `dialogs after ${label}`).toEqual([]);
	expectCleanRecorders(rec);
}

describe('XSS payloads in links', () => {
	it(`has at least 30 payloads, all different`, () => {
		expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
		expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
	});

	it('a payload in every parameter and in the hash never runs and never becomes markup (guide and adviser page)', async () => {
		for (const [i, payload] of XSS_PAYLOADS.entries()) {
			const query = PARAMETERS.map((name) => `${name}=${encodeURIComponent(payload)}`).join('&');
			const label = `payload #${i} ${JSON.stringify(payload)}`;
			// The hash as written (the browser escapes what it must), control characters aside, which no address carries.
			// eslint-disable-next-line no-control-regex -- control characters are what this line is about
			const hash = payload.replace(/[\u0000-\u001f]/g, (c) => encodeURIComponent(c));
			await open(`${session.server.url}/?${query}#${hash}`, /Noget i linket kunne ikke bruges/);
			await expectNothingRan(`${label} on the guide`);
			await open(
				`${session.server.url}/adviser.html?${query}#${hash}`,
				/Noget i linket kunne ikke bruges/
			);
			await expectNothingRan(`${label} on the adviser page`);
		}
	}, 180_000);

	it('payloads as parameter names are named in the notice as plain text, and never run', async () => {
		// In two links, so that neither passes the 4,000 characters after which the guide cuts a link.
		const half = Math.ceil(XSS_PAYLOADS.length / 2);
		for (const names of [XSS_PAYLOADS.slice(0, half), XSS_PAYLOADS.slice(half)]) {
			const query = ['v=1', ...names.map((name) => `${encodeURIComponent(name)}=1`)].join('&');
			expect(
				query.length,
				'the link stays under the 4,000 characters the guide reads'
			).toBeLessThan(4000);
			await open(`${session.server.url}/?${query}`, /Noget i linket kunne ikke bruges/);
			await expectNothingRan('payloads as parameter names');
			const notice = await rec.page
				.locator('main [role="status"]')
				.filter({ hasText: 'Noget i linket kunne ikke bruges' })
				.locator('li')
				.allTextContents();
			const html = await rec.page.locator('main').innerHTML();
			for (const name of names) {
				// Shown as the user typed it (the NUL character aside, which no text can carry) …
				const shown = name.replaceAll('\u0000', '');
				expect(
					notice.some((text) => text.replaceAll('\u0000', '').includes(`”${shown}”`)),
					`the notice names ${JSON.stringify(name)}: ${JSON.stringify(notice)}`
				).toBe(true);
				// … and it is text in the page's markup: its < > & are escaped there.
				const escaped = shown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
				expect(
					html.includes(escaped),
					`${JSON.stringify(name)} is escaped text in the markup`
				).toBe(true);
			}
		}
	}, 60_000);
});
