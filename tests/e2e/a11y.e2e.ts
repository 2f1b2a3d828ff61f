/**
 * axe-core (WCAG 2.0/2.1 A + AA) on the states the journeys do not reach, in Danish and English:
 *  - the error state of every one of the 18 question pages (the conditional ones included), after "Næste" with
 *    nothing answered: error summary focused, the field marked, no violations;
 *  - the Danish page on work with critical raw materials (journey.e2e.ts answers "Nej" before it in Danish);
 *  - the check page and the result when nothing fits (all infrastructure a must, 10 ha);
 *  - the "Noget gik galt" page when the results page cannot be fetched;
 *  - the adviser page with a number it cannot use and a need ticked in both lists.
 * The clean question pages, the check page and the result with parks are checked by journey.e2e.ts; the empty
 * and filled adviser page by adviser.e2e.ts; link notices by links.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RecordedPage } from './harness';
import {
	ALL_PAGES,
	UI,
	activeElement,
	answerWithFirstOptions,
	clickButton,
	completeQuery,
	expectNextPage,
	expectNoAxeViolations,
	expectPage,
	h1Text,
	openCheckPage,
	openStart,
	stepText,
	submitQuestion,
	type Lang,
	useBrowser,
	localeOf
} from './guide';

const session = useBrowser();

const withPage = (lang: Lang, fn: (rec: RecordedPage) => Promise<void>, clean = true) =>
	session.withPage(fn, { locale: localeOf(lang), clean });

/** "Næste" with nothing answered: the error summary appears and has focus, the field is marked; then axe. */
async function checkErrorState(page: Page, lang: Lang, label: string): Promise<void> {
	await submitQuestion(page, lang);
	const alert = page.getByRole('alert');
	await alert.waitFor();
	expect(await alert.getByRole('heading', { level: 2 }).textContent()).toContain(
		UI[lang].errorSummary
	);
	expect((await activeElement(page)).inAlert, `focus is in the error summary on ${label}`).toBe(
		true
	);
	expect(
		await page.locator('main form .form-error').count(),
		`the field is marked as wrong on ${label}`
	).toBeGreaterThan(0);
	expect(await page.title()).toMatch(new RegExp(`^${UI[lang].errorPrefix} `));
	await expectNoAxeViolations(page, `${lang}: error state on ${label}`);
}

/**
 * From the first page to the check page with the first options (every follow-up shown and answered): on each page
 * the error state, and axe on the clean page for the page numbers in `cleanAxeOn`. The checklists of the needs and the
 * conditions pages cannot be wrong when empty (unticked is "not needed", "no"), so there the error is an item ticked
 * in both lists.
 */
async function walkWithErrors(
	page: Page,
	lang: Lang,
	cleanAxeOn: readonly number[]
): Promise<string[]> {
	const titles: string[] = [];
	let title = await h1Text(page);
	while (title !== UI[lang].resultHeading && titles.length <= ALL_PAGES) {
		titles.push(title);
		const n = titles.length;
		expect(await stepText(page)).toBe(UI[lang].step(n, ALL_PAGES));
		const label = `page ${n} "${title}"`;
		if (cleanAxeOn.includes(n)) await expectNoAxeViolations(page, `${lang}: ${label}`);
		// The checklists' pages: an item in both of its lists (the needs page's port, the conditions page's first).
		const pair = ['needs-must-port', 'needs-nice-port'];
		const conditionsPair = ['conditions-yes-env_demanding', 'conditions-dont_know-env_demanding'];
		let both: string[] = [];
		for (const ids of [pair, conditionsPair])
			if ((await page.locator(`label[for="${ids[0]}"]`).count()) === 1) both = ids;
		for (const id of both) await page.locator(`label[for="${id}"]`).click();
		await checkErrorState(page, lang, label);
		if (both[1]) await page.locator(`label[for="${both[1]}"]`).click();
		await answerWithFirstOptions(page);
		await submitQuestion(page, lang);
		title = await expectNextPage(page, title);
	}
	return titles;
}

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
	for (const lang of ['da', 'en'] as const) {
		it(`${lang}: every page's error state, the check page and the result for those answers`, async () => {
			await withPage(lang, async (rec) => {
				const { page } = rec;
				await openStart(rec, session.server.url, lang);
				await clickButton(page, UI[lang].start);
				await expectPage(page, await h1Text(page));
				// The pages with every follow-up shown (the journeys see them with fewer).
				const titles = await walkWithErrors(page, lang, [4, 5]);
				expect(titles, 'all 5 question pages were shown').toHaveLength(ALL_PAGES);
				expect(new Set(titles).size).toBe(ALL_PAGES);

				// The last page's "Se resultatet" leads straight to the result.
				await expectNoAxeViolations(
					page,
					`${lang}: result page for the first options (every infrastructure item a must)`
				);
				await openCheckPage(page, lang);
				await expectNoAxeViolations(page, `${lang}: check page with every question answered`);
				await clickButton(page, UI[lang].confirm);
				await expectPage(page, UI[lang].resultHeading);
			});
		});

		it(`${lang}: the message when the results page cannot be fetched`, async () => {
			// A complete link opens on the results; its code is refused, as on a lost connection.
			await withPage(
				lang,
				async (rec) => {
					const { page } = rec;
					await page.route(/\/assets\/ResultsPage-[^/?]*\.js(\?.*)?$/, (route) =>
						route.abort('internetdisconnected')
					);
					await page.goto(`${session.server.url}/?${completeQuery(lang)}#results`);
					const alert = page.getByRole('alert');
					await alert.waitFor({ timeout: 10_000 });
					// It offers to try again, and a way back (review 25, A2).
					expect(await alert.getByRole('button').allTextContents()).toEqual(
						lang === 'da'
							? ['Prøv igen', 'Gå et skridt tilbage']
							: ['Try again', 'Go back one step']
					);
					await expectNoAxeViolations(page, `${lang}: results page could not be fetched`);
				},
				false // the refused request is logged as a console error, on purpose
			);
		});

		it(`${lang}: the adviser page with a number it cannot use and a need ticked in both lists`, async () => {
			await withPage(lang, async (rec) => {
				const { page } = rec;
				await page.goto(`${session.server.url}/adviser.html${lang === 'en' ? '?lang=en' : ''}`);
				const form = page.locator('main form');
				await form.waitFor({ timeout: 10_000 });
				await form.locator('#land_ha-input').fill(lang === 'da' ? 'mange' : 'lots');
				for (const id of ['needs-leave', 'needs-must-port', 'needs-nice-port'])
					await form.locator(`label[for="${id}"]`).click();
				// The number field, and both needs lists (an item ticked in both marks both).
				await expect.poll(() => form.locator('.form-error').count()).toBe(3);
				await expectNoAxeViolations(page, `${lang}: adviser page with errors`);
			});
		});
	}
});
