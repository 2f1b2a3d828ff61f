/**
 * Reflow (WCAG 1.4.10) and resize text (1.4.4), in Danish and English: no horizontal scrolling and nothing cut off
 *  - at 320 CSS px wide (a 320×640 viewport: WCAG's own 1280 px at 400 % zoom), and
 *  - at 1280 px and 200 % browser zoom. Browser zoom does not magnify a picture of the page: it makes the CSS pixel
 *    twice as large, so the page is laid out in a 640 CSS px wide viewport with devicePixelRatio 2 – media queries,
 *    wrapping and font sizes all see 640 px. That is emulated exactly with a 640×450 viewport and, over the DevTools
 *    protocol, Emulation.setDeviceMetricsOverride with deviceScaleFactor 2. (Emulation.setPageScaleFactor would be
 *    pinch-zoom instead: the layout stays 1280 px wide and only the visual viewport is magnified, which is not what
 *    a user who zooms gets.)
 *
 * Pages: the start page, a question page (the needs checklists, opened with a prefilled link, so its notice
 * shows too), its error state, the check page, the result (a complete link, every park's table opened), the
 * adviser page (with a link's answers and its QR code) and the accessibility statement.
 *
 * On each: the document is no wider than the viewport, no element sticks out to the right (or is cut at the
 * left), and no element with overflow hidden cuts off its content. Content inside a container that scrolls on
 * purpose (DKFDS `.table--responsive-scroll`) and a map (`.leaflet-container`, two-dimensional content that WCAG
 * 1.4.10 exempts) are not counted; visually hidden texts (1×1 px, clipped) neither.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, type RecordedPage } from './harness';
import {
	UI,
	completeQuery,
	expectCleanRecorders,
	h1Text,
	submitQuestion,
	type Lang,
	useBrowser,
	openAllDisclosures
} from './guide';

const session = useBrowser();

interface ReflowReport {
	clientWidth: number;
	scrollWidth: number;
	devicePixelRatio: number;
	/** Elements whose box sticks out of the viewport on the right (or starts left of it while still showing). */
	outside: string[];
	/** Elements that hide (overflow hidden/clip) content wider than themselves. */
	cutOff: string[];
}

/** Measures the page as laid out now. */
function measure(page: Page): Promise<ReflowReport> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const outside: string[] = [];
		const cutOff: string[] = [];
		const describe = (el: Element, r: DOMRect): string => {
			const cls =
				typeof el.className === 'string' && el.className
					? `.${el.className.trim().split(/\s+/).join('.')}`
					: '';
			const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} [${Math.round(r.left)}–${Math.round(r.right)} of ${width}] "${text}"`;
		};
		const isHidden = (s: CSSStyleDeclaration, r: DOMRect): boolean =>
			(r.width <= 1 && r.height <= 1) || s.clip !== 'auto' || s.clipPath !== 'none';
		const visit = (el: Element): void => {
			const s = getComputedStyle(el);
			if (s.display === 'none') return;
			const r = el.getBoundingClientRect();
			if (isHidden(s, r)) return; // visually hidden: its content is meant to be clipped
			if (el.matches('.leaflet-container')) return; // a map: two-dimensional content, exempt
			if (s.visibility !== 'hidden' && r.width > 0 && r.height > 0) {
				if (r.right > width + 0.5 || (r.left < -0.5 && r.right > 0)) outside.push(describe(el, r));
			}
			const scrolls = s.overflowX === 'auto' || s.overflowX === 'scroll';
			if (
				(s.overflowX === 'hidden' || s.overflowX === 'clip') &&
				el.scrollWidth > el.clientWidth + 1 &&
				r.width > 1
			) {
				cutOff.push(`${describe(el, r)} hides ${el.scrollWidth - el.clientWidth} px`);
			}
			if (scrolls && el !== document.documentElement && el !== document.body) return; // scrolls on purpose
			for (const child of Array.from(el.children)) visit(child);
		};
		visit(document.body);
		return {
			clientWidth: width,
			scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
			devicePixelRatio: window.devicePixelRatio,
			outside,
			cutOff
		};
	});
}

interface Mode {
	name: string;
	viewport: { width: number; height: number };
	deviceScaleFactor: number;
}

const MODES: readonly Mode[] = [
	{ name: '320 CSS px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
	{ name: '1280 px at 200 % zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }
];

async function open(mode: Mode, lang: Lang): Promise<RecordedPage> {
	const rec = await newPage(session.browser, {
		server: session.server,
		viewport: mode.viewport,
		locale: lang === 'da' ? 'da-DK' : 'en-GB'
	});
	if (mode.deviceScaleFactor !== 1) {
		const cdp = await rec.context.newCDPSession(rec.page);
		await cdp.send('Emulation.setDeviceMetricsOverride', {
			width: mode.viewport.width,
			height: mode.viewport.height,
			deviceScaleFactor: mode.deviceScaleFactor,
			mobile: false
		});
	}
	return rec;
}

async function expectReflow(page: Page, mode: Mode, label: string): Promise<void> {
	// Let late layout settle (fonts, lazily loaded parts).
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	const report = await measure(page);
	const where = `${label} at ${mode.name}`;
	expect(report.devicePixelRatio, `devicePixelRatio on ${where}`).toBe(mode.deviceScaleFactor);
	expect(report.clientWidth, `viewport width on ${where}`).toBe(mode.viewport.width);
	expect(report.outside, `elements sticking out of the viewport on ${where}`).toEqual([]);
	expect(report.cutOff, `content cut off on ${where}`).toEqual([]);
	expect(report.scrollWidth, `no horizontal scrolling on ${where}`).toBeLessThanOrEqual(
		report.clientWidth
	);
}

const PREFILLED =
	'v=1&project_type=new_plant&sectors=wind_offshore,hydrogen_ptx&land_ha=10&land_phasing=no' +
	'&regions=no_preference&start_time=in_2_5y';

describe('reflow', () => {
	for (const mode of MODES) {
		for (const lang of ['da', 'en'] as const) {
			it(`${lang} at ${mode.name}: start, question, error, check, result, adviser and statement pages`, async () => {
				const rec = await open(mode, lang);
				try {
					const { page } = rec;
					const langQuery = lang === 'en' ? '?lang=en' : '';
					await page.goto(`${session.server.url}/${langQuery}`);
					await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI[lang].startHeading);
					await expectReflow(page, mode, `${lang} start page`);

					// The old slug of the infrastructure question opens the needs page (its two checklists).
					await page.goto(`${session.server.url}/?${PREFILLED}&lang=${lang}#infrastructure`);
					const checklist = page.locator('main form input[type="checkbox"][name^="needs-"]');
					await expect.poll(() => checklist.count(), { timeout: 10_000 }).toBe(20);
					await expectReflow(page, mode, `${lang} needs page with the prefilled-link notice`);
					// An item ticked as a must and as nice to have is an error.
					await page.locator('label[for="needs-must-port"]').click();
					await page.locator('label[for="needs-nice-port"]').click();
					await submitQuestion(page, lang);
					await page.getByRole('alert').waitFor();
					await expectReflow(page, mode, `${lang} needs page, error state`);

					await page.goto(`${session.server.url}/?${completeQuery(lang)}#check`);
					await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI[lang].checkHeading);
					await expectReflow(page, mode, `${lang} check page`);

					await page.goto(`${session.server.url}/?${completeQuery(lang)}#results`);
					await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI[lang].resultHeading);
					await openAllDisclosures(page);
					await expectReflow(page, mode, `${lang} result page, every disclosure open`);

					await page.goto(`${session.server.url}/adviser.html?${completeQuery(lang)}`);
					await page.locator('main form').waitFor({ timeout: 10_000 });
					await page
						.getByRole('button', { name: lang === 'da' ? 'Vis QR-kode' : 'Show QR code' })
						.click();
					await page.locator('main svg').first().waitFor();
					await expectReflow(page, mode, `${lang} adviser page with a link and its QR code`);

					await page.goto(`${session.server.url}/tilgaengelighed.html${langQuery}`);
					await page.locator('main h1').waitFor({ timeout: 10_000 });
					await expectReflow(page, mode, `${lang} accessibility statement`);
					expectCleanRecorders(rec);
				} finally {
					await rec.close();
				}
			});
		}
	}
});
