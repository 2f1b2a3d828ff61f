/**
 * The guide embedded in host pages, as a user and a host meet it in Chromium: the web component inside a page
 * with a hostile stylesheet (looks like the standalone guide, changes nothing of the host), a whole journey with
 * the host events in order, attributes that prefill and switch language, its state in its own parameter, two
 * guides on one page, and the iframe that sizes itself and ignores messages from anyone but the guide.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, newPage, startServer, type RecordedPage } from './harness';
import { LINK_FIXTURES } from '../fixtures/links';
import { EXAMPLE_COMPANIES } from '../fixtures/example-companies';
import {
	UI,
	expectCleanRecorders,
	expectNoAxeViolations,
	h1Text,
	openStart,
	useBrowser
} from './guide';

const session = useBrowser();

/**
 * Inside a shadow root, axe-core's colour-contrast check adds a <style> element and inline styles, which the strict
 * CSP blocks (and Chromium reports). Those reports come from the test tool, not the guide: they are set aside by
 * position (only what appears while axe runs), so a violation by the guide itself still fails the test.
 */
const axeNoise = new WeakMap<RecordedPage, { errors: Set<number>; csp: Set<number> }>();

async function axeScan(rec: RecordedPage, label: string, selector: string): Promise<void> {
	const before = { errors: rec.errors().length, csp: rec.cspViolations().length };
	await expectNoAxeViolations(rec.page, label, { context: { include: [[selector]] } });
	await rec.page.waitForTimeout(100); // let the reports of axe's own style changes arrive
	const noise = axeNoise.get(rec) ?? { errors: new Set<number>(), csp: new Set<number>() };
	for (let i = before.errors; i < rec.errors().length; i++)
		if (/Content Security Policy/.test(rec.errors()[i]!)) noise.errors.add(i);
	for (let i = before.csp; i < rec.cspViolations().length; i++)
		if (/style-src/.test(rec.cspViolations()[i]!)) noise.csp.add(i);
	axeNoise.set(rec, noise);
}

async function withPage(
	fn: (rec: RecordedPage) => Promise<void>,
	allowedHosts?: string[]
): Promise<void> {
	const rec = await newPage(
		session.browser,
		allowedHosts ? { allowedHosts } : { server: session.server }
	);
	try {
		await fn(rec);
		const noise = axeNoise.get(rec);
		expectCleanRecorders({
			...rec,
			errors: () => rec.errors().filter((_, i) => !noise?.errors.has(i)),
			cspViolations: () => rec.cspViolations().filter((_, i) => !noise?.csp.has(i))
		});
	} finally {
		await rec.close();
	}
}

const COMPLETE = LINK_FIXTURES[1]!.find((f) => f.name.startsWith('a complete Danish link'))!.query;
const WITHOUT_LAST = COMPLETE.replace('&financials=yes', '');
const guideEl = (page: Page, id = 'guide'): Locator => page.locator(`industripark-guide#${id}`);
const guideH1 = (page: Page, id = 'guide'): Locator =>
	guideEl(page, id).getByRole('heading', { level: 1 });

interface GuideEvent {
	source: string;
	name: string;
	step: string;
	link: string | null;
}
/** The iframe demo page with `prefill` as its `data-prefill`, as a host would embed a prefilled guide; its frame. */
async function openIframeDemo(page: Page, prefill: string): Promise<FrameLocator> {
	await page.route('**/demo/iframe.html', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).replace(
			'data-lang="da"',
			`data-lang="da" data-prefill="${prefill.replace(/&/g, '&amp;')}"`
		);
		await route.fulfill({ response, body });
	});
	await page.goto(`${session.server.url}/demo/iframe.html`);
	return page.frameLocator('#guide iframe');
}

const events = (page: Page): Promise<GuideEvent[]> =>
	page.evaluate(() => (window as unknown as { __guideEvents: GuideEvent[] }).__guideEvents);

/** The computed styles that make the guide look like itself. */
function styleOf(locator: Locator): Promise<Record<string, string>> {
	return locator.evaluate((el) => {
		const s = getComputedStyle(el);
		return {
			fontFamily: s.fontFamily.split(',')[0]!.replace(/["']/g, '').trim(),
			fontSize: s.fontSize,
			fontWeight: s.fontWeight,
			lineHeight: s.lineHeight,
			letterSpacing: s.letterSpacing,
			color: s.color,
			backgroundColor: s.backgroundColor,
			borderRadius: s.borderRadius,
			paddingTop: s.paddingTop,
			textTransform: s.textTransform
		};
	});
}

async function lookOf(
	scope: Locator | Page,
	lang: 'da' | 'en' = 'da'
): Promise<Record<string, Record<string, string>>> {
	return {
		heading: await styleOf(scope.getByRole('heading', { level: 1 })),
		button: await styleOf(scope.getByRole('button', { name: UI[lang].start })),
		lead: await styleOf(scope.locator('p.font-lead')),
		text: await styleOf(scope.locator('p.mt-7'))
	};
}

describe('the web component on a phone', () => {
	it('is no wider than the host page gives it on the result: the wide table scrolls in its own region', async () => {
		await withPage(async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			const query = EXAMPLE_COMPANIES[0]!.query;
			await page.goto(
				`${session.server.url}/demo/web-component.html?ipg-guide=${encodeURIComponent(`results:${query}`)}`
			);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.resultHeading);
			// The demo's own (hostile) heading makes its grid column 395 px wide on a 390 px screen, by design; without
			// its min-width the guide took the width of its comparison table (over 2,000 px) and widened the host page.
			const guide = await page.evaluate(
				() => document.getElementById('guide')!.getBoundingClientRect().width
			);
			expect(guide).toBeLessThan(500);
		});
	});
});

describe('the web component in a host page with a hostile stylesheet', () => {
	it('looks like the standalone guide, loads its font, and changes nothing of the host page', async () => {
		let standalone: Record<string, Record<string, string>> = {};
		await withPage(async (rec) => {
			await openStart(rec, session.server.url);
			standalone = await lookOf(rec.page);
		});
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/demo/web-component.html`);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			const hostHeadBefore = await page.evaluate(() => document.head.children.length);
			const embedded = await lookOf(guideEl(page));
			expect(embedded).toEqual(standalone);
			expect(embedded.heading!.fontFamily).toBe('IBM Plex Sans');
			await expect
				.poll(() => page.evaluate(() => document.fonts.check('700 16px "IBM Plex Sans"')))
				.toBe(true);

			// The host keeps its own (hostile) look, title, language and head.
			const hostHeading = await styleOf(page.locator('#host-heading'));
			expect(hostHeading.fontSize).toBe('44px');
			expect(hostHeading.color).toBe('rgb(0, 128, 0)');
			expect((await styleOf(page.locator('#switch-lang'))).backgroundColor).toBe(
				'rgb(255, 105, 180)'
			);
			expect(await page.title()).toBe('Demo: værtsside med webkomponent');
			expect(await page.evaluate(() => document.head.children.length)).toBe(hostHeadBefore);
			// Nothing of the guide draws a page header, footer or a second main landmark, nor links to the adviser page
			// (it would open inside the host's page).
			expect(await guideEl(page).locator('header, footer, main').count()).toBe(0);
			expect(
				await guideEl(page)
					.getByRole('link', { name: /rådgiver/ })
					.count()
			).toBe(0);
			await axeScan(rec, 'web component: start page', 'industripark-guide');
		});
	});

	it('completes a journey and reports start, page views, CTA click, download and completion in order', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			// The event code loads after the first page. Held back here until the host has set a prefill, the steps
			// shown meanwhile (the start, then the prefilled page) are still reported, in order.
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route(/\/host-events-[^/?]*\.js(\?.*)?$/, async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`${session.server.url}/demo/web-component.html`);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			await page.evaluate(
				(prefill) => document.querySelector('industripark-guide')!.setAttribute('prefill', prefill),
				WITHOUT_LAST
			);
			// A prefill opens on the first page with an unanswered question, with the notice.
			await expect.poll(() => guideH1(page).textContent()).toBe('Om virksomheden');
			expect(await events(page)).toEqual([]);
			release();
			await expect
				.poll(async () => (await events(page)).map((e) => `${e.name}:${e.step}`))
				.toEqual(['ipg-page-view:start', 'ipg-start:company', 'ipg-page-view:company']);
			const guide = guideEl(page);
			// The notice's texts load lazily, a moment after the page.
			await expect
				.poll(() => guide.getByText('Svar fra linket er udfyldt på forhånd').count())
				.toBe(1);
			await guide.getByLabel('Ja', { exact: true }).check();
			// The last page's button shows the result.
			await guide.getByRole('button', { name: UI.da.confirm }).click();
			await expect.poll(() => guideH1(page).textContent()).toBe(UI.da.resultHeading);
			// Focus moves to the new heading inside the shadow root.
			await expect
				.poll(() =>
					guideH1(page).evaluate((h) => (h.getRootNode() as ShadowRoot).activeElement === h)
				)
				.toBe(true);
			await axeScan(rec, 'web component: results', 'industripark-guide');

			// A contact link (the host stops the navigation, as a test page may) and the print button.
			await page.evaluate(() =>
				document.addEventListener('click', (e) => e.preventDefault(), { capture: true })
			);
			await guide.locator('a[data-cta="one_stop_shop"]').click();
			await page.evaluate(() => {
				window.print = () => {};
			});
			await guide.getByRole('button', { name: 'Udskriv resultatet' }).click();

			const seen = await events(page);
			expect(seen.map((e) => `${e.name}:${e.step}`)).toEqual([
				'ipg-page-view:start',
				'ipg-start:company',
				'ipg-page-view:company',
				'ipg-page-view:results',
				'ipg-complete:results',
				'ipg-cta-click:results',
				'ipg-download:results'
			]);
			const complete = seen.find((e) => e.name === 'ipg-complete')!;
			const link = new URL(complete.link!);
			expect(link.pathname).toBe('/index.html');
			expect(link.hash).toBe('#results');
			expect(link.searchParams.get('financials')).toBe('yes');
			expect(link.searchParams.get('project_type')).toBe('new_plant');
		});
	});

	it("keeps its state in its own parameter: the host's parameters and hash stay, back and reload work", async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/demo/web-component.html?page=7&q=a%20b#host-section`);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			// Not used yet: the address is the host's alone.
			expect(new URL(page.url()).search).toBe('?page=7&q=a%20b');
			const guide = guideEl(page);
			await guide.getByRole('button', { name: UI.da.start }).click();
			await expect.poll(() => guideH1(page).textContent()).toBe('Jeres projekt');
			await guide.getByLabel('Vi vil udvide et eksisterende anlæg', { exact: true }).check();
			await guide.getByLabel('Maritim produktion', { exact: true }).check();
			await guide.getByRole('button', { name: UI.da.next }).click();
			await expect.poll(() => guideH1(page).textContent()).toBe('Jord, sted og tidspunkt');

			const url = new URL(page.url());
			// The element's id names its parameter (ipg-<id>), so two guides never share one.
			expect(url.search.startsWith('?page=7&q=a%20b&ipg-guide=')).toBe(true);
			expect(url.hash).toBe('#host-section');
			expect(url.searchParams.get('ipg-guide')).toBe(
				'site:v=1&project_type=expand&sectors=maritime&lang=da'
			);

			await page.goBack();
			await expect.poll(() => guideH1(page).textContent()).toBe('Jeres projekt');
			await page.reload();
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe('Jeres projekt');
			expect(
				await guide.getByLabel('Vi vil udvide et eksisterende anlæg', { exact: true }).isChecked()
			).toBe(true);
			// The reload goes on with the same journey: for the host's analytics a page view, not a new start.
			await expect
				.poll(async () => (await events(page)).map((e) => `${e.name}:${e.step}`))
				.toEqual(['ipg-page-view:project']);
			// And the answers are the user's own: no "from the link" notice (a review found one after a reload).
			await page.waitForTimeout(500); // the notice's texts load lazily
			expect(await guide.getByText('Svar fra linket er udfyldt på forhånd').count()).toBe(0);
			// "Start guiden" added a history entry: Back returns to the guide's start, on the host's page as it was.
			await page.goBack();
			await expect.poll(() => guideH1(page).textContent()).toBe(UI.da.startHeading);
			expect(page.url()).toBe(
				`${session.server.url}/demo/web-component.html?page=7&q=a%20b#host-section`
			);
		});
	});

	it('switches language when the lang attribute changes, keeping the answers and the page', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/demo/web-component.html`);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			const guide = guideEl(page);
			await guide.getByRole('button', { name: UI.da.start }).click();
			await guide.getByLabel('Vi vil omdanne et eksisterende anlæg', { exact: true }).check();
			await page.locator('#switch-lang').click();
			await expect.poll(() => guideH1(page).textContent()).toBe('Your project');
			expect(
				await guide.getByLabel('We want to convert an existing plant', { exact: true }).isChecked()
			).toBe(true);
			expect(await guide.locator('.guide-root').getAttribute('lang')).toBe('en');
			// The host page's language is the host's.
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
		});
	});
});

describe('state="hash" (as Virksomhedsguiden navigates its apps)', () => {
	it("keeps only the step, as a slug in the hash; back moves the guide; the host's query stays", async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/demo/web-component.html?page=7`);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			await page.evaluate(() =>
				document.querySelector('industripark-guide')!.setAttribute('state', 'hash')
			);
			await expect.poll(() => guideH1(page).textContent()).toBe(UI.da.startHeading);
			const guide = guideEl(page);
			await guide.getByRole('button', { name: UI.da.start }).click();
			await expect.poll(() => guideH1(page).textContent()).toBe('Jeres projekt');
			await guide.getByLabel('Vi vil udvide et eksisterende anlæg', { exact: true }).check();
			await guide.getByLabel('Maritim produktion', { exact: true }).check();
			await guide.getByRole('button', { name: UI.da.next }).click();
			await expect.poll(() => guideH1(page).textContent()).toBe('Jord, sted og tidspunkt');
			expect(new URL(page.url()).search).toBe('?page=7');
			expect(new URL(page.url()).hash).toBe('#site');
			await page.goBack();
			await expect.poll(() => guideH1(page).textContent()).toBe('Jeres projekt');
			expect(new URL(page.url()).hash).toBe('#project');
			// The answer is still there (kept in memory; the hash holds only the step).
			expect(
				await guide.getByLabel('Vi vil udvide et eksisterende anlæg', { exact: true }).isChecked()
			).toBe(true);
			// One more Back: the guide's start, still on the host's page.
			await page.goBack();
			await expect.poll(() => guideH1(page).textContent()).toBe(UI.da.startHeading);
			expect(new URL(page.url()).pathname).toBe('/demo/web-component.html');
			expect(new URL(page.url()).search).toBe('?page=7');
		});
	});
});

describe('two web components on one page', () => {
	it('work independently, each with its own parameter, answers and language', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/demo/two-guides.html`);
			await expect
				.poll(() => guideH1(page, 'first').textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			// The second was prefilled with its project type: it opens on that page (the sector is left), in English.
			await expect.poll(() => guideH1(page, 'second').textContent()).toBe('Your project');
			await expect
				.poll(() =>
					guideEl(page, 'second')
						.getByLabel('We want to convert an existing plant', { exact: true })
						.isChecked()
				)
				.toBe(true);

			// A prefilled guide keeps its state from the start; the other, unused, leaves the address alone.
			const secondState = new URL(page.url()).searchParams.get('ipg-second');
			expect(secondState).toBe('project:v=1&project_type=convert&lang=en');
			expect(new URL(page.url()).searchParams.has('ipg-first')).toBe(false);
			const first = guideEl(page, 'first');
			await first.getByRole('button', { name: UI.da.start }).click();
			await expect.poll(() => guideH1(page, 'first').textContent()).toBe('Jeres projekt');
			await first.getByLabel('Vi vil udvide et eksisterende anlæg', { exact: true }).check();
			await first.getByLabel('Maritim produktion', { exact: true }).check();
			await first.getByRole('button', { name: UI.da.next }).click();
			await expect.poll(() => guideH1(page, 'first').textContent()).toBe('Jord, sted og tidspunkt');
			expect(await guideH1(page, 'second').textContent()).toBe('Your project');

			const params = new URL(page.url()).searchParams;
			expect(params.get('ipg-first')).toBe('site:v=1&project_type=expand&sectors=maritime&lang=da');
			expect(params.get('ipg-second')).toBe(secondState);
			// Back in the first guide moves only the first guide.
			await page.goBack();
			await expect.poll(() => guideH1(page, 'first').textContent()).toBe('Jeres projekt');
			expect(await guideH1(page, 'second').textContent()).toBe('Your project');
			expect(new Set((await events(page)).map((e) => e.source))).toEqual(
				new Set(['first', 'second'])
			);
		});
	});
});

describe('the iframe embed', () => {
	const frameHeight = (page: Page) =>
		page
			.locator('#guide iframe')
			.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
	const contentHeight = async (page: Page) => {
		const frame = page.frameLocator('#guide iframe');
		return frame.locator('#app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	};

	it('has a title, sizes itself to its content as it grows and shrinks, and reports events to the host', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/demo/iframe.html`);
			const iframe = page.locator('#guide iframe');
			expect(await iframe.getAttribute('title')).toBe(
				'Industriparkguiden: find den rette industripark'
			);
			const frame = page.frameLocator('#guide iframe');
			await expect
				.poll(() => frame.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			// The frame's page is a document of its own: the guide is its main landmark.
			expect(await frame.getByRole('main').count()).toBe(1);
			await expect
				.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))))
				.toBeLessThanOrEqual(1);
			const startHeight = await frameHeight(page);

			// A long page (many options): the frame grows.
			await frame.getByRole('button', { name: UI.da.start }).click();
			await expect
				.poll(() => frame.getByRole('heading', { level: 1 }).textContent())
				.toBe('Jeres projekt');
			await expect.poll(() => frameHeight(page)).toBeGreaterThan(startHeight + 200);
			await expect
				.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))))
				.toBeLessThanOrEqual(1);
			const longHeight = await frameHeight(page);
			await axeScan(rec, 'iframe: a question page', '#guide');

			// A short page (back to the start): it shrinks again.
			await frame.getByRole('link', { name: UI.da.back }).click();
			await expect
				.poll(() => frame.getByRole('heading', { level: 1 }).textContent())
				.toBe(UI.da.startHeading);
			await expect.poll(() => frameHeight(page)).toBeLessThan(longHeight - 200);
			await expect
				.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))))
				.toBeLessThanOrEqual(1);

			expect((await events(page)).map((e) => `${e.name}:${e.step}`)).toEqual([
				'ipg-page-view:start',
				'ipg-start:project',
				'ipg-page-view:project',
				'ipg-page-view:start'
			]);
		});
	});

	it.each([
		{ width: 390, height: 844 },
		{ width: 1280, height: 800 }
	])(
		'shows what takes focus in the frame: a park card opened from the table ($width px)',
		async (viewport) => {
			await withPage(async ({ page }) => {
				await page.setViewportSize(viewport);
				// The demo page with a company's answers, as a host would embed a prefilled guide.
				const frame = await openIframeDemo(page, EXAMPLE_COMPANIES[0]!.query);
				await expect
					.poll(() => frame.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
					.toBe(UI.da.resultHeading);
				const open = frame.locator('.park-open').first();
				await open.scrollIntoViewIfNeeded();
				await open.click();
				// The card's heading has focus, and it is on the host's screen (the frame grows to hold the card; before,
				// the host page jumped to the frame's top and the heading stayed 1,200 px below the screen).
				const headingTop = async () => {
					const frameTop = await page
						.locator('#guide iframe')
						.evaluate((f) => f.getBoundingClientRect().top);
					const inFrame = await frame
						.locator(':focus')
						.evaluate((el) => (el.tagName === 'H3' ? el.getBoundingClientRect().top : NaN));
					return frameTop + inFrame;
				};
				await expect
					.poll(async () => {
						const top = await headingTop();
						return top >= 0 && top < viewport.height - 50;
					})
					.toBe(true);
			});
		}
	);

	it('takes a whole guide link as its prefill: the address and "#results" are not answers (review 25, B2)', async () => {
		const whole = `https://guide.example.dk/index.html?${COMPLETE}#results`;
		const prefilled = 'Svar fra linket er udfyldt på forhånd';
		const ignored = 'Noget i linket kunne ikke bruges';
		await withPage(async ({ page }) => {
			await page.goto(`${session.server.url}/demo/web-component.html`);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			await page.evaluate(
				(prefill) => document.querySelector('industripark-guide')!.setAttribute('prefill', prefill),
				whole
			);
			await expect.poll(() => guideH1(page).textContent()).toBe(UI.da.resultHeading);
			await expect.poll(() => guideEl(page).getByText(prefilled).count()).toBe(1);
			expect(await guideEl(page).getByText(ignored).count()).toBe(0);
		});
		await withPage(async ({ page }) => {
			const frame = await openIframeDemo(page, whole);
			await expect
				.poll(() => frame.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
				.toBe(UI.da.resultHeading);
			await expect.poll(() => frame.getByText(prefilled).count()).toBe(1);
			expect(await frame.getByText(ignored).count()).toBe(0);
		});
	});

	it('ignores messages from another origin and from another frame', async () => {
		// The guide from one origin, the host page from another, and a rogue frame from a third.
		const guideServer = await startServer({
			headers: {
				'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace(
					"frame-ancestors 'self'",
					'frame-ancestors http://127.0.0.1:*'
				)
			}
		});
		const rogueDir = mkdtempSync(join(tmpdir(), 'rogue-'));
		writeFileSync(
			join(rogueDir, 'index.html'),
			'<!doctype html><title>rogue</title><script src="rogue.js"></script>'
		);
		writeFileSync(
			join(rogueDir, 'rogue.js'),
			"setInterval(function () { parent.postMessage({ protocol: 'industripark-guide', version: 1, type: 'height', height: 4321 }, '*'); parent.postMessage({ protocol: 'industripark-guide', version: 1, type: 'event', event: { name: 'complete', step: 'results', link: 'https://evil.example/' } }, '*'); }, 50);"
		);
		const rogueServer = await startServer({
			root: rogueDir,
			headers: {
				'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace(
					"frame-ancestors 'self'",
					'frame-ancestors http://127.0.0.1:*'
				)
			}
		});
		const hostServer = await startServer({
			headers: {
				'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-src 'self' http://127.0.0.1:*`
			}
		});
		try {
			await withPage(
				async (rec) => {
					const { page } = rec;
					await page.goto(
						`${hostServer.url}/demo/iframe.html?guide=${encodeURIComponent(`${guideServer.url}/embed.html`)}`
					);
					const frame = page.frameLocator('#guide iframe');
					await expect
						.poll(() => frame.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
						.toBe(UI.da.startHeading);
					await expect
						.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))))
						.toBeLessThanOrEqual(1);
					const settled = await frameHeight(page);

					// Another frame (another origin) and the host window itself post well-formed messages.
					await page.evaluate((src) => {
						const rogue = document.createElement('iframe');
						rogue.src = src;
						rogue.title = 'rogue';
						document.body.append(rogue);
						window.postMessage(
							{ protocol: 'industripark-guide', version: 1, type: 'height', height: 5555 },
							'*'
						);
					}, `${rogueServer.url}/`);
					await page.waitForTimeout(600);
					expect(await frameHeight(page)).toBe(settled);
					expect((await events(page)).some((e) => e.name === 'ipg-complete')).toBe(false);

					// The real guide still gets through, cross-origin.
					await frame.getByRole('button', { name: UI.da.start }).click();
					await expect
						.poll(async () => (await events(page)).map((e) => e.name))
						.toContain('ipg-start');
				},
				[hostServer.host, guideServer.host, rogueServer.host]
			);
		} finally {
			await hostServer.close();
			await rogueServer.close();
			await guideServer.close();
		}
	});
});

describe('standalone page is unaffected by the embedding', () => {
	it('still sets its own title and language', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?lang=en`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.en.startHeading);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
			expect(await page.title()).toContain(UI.en.startHeading);
		});
	});
});

describe('hostile attribute values', () => {
	it('never run or render as markup, in any attribute of the web component', async () => {
		const { XSS_PAYLOADS } = await import('../fixtures/xss-payloads');
		const rec = await newPage(session.browser, { server: session.server });
		const dialogs: string[] = [];
		rec.page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		try {
			const { page } = rec;
			await page.goto(`${session.server.url}/demo/web-component.html`);
			await expect
				.poll(() => guideH1(page).textContent(), { timeout: 10_000 })
				.toBe(UI.da.startHeading);
			// Every attribute the element watches (read from the element, so a new one is covered too), but `id`, which
			// each test element gets below.
			const attributes = await page.evaluate(() =>
				(
					customElements.get('industripark-guide') as unknown as { observedAttributes: string[] }
				).observedAttributes.filter((name) => name !== 'id')
			);
			expect(attributes).toEqual(
				expect.arrayContaining(['lang', 'prefill', 'variant', 'state', 'param'])
			);
			// Every payload in every attribute at once, on a new element each time (and changed on the live one).
			await page.evaluate(
				({ payloads, names }) => {
					const live = document.querySelector('industripark-guide')!;
					for (const [i, payload] of payloads.entries()) {
						const el = document.createElement('industripark-guide');
						el.id = `hostile-${i}`;
						for (const name of names) el.setAttribute(name, payload);
						document.body.append(el);
						for (const name of names) live.setAttribute(name, payload);
					}
				},
				{ payloads: [...XSS_PAYLOADS], names: attributes }
			);
			// Every guide shows its start page, in Danish (the payload is no language), as text – on a slow machine after a while.
			await expect
				.poll(
					async () =>
						new Set(
							await page
								.locator('industripark-guide')
								.evaluateAll((els) =>
									els.map((el) => el.shadowRoot?.querySelector('h1')?.textContent ?? '(none)')
								)
						),
					{ timeout: 10_000 }
				)
				.toEqual(new Set([UI.da.startHeading]));
			const found = await page.evaluate(() => {
				const out: string[] = [];
				const roots: (Document | ShadowRoot)[] = [document];
				for (const host of Array.from(document.querySelectorAll('industripark-guide')))
					if (host.shadowRoot) roots.push(host.shadowRoot);
				for (const root of roots) {
					for (const el of Array.from(root.querySelectorAll('*'))) {
						for (const attr of Array.from(el.attributes)) {
							if (/^on/i.test(attr.name)) out.push(`${el.tagName} ${attr.name}`);
							if (
								['href', 'src', 'action'].includes(attr.name) &&
								/^\s*(javascript|data|vbscript):/i.test(attr.value)
							)
								out.push(`${el.tagName} ${attr.name}=${attr.value}`);
						}
					}
					for (const el of Array.from(
						root.querySelectorAll(
							'script:not([src]), iframe, object, embed, base, img[src="x"], svg[onload]'
						)
					))
						out.push(el.tagName);
				}
				return out;
			});
			expect(found).toEqual([]);
			expect(dialogs).toEqual([]);
			// The only console messages are the guide's own warnings about unusable attributes and, for base-url payloads
			// (a relative address is a valid base), the failed fetches of a stylesheet and fonts that are not there.
			const expected =
				/<industripark-guide>: |Failed to load resource: the server responded with a status of 40[04]|Refused to apply style from .* because its MIME type/;
			expect(rec.errors().filter((e) => !expected.test(e))).toEqual([]);
			expect(rec.errors().length).toBeGreaterThan(0);
			expect(rec.cspViolations()).toEqual([]);
			expect(rec.foreignRequests()).toEqual([]);
		} finally {
			await rec.close();
		}
	});
});
