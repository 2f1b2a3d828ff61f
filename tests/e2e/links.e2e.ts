/**
 * Links that carry answers, as a company meets them in Chromium: a prefilled link, a complete link, the
 * browser's back/forward and reload, switching language, a link or bookmark naming a step in its hash (the page
 * slugs, and the question slugs from before the questions were grouped into pages), and a list of malformed links
 * that must each show a notice and never break the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import {
	UI,
	answerQuestion,
	clickButton,
	clickLink,
	expectNoAxeViolations,
	expectPage,
	h1Text,
	norm,
	stepText,
	useBrowser,
	type Answer
} from './guide';
import { encodeAnswers, MAX_QUERY_LENGTH } from '../../src/domain/url-codec';
import { answers } from '../builders/answers';

const session = useBrowser();

const withPage = session.withPage;

const PREFILLED = 'Svar fra linket er udfyldt på forhånd';
const IGNORED = 'Noget i linket kunne ikke bruges';
const hashOf = (url: string) => new URL(url).hash;
const paramsOf = (url: string) => new URL(url).searchParams;

/** The five page titles (Danish), by page id. */
const PAGE = UI.da.pages;

const Q = {
	projectType: 'Hvad handler jeres projekt om?',
	sectors: 'Hvad skal I producere?',
	land: 'Hvor meget jord har projektet brug for?',
	phasing: 'Kan projektet deles op i etaper?',
	regions: 'Hvor i Danmark vil I helst ligge?',
	start: 'Hvornår skal produktionen starte?'
} as const;

/** The rest of the "Jord, sted og tidspunkt" page, after the land. */
const REST_OF_SITE: readonly Answer[] = [
	{ q: Q.phasing, choose: 'Nej' },
	{ q: Q.regions, choose: 'Vi har ingen præference' },
	{ q: Q.start, choose: 'Om 2–5 år' }
];

/** The answers of the first two pages (project and site) as link parameters: the early result can be seen. */
const FIRST_TWO_PAGES =
	'v=1&project_type=expand&sectors=maritime&land_ha=10&land_phasing=no&regions=no_preference&start_time=later';

/**
 * Opens the address as a new visit (a bookmark, a pasted link): a real load, not a change of the hash in the
 * page already open. Waits for the heading `title`.
 */
async function openFresh(page: Page, address: string, title: string): Promise<void> {
	await page.goto('about:blank');
	await page.goto(`${session.server.url}/${address}`);
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(title);
}

/** A choice, scoped to the question (the pages ask several questions, some with the same options). */
const choice = (page: Page, question: string, label: string) =>
	page
		.locator('main form')
		.getByRole('group', { name: question, exact: true })
		.getByLabel(label, { exact: true });

describe('a prefilled link', () => {
	it('opens on the first page with an unanswered question with a notice; the prefilled answers are shown and changeable', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(
				`${session.server.url}/?v=1&project_type=expand&sectors=biosolutions,food_tech&land_ha=2.5`
			);
			// The first page is answered; the second is only partly answered, so the link opens there.
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(PAGE.site);
			expect(await stepText(page)).toBe(UI.da.step(2, 5));
			await expect.poll(() => page.getByText(PREFILLED).count()).toBe(1);
			// The start page was skipped: the notice says what the guide is for, and that nothing is sent.
			const notice = norm(
				await page.getByRole('status').filter({ hasText: PREFILLED }).textContent()
			);
			expect(notice).toContain(
				'Svar på resten, så viser guiden, hvilke af de 11 statslige industriparker'
			);
			expect(notice).toContain('Svarene bliver ikke sendt nogen steder.');
			// What the link filled in is listed, as the check page would say it, one click away.
			await page.getByText('Se de 3 svar, linket har udfyldt').click();
			// The list is drawn when the disclosure is first opened: wait for it.
			const listed = async () =>
				norm(await page.getByRole('status').filter({ hasText: PREFILLED }).textContent());
			await expect.poll(listed).toContain('Areal: 2,5 hektar');
			const given = await listed();
			// Labels joined with "; ": a label may hold "og" itself (copy review 24).
			expect(given).toMatch(/Branche og produkter: [^;]+; .+/);
			expect(hashOf(page.url())).toBe('#site');
			// The prefilled land answer is in its field, in Danish notation; the other questions on the page are open.
			const land = page.getByRole('textbox', { name: Q.land, exact: true });
			expect(await land.inputValue()).toBe('2,5');
			// Every park has 2,5 ha: phasing is not asked.
			expect(await page.locator('main form').getByRole('group', { name: Q.phasing }).count()).toBe(
				0
			);
			await expectNoAxeViolations(
				page,
				'prefilled link: the first page with an unanswered question, with the notice'
			);

			// Back: the prefilled answers of the first page are shown.
			await clickLink(page, UI.da.back);
			await expectPage(page, PAGE.project);
			expect(
				await choice(page, Q.projectType, 'Vi vil udvide et eksisterende anlæg').isChecked()
			).toBe(true);
			expect(await choice(page, Q.sectors, 'Biosolutions').isChecked()).toBe(true);
			expect(await choice(page, Q.sectors, 'Teknologi til fødevareindustrien').isChecked()).toBe(
				true
			);
			// The notice belongs to the page the link opened on.
			expect(await page.getByText(PREFILLED).count()).toBe(0);

			// They can be changed: a prefilled choice, then the prefilled land.
			await answerQuestion(page, {
				q: Q.projectType,
				choose: 'Vi vil omdanne et eksisterende anlæg'
			});
			await expectPage(page, PAGE.site);
			expect(paramsOf(page.url()).get('project_type')).toBe('convert');
			expect(paramsOf(page.url()).get('sectors')).toBe('biosolutions,food_tech');
			await answerQuestion(page, [{ q: Q.land, type: '60' }, ...REST_OF_SITE]);
			await expectPage(page, PAGE.needs);
			expect(paramsOf(page.url()).get('land_ha')).toBe('60');
			expect(paramsOf(page.url()).get('land_phasing')).toBe('no');
		});
	});

	it('opens a complete link on the results', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?${encodeAnswers(answers({ land_ha: 40 }), 'da')}`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			expect(hashOf(page.url())).toBe('#results');
			// Nothing is left to answer: no "first result" note.
			expect(await page.getByRole('note', { name: 'Et første resultat' }).count()).toBe(0);
			await expectNoAxeViolations(page, 'complete link: results');
		});
	});

	it('draws a link to a result in one go: no frame shows the guide\'s "Henter …" status or an empty page first, and nothing on the page moves', async () => {
		await withPage(async ({ page }) => {
			await page.addInitScript(() => {
				const seen = { shift: 0, loadingBeforeResult: false, blank: false };
				Object.assign(window, { seen });
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						seen.shift += (entry as PerformanceEntry & { value: number }).value;
				}).observe({ type: 'layout-shift', buffered: true });
				// Just before each frame is painted: is the loading status on screen without the result?
				const frame = () => {
					if (!document.querySelector('h1') && document.querySelector('#app [role="status"]'))
						seen.loadingBeforeResult = true;
					// index.html's "Henter guiden …" until the guide is drawn in the same task (code review 24).
					const app = document.querySelector<HTMLElement>('#app');
					if (app && document.body && app.innerText.trim() === '') seen.blank = true;
					if (!document.querySelector('h1')) requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			});
			await page.goto(
				`${session.server.url}/?${encodeAnswers(answers({ land_ha: 40 }), 'da')}#results`
			);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			await page.waitForTimeout(500);
			const seen = await page.evaluate(
				() =>
					(
						window as unknown as {
							seen: { shift: number; loadingBeforeResult: boolean; blank: boolean };
						}
					).seen
			);
			expect(seen.loadingBeforeResult, '"Henter …" before the result').toBe(false);
			expect(seen.blank, 'a frame with nothing in the page').toBe(false);
			expect(await page.locator('.app-loading').count(), 'the loading text, gone').toBe(0);
			expect(seen.shift, 'layout shift (CLS)').toBeLessThan(0.01);
		});
	});

	it('on a very slow connection, a link to a result is not left blank: "Henter …" within seconds, then the result', async () => {
		await withPage(async ({ page }) => {
			// The result's page takes 6 s to arrive; the guide waits for it at most 1.5 s (src/main.ts).
			await page.route(/\/assets\/ResultsPage-[^/?]*\.js(\?.*)?$/, async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 6000));
				await route.continue();
			});
			await page.goto(
				`${session.server.url}/?${encodeAnswers(answers({ land_ha: 40 }), 'da')}#results`,
				{ waitUntil: 'domcontentloaded' }
			);
			await page
				.getByRole('status')
				.filter({ hasText: 'Henter' })
				.first()
				.waitFor({ timeout: 4500 });
			expect(await page.locator('h1').count(), 'no result yet').toBe(0);
			await expect.poll(() => h1Text(page), { timeout: 15_000 }).toBe(UI.da.resultHeading);
		});
	});

	it("is not left blank while the guide's code has not arrived, or if it never does: it says so and offers a reload (review 24)", async () => {
		await withPage(
			async (rec) => {
				const { page } = rec;
				await page.route(/\/assets\/main-[^/?]*\.js(\?.*)?$/, (route) => route.abort());
				await page.goto(`${session.server.url}/?${encodeAnswers(answers(), 'da')}#results`, {
					waitUntil: 'domcontentloaded'
				});
				await expect.poll(() => page.locator('#app').innerText()).toContain('Henter guiden');
				expect(await page.getByRole('link', { name: 'genindlæs siden' }).count()).toBe(1);
				expect(await page.getByRole('link', { name: 'reload the page' }).count()).toBe(1);
				// The one error is the script that was held back on purpose; nothing else goes wrong.
				expect(rec.errors().filter((e) => !/main-[^/]*\.js|ERR_FAILED/.test(e))).toEqual([]);
				expect(rec.cspViolations()).toEqual([]);
			},
			{ clean: false }
		);
	});

	it.each([
		['adviser.html', 'Henter rådgiversiden', 'Lav et link til en virksomhed'],
		['tilgaengelighed.html', 'Henter siden', 'Tilgængelighedserklæring for Industriparkguiden']
	])(
		'%s is not left blank if its code never arrives: after a second it says so and offers a reload; drawn in time, the text never shows',
		async (file, loading, heading) => {
			await withPage(
				async (rec) => {
					const { page } = rec;
					await page.route(/\/assets\/main-[^/?]*\.js(\?.*)?$/, (route) => route.abort());
					await page.goto(`${session.server.url}/${file}`, { waitUntil: 'domcontentloaded' });
					// innerText leaves out hidden text: the text is there, and not shown, until the second has passed.
					expect(await page.locator('#app').innerText()).not.toContain(loading);
					await expect.poll(() => page.locator('#app').innerText()).toContain(loading);
					expect(await page.getByRole('link', { name: 'genindlæs siden' }).count()).toBe(1);
					expect(await page.getByRole('link', { name: 'reload the page' }).count()).toBe(1);
					expect(rec.errors().filter((e) => !/main-[^/]*\.js|ERR_FAILED/.test(e))).toEqual([]);
					expect(rec.cspViolations()).toEqual([]);
				},
				{ clean: false }
			);
			await withPage(async ({ page }) => {
				await page.goto(`${session.server.url}/${file}`);
				await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(heading);
				expect(await page.locator('.app-loading').count(), 'the loading text, gone').toBe(0);
			});
		}
	);

	it('honours the step in the hash on reload, but never skips ahead of an unanswered question', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			const open = (query: string, hash: string, title: string) =>
				openFresh(page, `?${query}${hash}`, title);
			// The sectors are unanswered: neither the results nor a later page opens, but the first page.
			await open('v=1&project_type=expand', '#results', PAGE.project);
			expect(hashOf(page.url())).toBe('#project');
			await open('v=1&project_type=expand', '#site', PAGE.project);
			await open('v=1&project_type=expand', '#project', PAGE.project);
			expect(
				await choice(page, Q.projectType, 'Vi vil udvide et eksisterende anlæg').isChecked()
			).toBe(true);
			// A page whose earlier pages are answered opens.
			await open('v=1&project_type=expand&sectors=maritime', '#site', PAGE.site);
			await open('v=1&project_type=expand&sectors=maritime', '#company', PAGE.site);
			expect(hashOf(page.url())).toBe('#site');
		});
	});

	it('a question slug from before the grouping (a bookmark, an old link) opens the page that asks that question', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			const open = (query: string, hash: string, title: string) =>
				openFresh(page, `?${query}${hash}`, title);
			await open('v=1&project_type=expand', '#project-type', PAGE.project);
			expect(
				await choice(page, Q.projectType, 'Vi vil udvide et eksisterende anlæg').isChecked()
			).toBe(true);
			await open('v=1&project_type=expand', '#sectors', PAGE.project);
			expect(hashOf(page.url())).toBe('#project');
			await open('v=1&project_type=expand&sectors=maritime', '#land-ha', PAGE.site);
			expect(hashOf(page.url())).toBe('#site');
			await open('v=1&project_type=expand&sectors=maritime', '#start-time', PAGE.site);
			// A later question is still not skipped to while an earlier page is open.
			await open('v=1&project_type=expand&sectors=maritime', '#investment-mdkk', PAGE.site);
			// Once the first two pages are answered (the result can be seen), every page is one link away.
			await open(FIRST_TWO_PAGES, '#investment-mdkk', PAGE.company);
			expect(hashOf(page.url())).toBe('#company');
			await open(FIRST_TWO_PAGES, '#net-zero-tech', PAGE.conditions);
			await open(FIRST_TWO_PAGES, '#workforce', PAGE.needs);
			// Phasing is asked for more land than a park has.
			await open(FIRST_TWO_PAGES.replace('land_ha=10', 'land_ha=80'), '#land-phasing', PAGE.site);
			expect(await choice(page, Q.phasing, 'Nej').isChecked()).toBe(true);
		});
	});

	it('a link with the first two pages answered opens the early result with the pages left', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?${FIRST_TWO_PAGES}#results`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			expect(hashOf(page.url())).toBe('#results');
			const note = page.getByRole('note', { name: 'Et første resultat' });
			expect(await note.getByRole('button').allTextContents()).toEqual([
				PAGE.needs,
				PAGE.conditions,
				PAGE.company
			]);
			// Without a step in the hash it opens where the user can carry on: the first page with open questions.
			await page.goto(`${session.server.url}/?${FIRST_TWO_PAGES}`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(PAGE.needs);
			expect(hashOf(page.url())).toBe('#needs');
		});
	});
});

describe('the browser and the address bar', () => {
	it('back/forward move between pages, reload keeps the page and answers, errors add no history', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/`);
			await clickButton(page, UI.da.start);
			await expectPage(page, PAGE.project);
			expect(hashOf(page.url())).toBe('#project');
			const lengthAtFirst = await page.evaluate(() => history.length);
			// A failed submit stays on the page and adds no history entry, also when only part of the page is answered.
			await clickButton(page, UI.da.next);
			await answerQuestion(page, {
				q: Q.projectType,
				choose: 'Vi vil bygge et nyt produktionsanlæg'
			});
			await expect
				.poll(() => page.getByRole('alert').textContent())
				.toContain('Vælg mindst én branche');
			expect(await h1Text(page)).toBe(PAGE.project);
			expect(await page.evaluate(() => history.length)).toBe(lengthAtFirst);

			await answerQuestion(page, { q: Q.sectors, choose: 'Maritim produktion' });
			await expectPage(page, PAGE.site);
			expect(hashOf(page.url())).toBe('#site');
			expect(paramsOf(page.url()).get('project_type')).toBe('new_plant');
			expect(paramsOf(page.url()).get('sectors')).toBe('maritime');
			await answerQuestion(page, [{ q: Q.land, type: '120' }, ...REST_OF_SITE]);
			await expectPage(page, PAGE.needs);
			expect(hashOf(page.url())).toBe('#needs');
			expect(paramsOf(page.url()).get('land_ha')).toBe('120');

			await page.goBack();
			await expect.poll(() => h1Text(page)).toBe(PAGE.site);
			expect(hashOf(page.url())).toBe('#site');
			expect(await page.getByRole('textbox', { name: Q.land, exact: true }).inputValue()).toBe(
				'120'
			);
			expect(await choice(page, Q.start, 'Om 2–5 år').isChecked()).toBe(true);
			await page.goBack();
			await expect.poll(() => h1Text(page)).toBe(PAGE.project);
			expect(await choice(page, Q.sectors, 'Maritim produktion').isChecked()).toBe(true);
			await page.goForward();
			await expect.poll(() => h1Text(page)).toBe(PAGE.site);

			await page.reload();
			await expect.poll(() => h1Text(page)).toBe(PAGE.site);
			expect(await page.getByRole('textbox', { name: Q.land, exact: true }).inputValue()).toBe(
				'120'
			);
			expect(await choice(page, Q.phasing, 'Nej').isChecked()).toBe(true);
			expect(paramsOf(page.url()).get('project_type')).toBe('new_plant');
		});
	});

	it("the browser's back and forward keep what was typed and ticked on a page and not sent", async () => {
		await withPage(async ({ page }) => {
			await openFresh(page, '?v=1&project_type=expand&sectors=maritime#project', PAGE.project);
			await page.getByRole('button', { name: 'Næste', exact: true }).click();
			await expectPage(page, PAGE.site);
			const land = page.getByRole('textbox', { name: Q.land, exact: true });
			await land.fill('12');
			await choice(page, Q.regions, 'Region Syddanmark').check();
			await page.goBack();
			await expect.poll(() => h1Text(page)).toBe(PAGE.project);
			await page.goForward();
			await expect.poll(() => h1Text(page)).toBe(PAGE.site);
			expect(await land.inputValue()).toBe('12');
			expect(await choice(page, Q.regions, 'Region Syddanmark').isChecked()).toBe(true);
			// Kept, not sent: the address has no answer for them yet.
			expect(paramsOf(page.url()).get('land_ha')).toBeNull();
		});
	});

	it('back from a page left at its foot shows the page from its heading, which has focus', async () => {
		await withPage(
			async ({ page }) => {
				// The first two pages answered: the site page, left with "Se resultatet nu" at its foot on a phone.
				await openFresh(page, `?${FIRST_TWO_PAGES}#site`, PAGE.site);
				const resultNow = page.getByRole('button', { name: 'Se resultatet nu', exact: true });
				await resultNow.scrollIntoViewIfNeeded();
				expect(await page.evaluate(() => scrollY), 'scrolled down to the button').toBeGreaterThan(
					200
				);
				await resultNow.click();
				await expectPage(page, UI.da.resultHeading);
				await page.goBack();
				await expectPage(page, PAGE.site);
				// Past any scroll the browser itself might restore.
				await page.waitForTimeout(300);
				const heading = await page.evaluate(() => {
					const h1 = document.querySelector('h1')!;
					return {
						top: h1.getBoundingClientRect().top,
						focused: document.activeElement === h1
					};
				});
				expect(heading.focused, 'focus on the heading').toBe(true);
				expect(heading.top, 'the heading in view').toBeGreaterThanOrEqual(0);
				expect(heading.top).toBeLessThan(844);
			},
			{ viewport: { width: 390, height: 844 } }
		);
	});

	it('switching language keeps the answers and the page, and the link says the new language', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?v=1&project_type=convert&sectors=maritime`);
			// Opening a page does not move focus (only moving between pages does), so check the heading text.
			await expect.poll(() => h1Text(page)).toBe(PAGE.site);
			await clickButton(page, UI.da.switchLanguage);
			await expect.poll(() => h1Text(page)).toBe('Land, place and timing');
			await expect.poll(() => paramsOf(page.url()).get('lang')).toBe('en');
			expect(hashOf(page.url())).toBe('#site');
			expect(await stepText(page)).toBe(UI.en.step(2, 5));
			expect(paramsOf(page.url()).get('project_type')).toBe('convert');
			await page.reload();
			await expect.poll(() => h1Text(page)).toBe('Land, place and timing');
			await clickLink(page, UI.en.back);
			await expect.poll(() => h1Text(page)).toBe('Your project');
			expect(await choice(page, 'What will you produce?', 'Maritime production').isChecked()).toBe(
				true
			);
			expect(
				await choice(
					page,
					'What is your project about?',
					'We want to convert an existing plant'
				).isChecked()
			).toBe(true);
		});
	});
});

describe('answers that no longer apply', () => {
	it("are not written to the address or the result's link, so a reload shows no notice at all", async () => {
		await withPage(async ({ page }) => {
			// An old link: net-zero technology answered although net zero is "no" (it does not apply).
			const query = encodeAnswers(answers({ net_zero: 'no', net_zero_tech: ['wind'] }), 'da');
			expect(query).toContain('net_zero_tech=wind');
			await page.goto(`${session.server.url}/?${query}#results`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			// The link's own notice says what did not count …
			await expect.poll(() => page.getByText(IGNORED).count()).toBe(1);
			expect(await page.getByText(PREFILLED).count(), 'a link says its answers are prefilled').toBe(
				1
			);
			// … and the guide's address holds only the answers that count.
			await expect.poll(() => paramsOf(page.url()).has('net_zero_tech')).toBe(false);
			expect(paramsOf(page.url()).get('net_zero')).toBe('no');
			await page.reload();
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			await page.locator('#next-steps').waitFor();
			expect(await page.getByText(IGNORED).count(), 'no notice after a reload').toBe(0);
			// The answers are the user's own now: not "prefilled, e.g. by your adviser".
			expect(await page.getByText(PREFILLED).count(), 'no "prefilled" after a reload').toBe(0);
		});
	});
});

describe('malformed links never break the page', () => {
	const cases: [label: string, query: string, expectedText: RegExp][] = [
		['unknown parameter', '?v=1&project_type=expand&utm_source=mail', /”utm_source” kendes ikke/],
		['a part without a name', '?v=1&project_type=expand&=x', /En del af linket uden navn/],
		['invalid option', '?v=1&project_type=castle', /Svaret på ”Projekt” var ikke gyldigt/],
		['number out of range', '?v=1&land_ha=0', /Svaret på ”Areal” var ikke gyldigt/],
		['number with a thousands dot', '?v=1&land_ha=1.000', /Svaret på ”Areal” var ikke gyldigt/],
		['number with a grouping comma', '?v=1&land_ha=2,500', /Svaret på ”Areal” var ikke gyldigt/],
		[
			'a list with an unknown option',
			'?v=1&sectors=food_tech,spaceships',
			/Noget af svaret på ”Branche og produkter” kunne ikke bruges/
		],
		[
			'duplicate parameter',
			'?v=1&project_type=expand&project_type=convert',
			/”Projekt” stod flere gange/
		],
		['broken percent-encoding', '?v=1&project_type=%E0%A4%A&sectors=%zz', /ødelagt/],
		['a newer version', '?v=99&project_type=expand', /nyere version/],
		['a bad version', '?v=abc&project_type=expand', /versionsnummer var ugyldigt/],
		[
			'an unknown language',
			'?v=1&project_type=expand&lang=xx',
			/Sproget i linket findes ikke i guiden/
		],
		[
			'an unknown place (home)',
			'?v=1&project_type=expand&home=40.0,2.0',
			/Stedet i linket \(hvor I er i dag\) kunne ikke bruges/
		],
		[
			'a shortlist of four',
			'?v=1&project_type=expand&shortlist=aalborg,esbjerg,horsens,viborg',
			/Den korte liste i linket kunne ikke bruges/
		],
		[
			'an unusable setting',
			'?v=1&project_type=expand&rank_by_distance=maybe',
			/”rank_by_distance” i linket var ikke gyldig/
		],
		[
			'an incomplete matrix',
			'?v=1&infrastructure=port:must',
			/”Infrastruktur” var ikke helt udfyldt/
		],
		[
			'an over-long link',
			`?v=1&project_type=expand&x=${'a'.repeat(MAX_QUERY_LENGTH + 100)}`,
			/for langt/
		],
		[
			'an answer that does not apply',
			'?v=1&net_zero=no&net_zero_tech=wind',
			/passer ikke til de andre svar/
		],
		[
			'script in a value',
			'?v=1&project_type=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			/Svaret på ”Projekt” var ikke gyldigt/
		],
		['script in a name', '?v=1&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1', /kendes ikke/]
	];

	it.each(cases)(
		'%s: the valid part is used and a notice says what was ignored',
		async (_label, query, expected) => {
			await withPage(async (rec) => {
				const { page } = rec;
				let dialogs = 0;
				page.on('dialog', (d) => {
					dialogs++;
					void d.dismiss();
				});
				await page.goto(`${session.server.url}/${query}`);
				await expect.poll(() => page.getByText(IGNORED).count()).toBe(1);
				expect(await page.getByText(expected).count()).toBeGreaterThan(0);
				expect((await h1Text(page)).length).toBeGreaterThan(0);
				expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
				expect(dialogs).toBe(0);
			});
		}
	);

	/** A complete result link but for one needs item the guide cannot read: it opens on the needs page. */
	async function openPartialResultLink(page: Page): Promise<void> {
		const full = answers({ infrastructure: { water_volume: 'must', motorway: 'nice' } });
		const query = encodeAnswers(full, 'da').replace('motorway:nice', 'motorway:maybe');
		await page.goto(`${session.server.url}/?${query}#results`);
		await expect
			.poll(() => h1Text(page), { timeout: 10_000 })
			.toBe('Hvad skal grunden og egnen have?');
	}

	it('a result link with one needs item it cannot read opens the needs page with the rest ticked (review 24)', async () => {
		await withPage(async ({ page }) => {
			await openPartialResultLink(page);
			expect(await page.getByText(/”Infrastruktur” var ikke helt udfyldt/).count()).toBe(1);
			// What the link could read is ticked, for the user to finish: nothing lost, nothing ranked without it.
			expect(await page.locator('#needs-must-water_volume').isChecked()).toBe(true);
			expect(await page.locator('#needs-nice-motorway').isChecked()).toBe(false);
			// Finished, the page leads to the check page with every answer, not through the pages the link answered (B6).
			await page.locator('label[for="needs-nice-motorway"]').click();
			await page.getByRole('button', { name: 'Næste', exact: true }).click();
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Tjek jeres svar');
		});
	});

	it("the browser's Back from that page does not show the result the link asked for, without the answer (code review 25, D3)", async () => {
		await withPage(async ({ page }) => {
			await openPartialResultLink(page);
			expect(new URL(page.url()).hash).toBe('#needs');
			await page.goBack();
			await page.waitForTimeout(500);
			expect(await h1Text(page).catch(() => '')).not.toBe(UI.da.resultHeading);
		});
	});

	it('on the start page (a link with only part of a later page), the notice says where the answers are', async () => {
		await withPage(async ({ page }) => {
			await page.goto(`${session.server.url}/?v=1&infrastructure=port:must`);
			await expect.poll(() => page.getByText(IGNORED).count()).toBe(1);
			// One box: what could not be used, then where the answers are.
			expect(await page.locator('.alert').count()).toBe(1);
			const notice = norm(await page.locator('.alert-warning').textContent());
			expect(notice).toContain('når I trykker på ”Start guiden”');
			expect(notice).not.toContain('Ret jeres svar');
			expect(await page.getByRole('button', { name: 'Start guiden', exact: true }).count()).toBe(1);
		});
	});

	it('the notice passes axe', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?v=1&project_type=expand&foo=bar&land_ha=x`);
			await expect.poll(() => page.getByText(IGNORED).count()).toBe(1);
			await expectNoAxeViolations(page, 'link notices');
		});
	});
});
