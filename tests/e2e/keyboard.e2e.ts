/**
 * The guide with the keyboard only (Tab, Shift+Tab, Space, Enter, arrow keys; no mouse, no clicks from the test):
 * the skip link, the start page, all 5 question pages, the check page, the result, back to the check page, "Ret" on
 * one answer, the change and the result again.
 *  - On every new page the focus is on the new page heading (h1).
 *  - Every element that Tab reaches shows a visible focus indicator: an outline or box-shadow on the element or on
 *    its label (DKFDS draws a radio's or checkbox's ring on the label), that is there only while it has focus.
 *  - No keyboard trap: from the heading, Tab passes every control of the page and leaves the page, on the start
 *    page, a question, the check page and the result.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from './harness';
import { EXAMPLE_COMPANIES } from '../fixtures/example-companies';
import {
	ALL_PAGES,
	UI,
	checkPageAnswers,
	expectCleanRecorders,
	expectNextPage,
	expectPage,
	expectPageFocusedOn,
	h1Text,
	norm,
	stepText,
	useBrowser
} from './guide';

const session = useBrowser();

/** What has focus, and whether its focus indicator can be seen. */
interface Focus {
	/** Nothing in the page has focus (it is on <body> or has left the document). */
	none: boolean;
	tag: string;
	type: string;
	id: string;
	text: string;
	/** The landmark or section it sits in, e.g. "header", "main", "footer". */
	region: string;
	isSubmit: boolean;
	/** One input of its group (by name) is checked. */
	groupChecked: boolean;
	/** A box the walk leaves alone: "don't know" beside a number (no group), "nice to have", "not known yet". */
	leaveAlone: boolean;
	value: string;
	/** A ring (outline or box-shadow) is drawn on the element, its label or their ::before/::after, at least 4×4 px. */
	ring: boolean;
	/** The styles of the element and its labels differ between focused and not focused. */
	changesOnFocus: boolean;
	/** Its box is at least partly in the viewport. */
	inViewport: boolean;
	focusVisible: boolean;
}

/** Reads the focused element. To compare its look with and without focus it blurs and re-focuses it. */
function readFocus(page: Page): Promise<Focus> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		const none = !el || el === document.body || el === document.documentElement;
		const base = {
			none,
			tag: '',
			type: '',
			id: '',
			text: '',
			region: '',
			isSubmit: false,
			groupChecked: false,
			leaveAlone: false,
			value: '',
			ring: false,
			changesOnFocus: false,
			inViewport: false,
			focusVisible: false
		};
		if (none || !el) return base;
		const input = el instanceof HTMLInputElement ? el : null;
		const form = el.closest('form');
		const nodes: Element[] = [el, ...Array.from(input?.labels ?? [])];
		const props = [
			'outline-style',
			'outline-width',
			'outline-color',
			'box-shadow',
			'border-color',
			'background-color'
		];
		const signature = (): string =>
			nodes
				.flatMap((n) =>
					[null, '::before', '::after'].map((pseudo) => {
						const s = getComputedStyle(n, pseudo);
						return props.map((p) => s.getPropertyValue(p)).join(' ');
					})
				)
				.join(' | ');
		const hasRing = (): boolean =>
			nodes.some((n) => {
				const r = n.getBoundingClientRect();
				if (r.width < 4 || r.height < 4) return false;
				return [null, '::before', '::after'].some((pseudo) => {
					const s = getComputedStyle(n, pseudo);
					if (pseudo && (s.content === 'none' || s.content === 'normal')) return false; // no such pseudo-element
					const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
					return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
				});
			});
		const focused = signature();
		const ring = hasRing();
		el.blur();
		const blurred = signature();
		el.focus({ preventScroll: true });
		const rect = el.getBoundingClientRect();
		const labelRect = input?.labels?.[0]?.getBoundingClientRect();
		const box = rect.width >= 4 && rect.height >= 4 ? rect : (labelRect ?? rect);
		const inViewport =
			box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
		const region = el.closest(
			'header, main, footer, nav, aside, section, [role="region"], [role="alert"]'
		);
		const group =
			input?.type === 'radio'
				? Array.from(
						form?.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${input.name}"]`) ??
							[]
					)
				: Array.from(
						form?.querySelectorAll<HTMLInputElement>(
							`input[type="checkbox"][name="${input?.name}"]`
						) ?? []
					);
		return {
			...base,
			tag: el.tagName.toLowerCase(),
			type: input?.type ?? el.getAttribute('type') ?? '',
			id: el.id,
			text: (el.getAttribute('aria-label') ?? el.textContent ?? '')
				.replace(/\s+/g, ' ')
				.trim()
				.slice(0, 80),
			region: region ? region.tagName.toLowerCase() + (region.id ? `#${region.id}` : '') : '(none)',
			isSubmit: (el as HTMLButtonElement).type === 'submit' && el.tagName === 'BUTTON',
			groupChecked: group.some((i) => i.checked),
			// "Don't know" beside a number has no group; "nice to have" and "not known yet" would clash with a tick in
			// the first list on the same item.
			leaveAlone:
				!input?.name || input.name === 'needs-nice' || input.name === 'conditions-dont_know',
			value: input?.value ?? '',
			ring,
			changesOnFocus: focused !== blurred,
			inViewport,
			focusVisible: el.matches(':focus-visible') && document.activeElement === el
		};
	});
}

const describeFocus = (f: Focus): string =>
	`${f.tag}${f.id ? `#${f.id}` : ''}${f.type ? `[${f.type}]` : ''} "${f.text}" in ${f.region}`;

/** Every Tab stop must show where the focus is. */
function expectVisibleFocus(f: Focus, where: string): void {
	const what = `${describeFocus(f)} (${where})`;
	expect(f.none, `focus is on an element: ${where}`).toBe(false);
	expect(f.focusVisible, `:focus-visible on ${what}`).toBe(true);
	expect(f.ring, `a focus ring on ${what}`).toBe(true);
	expect(f.changesOnFocus, `the focus ring of ${what} is there only with focus`).toBe(true);
	expect(f.inViewport, `${what} is scrolled into view`).toBe(true);
}

async function tab(page: Page, where: string, shift = false): Promise<Focus> {
	await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
	const f = await readFocus(page);
	if (!f.none) expectVisibleFocus(f, where);
	return f;
}

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; fails after `max` presses. */
async function tabTo(
	page: Page,
	where: string,
	wanted: (f: Focus) => boolean,
	options: { shift?: boolean; max?: number } = {}
): Promise<Focus> {
	const seen: string[] = [];
	for (let i = 0; i < (options.max ?? 150); i++) {
		const f = await tab(page, where, options.shift);
		if (!f.none && wanted(f)) return f;
		seen.push(f.none ? '(nothing)' : describeFocus(f));
	}
	throw new Error(
		`${where}: Tab never reached the element; it went through:\n  ${seen.join('\n  ')}`
	);
}

/**
 * No keyboard trap: from the current focus, Tab goes through every control of the page and leaves the page (focus
 * on nothing) within as many presses as the page has tab stops. Every stop shows its focus. Returns the regions passed.
 */
async function expectNoTrap(page: Page, where: string): Promise<string[]> {
	const regions: string[] = [];
	const path: string[] = [];
	// The number of tab stops is counted again on every press: parts of a page that arrive later (the map on the
	// result) add stops. A trap still shows: the presses outrun the stops.
	for (let i = 0; i <= (await countTabStops(page)) + 2; i++) {
		const f = await tab(page, where);
		if (f.none) return regions; // left the page: no trap
		path.push(describeFocus(f));
		if (regions.at(-1) !== f.region) regions.push(f.region);
	}
	const stops = await countTabStops(page);
	throw new Error(
		`${where}: Tab did not leave the page after ${path.length} presses (${stops} tab stops); last stops:\n  ${path.slice(-12).join('\n  ')}`
	);
}

/** Visible, enabled elements that Tab can reach (a radio group counts once). */
function countTabStops(page: Page): Promise<number> {
	return page.evaluate(() => {
		const selector =
			'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const radioGroups = new Set<string>();
		let count = 0;
		for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
			if ((el as HTMLButtonElement).disabled || !el.checkVisibility({ visibilityProperty: true }))
				continue;
			if (el instanceof HTMLInputElement && el.type === 'radio') {
				const key = `${el.form?.id ?? ''}:${el.name}`;
				if (radioGroups.has(key)) continue;
				radioGroups.add(key);
			}
			count++;
		}
		return count;
	});
}

/** Answers the question page with the keyboard: Tab from the heading, Space (or an arrow key) / typing, Enter on "Næste". */
async function answerByKeyboard(page: Page, where: string, useArrowKey: boolean): Promise<void> {
	let f = await tab(page, where);
	for (let i = 0; i < 40; i++) {
		if (f.isSubmit) {
			await page.keyboard.press('Enter');
			return;
		}
		if (f.type === 'radio' && !f.groupChecked) {
			await page.keyboard.press(useArrowKey ? 'ArrowDown' : 'Space');
			const after = await readFocus(page);
			expect(
				after.groupChecked,
				`${where}: ${useArrowKey ? 'ArrowDown' : 'Space'} chose an option`
			).toBe(true);
			if (useArrowKey)
				expect(after.id, `${where}: ArrowDown moved to the next option`).not.toBe(f.id);
		} else if (f.type === 'checkbox' && !f.groupChecked && !f.leaveAlone) {
			await page.keyboard.press('Space');
			expect((await readFocus(page)).groupChecked, `${where}: Space ticked the box`).toBe(true);
		} else if (f.type === 'text' && f.value === '') {
			await page.keyboard.type('10');
		}
		f = await tab(page, where);
	}
	throw new Error(`${where}: never reached the submit button`);
}

describe('keyboard only', () => {
	it('Danish: skip link, start, 5 question pages, check page, result, back, "Ret", result – focus always visible', async () => {
		const rec = await newPage(session.browser, { server: session.server, locale: 'da-DK' });
		try {
			const { page } = rec;
			await page.goto(session.server.url + '/');
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.startHeading);

			// The first Tab stop is the skip link; it shows itself, and Enter moves on into the main content.
			const skip = await tab(page, 'start page');
			expect(skip.text).toBe('Gå til sidens indhold');
			await page.keyboard.press('Enter');
			const afterSkip = await tab(page, 'start page after the skip link');
			expect(afterSkip.region, 'the next Tab after the skip link is in the main content').toBe(
				'main#main-content'
			);
			expect(await h1Text(page)).toBe(UI.da.startHeading);

			await tabTo(page, 'start page', (f) => f.text === UI.da.start);
			await page.keyboard.press('Enter');

			let title = await expectNextPage(page, UI.da.startHeading);
			const titles: string[] = [];
			while (title !== UI.da.resultHeading && titles.length <= ALL_PAGES) {
				titles.push(title);
				const where = `page ${titles.length} "${title}"`;
				expect(await stepText(page)).toBe(UI.da.step(titles.length, ALL_PAGES));
				if (titles.length === 1) {
					// No trap on a question page, then back to its heading the keyboard way: Shift+Tab from the form.
					const regions = await expectNoTrap(page, where);
					expect(regions).toContain('main#main-content');
					await tabTo(page, where, (f) => f.type === 'radio');
					await tabTo(page, where, (f) => f.text === UI.da.back, { shift: true });
					await page.keyboard.press('Enter'); // "Tilbage" to the start page …
					await expectNextPage(page, title);
					await tabTo(page, 'start page', (f) => f.text === UI.da.start);
					await page.keyboard.press('Enter'); // … and "Start guiden" again.
					await expectPage(page, title);
				}
				// The first question is answered with an arrow key (moves to the second option and chooses it).
				await answerByKeyboard(page, where, titles.length === 1);
				title = await expectNextPage(page, title);
			}
			expect(titles, 'all 5 pages were asked').toHaveLength(ALL_PAGES);
			// The last page's "Se resultatet" (Enter above) led to the result.

			// The result: no trap; then (Tab starts again at the top of the page) "Tilbage" to the last page and its
			// "Se resultatet" back.
			const resultRegions = await expectNoTrap(page, 'result page');
			expect(resultRegions.length, 'Tab passes several sections of the result').toBeGreaterThan(2);
			await tabTo(page, 'result page', (f) => f.text === UI.da.back);
			await page.keyboard.press('Enter');
			await expectPage(page, UI.da.pages.company);
			await tabTo(page, 'last page', (f) => f.text === UI.da.confirm);
			await page.keyboard.press('Enter');
			await expectPage(page, UI.da.resultHeading);

			// "Ret jeres svar" opens the check page: no trap there.
			await tabTo(page, 'result page', (f) => f.text === UI.da.changeAnswers);
			await page.keyboard.press('Enter');
			await expectPage(page, UI.da.checkHeading);
			await expectNoTrap(page, 'check page');

			// "Ret" on the land answer, a new number, "Gem og gå til oversigten", and the check page shows it.
			await tabTo(page, 'check page', (f) => f.text === UI.da.change('Areal'));
			await page.keyboard.press('Enter');
			// The page that asks it opens with focus on the land field, which shows its focus.
			await expectPageFocusedOn(page, 'Jord, sted og tidspunkt', page.locator('#land_ha-input'));
			const field = await readFocus(page);
			expectVisibleFocus(field, 'changing the land');
			expect(field.type).toBe('text');
			expect(field.value).toBe('10');
			await page.keyboard.press('Control+A');
			await page.keyboard.type('40');
			await tabTo(page, 'changing the land', (f) => f.text === UI.da.saveAndCheck);
			await page.keyboard.press('Enter');
			// Back on the check page with focus on the same "Ret", the new answer beside it.
			await expectPageFocusedOn(
				page,
				UI.da.checkHeading,
				page.getByRole('button', { name: UI.da.change('Areal'), exact: true })
			);
			expectVisibleFocus(await readFocus(page), 'check page, back from "Ret"');
			expect((await checkPageAnswers(page))['Areal']).toBe('40 hektar');

			await tabTo(page, 'check page', (f) => f.text === UI.da.confirm);
			await page.keyboard.press('Enter');
			await expectPage(page, UI.da.resultHeading);
			// The best park's card, opened with Enter from the brief, explains the new area.
			await tabTo(page, 'result page', (f) => f.text.startsWith('Se alt om '));
			await page.keyboard.press('Enter');
			await expect.poll(() => page.getByRole('article').count()).toBe(1);
			expect(norm(await page.getByRole('article').textContent())).toContain('I skal bruge 40 ha.');
			expectCleanRecorders(rec);
		} finally {
			await rec.close();
		}
	});

	it('"Ret" on an answer far down a long group (a phone): the field that gets focus is on screen', async () => {
		// The PtX company: net zero applies, so the technologies are shown between the conditions' items.
		const ptx = EXAMPLE_COMPANIES.find((c) => c.id === 'ptx-plant')!;
		await session.withPage(
			async ({ page }) => {
				await page.goto(`${session.server.url}/?${ptx.query}#check`);
				await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.checkHeading);
				await page
					.getByRole('button', { name: UI.da.change('Kritiske råstoffer'), exact: true })
					.click();
				const field = page.locator('#conditions-yes-critical_raw_materials');
				await expectPageFocusedOn(page, 'Hvad gælder for produktionen?', field);
				const box = await field.boundingBox();
				expect(box, 'the field is drawn').not.toBeNull();
				expect(box!.y).toBeGreaterThanOrEqual(0);
				expect(box!.y + box!.height).toBeLessThanOrEqual(844);
			},
			{ viewport: { width: 390, height: 844 } }
		);
	});

	it('no trap on the start page: Tab goes from the top through the header, main and footer and leaves the page', async () => {
		const rec = await newPage(session.browser, { server: session.server, locale: 'da-DK' });
		try {
			const { page } = rec;
			await page.goto(session.server.url + '/');
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.startHeading);
			const regions = await expectNoTrap(page, 'start page');
			expect(regions).toEqual(expect.arrayContaining(['header', 'main#main-content', 'footer']));
			expectCleanRecorders(rec);
		} finally {
			await rec.close();
		}
	});
});
