/**
 * Behaviour of the guide beyond the happy path, as a user meets it:
 * switching language on the way, error messages and their focus handling (a page with several questions is checked
 * as a whole, one message per problem), follow-up questions that appear on their page, the early result after the
 * second page, the case where no park fits — and two known app bugs kept as regression tests.
 *
 * Run after `npx vite build`: npx vitest run --config tests/e2e/vitest.config.ts
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { RecordedPage } from './harness';
import {
	SITES,
	UI,
	activeElement,
	answerQuestion,
	availableHa,
	checkPageAnswers,
	clickButton,
	clickLink,
	expectNoAxeViolations,
	expectPage,
	fillAnswer,
	formatNumber,
	h1Text,
	norm,
	openCheckPage,
	openStart,
	pageTitleOf,
	region,
	stepText,
	submitQuestion,
	type Answer,
	type Lang,
	useBrowser,
	localeOf,
	completeQuery
} from './guide';

const session = useBrowser();

/** Runs `fn` on a fresh page and closes it; the recorders must stay clean. */
const withPage = (lang: Lang, fn: (rec: RecordedPage) => Promise<void>, clean = true) =>
	session.withPage(fn, { locale: localeOf(lang), clean });

/** The five page titles (Danish), by page id. */
const PAGE = UI.da.pages;

/** Question titles (each a group's legend or a text field's label on its page). */
const Q = {
	projectType: 'Hvad handler jeres projekt om?',
	sectors: 'Hvad skal I producere?',
	land: 'Hvor meget jord har projektet brug for?',
	phasing: 'Kan projektet deles op i etaper?',
	infrastructure: 'Hvilken infrastruktur har projektet brug for?',
	workforce: 'Hvad betyder arbejdskraft og viden for jer?',
	envDemanding: 'Produktionen er miljøtung, så den skal ligge langt fra boliger',
	regions: 'Hvor i Danmark vil I helst ligge?',
	startTime: 'Hvornår skal produktionen starte?',
	investment: 'Hvor stor er investeringen i projektet?',
	dualPermits: 'Projektet skal have tilladelser fra både staten og kommunen',
	netZero: 'Projektet er et nettonul-projekt',
	netZeroTech: 'Hvilken nettonul-teknologi handler projektet om?',
	crm: 'Projektet handler om kritiske råstoffer',
	crmActivity: 'Hvad skal I gøre med de kritiske råstoffer?',
	origin: 'Hvor kommer virksomheden fra?',
	employees: 'Hvor mange ansatte har virksomheden?',
	financials: 'Er omsætningen højst 50 mio. euro eller balancen højst 43 mio. euro?'
} as const;

/** The conditions page's two checklists. */
const CONDITIONS = { yes: 'Det gælder for projektet', dontKnow: 'Det ved vi ikke endnu' } as const;

/** The needs page's two checklists. */
const MUST = 'Det skal grunden og egnen have';
const NICE = 'Det vil være rart at have';

const NONE = 'Ikke nødvendigt';

/** Short Danish answers by question title; override single questions per test. */
const DA_ANSWERS: Readonly<Record<string, Answer>> = {
	[Q.projectType]: { choose: 'Vi vil udvide et eksisterende anlæg' },
	[Q.sectors]: { choose: 'Andet eller ingen af disse' },
	// Every park has 10 ha, so phasing is not asked.
	[Q.land]: { type: '10' },
	[Q.infrastructure]: {
		matrix: Object.fromEntries(
			[
				'Stor elkapacitet',
				'Store mængder vand',
				'Udledning af proces- eller spildevand',
				'Havn eller kaj',
				'Motorvej tæt på',
				'Jernbane',
				'Rørledning til brint eller CO2',
				'Overskudsvarme eller industriel symbiose'
			].map((item) => [item, NONE])
		)
	},
	[Q.workforce]: {
		matrix: {
			'Stort opland med arbejdskraft': NONE,
			'Uddannelsesinstitutioner og erhvervsklynger tæt på': NONE
		}
	},
	[Q.envDemanding]: { choose: 'Nej' },
	[Q.regions]: { choose: 'Vi har ingen præference' },
	[Q.startTime]: { choose: 'Om mere end 5 år' },
	[Q.investment]: { dontKnow: 'Det ved vi ikke endnu' },
	[Q.dualPermits]: { choose: 'Ved ikke' },
	[Q.netZero]: { choose: 'Nej' },
	[Q.crm]: { choose: 'Nej' },
	[Q.origin]: { choose: 'Dansk virksomhed – også en ny, der endnu ikke producerer' },
	[Q.employees]: { choose: '250 eller flere' }
};

/** What one question page showed: its heading, its step line and the question titles on it once answered. */
interface SeenPage {
	title: string;
	step: string;
	questions: string[];
}

/**
 * Answers question pages (each with the answers to the questions it asks) until the result (the last page's
 * "Se resultatet"); returns what each page showed. Fails on a page it has no answer for.
 */
async function answerUntilResult(
	page: Page,
	overrides: Readonly<Record<string, Answer>> = {}
): Promise<SeenPage[]> {
	const answers = { ...DA_ANSWERS, ...overrides };
	const seen: SeenPage[] = [];
	for (let i = 0; i < 8; i++) {
		const title = await h1Text(page);
		if (title === UI.da.resultHeading) return seen;
		const onPage = Object.entries(answers)
			.filter(([question]) => pageTitleOf(question, 'da') === title)
			.map(([question, answer]) => ({ ...answer, q: question }));
		if (onPage.length === 0) throw new Error(`No answer for the page "${title}"`);
		const step = await stepText(page);
		await fillAnswer(page, onPage);
		seen.push({ title, step, questions: await questionTitles(page) });
		await submitQuestion(page, 'da');
		await expect.poll(() => h1Text(page), { timeout: 10_000 }).not.toBe(title);
	}
	throw new Error('The result did not come within 8 pages');
}

/** The titles of the questions (and checklists) the page's form shows now, in order. */
async function questionTitles(page: Page): Promise<string[]> {
	return (await page.locator('main form h2').allTextContents()).map(norm);
}

async function startGuide(rec: RecordedPage, lang: Lang = 'da'): Promise<void> {
	await openStart(rec, session.server.url, lang);
	await clickButton(rec.page, UI[lang].start);
}

/** An inline error message: the visually hidden "Fejl:" prefix, a space, then the message. */
const inlineError = (message: string): RegExp =>
	new RegExp(`^Fejl: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The group of a question (its fieldset, named by the question's title). */
const group = (page: Page, question: string): Locator =>
	page.locator('main form').getByRole('group', { name: question, exact: true });

/** Whether an option of a question is chosen (the pages ask several questions with the same options). */
const isChecked = (page: Page, question: string, label: string) =>
	group(page, question).getByLabel(label, { exact: true }).isChecked();

/** The texts of the error summary's links, in order. */
const summaryLinks = (page: Page): Promise<string[]> =>
	page
		.getByRole('alert')
		.getByRole('link')
		.allTextContents()
		.then((texts) => texts.map(norm));

/** The first two pages answered (the early result can be seen), as link parameters. */
const FIRST_TWO_PAGES =
	'v=1&project_type=expand&sectors=other&land_ha=10&land_phasing=dont_know&regions=no_preference&start_time=later';
/** And the needs page: a port is a must, the rest not needed. */
const FIRST_THREE_PAGES =
	FIRST_TWO_PAGES +
	'&infrastructure=high_power:none,water_volume:none,wastewater:none,port:must,motorway:none,rail:none,pipeline:none,symbiosis:none' +
	'&workforce=labour_catchment:none,education_clusters:none';

const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

// ---------------------------------------------------------------------------

describe('language switch', () => {
	it('switches on the start page, and in the middle of the questions keeps the answers, the page and its errors', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await openStart(rec, session.server.url, 'da');
			const toEnglish = page.getByRole('button', { name: 'English', exact: true });
			expect(await toEnglish.getAttribute('lang')).toBe('en');
			await toEnglish.click();
			await expect.poll(() => h1Text(page)).toBe(UI.en.startHeading);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
			expect(
				await page.getByRole('button', { name: 'Dansk', exact: true }).getAttribute('lang')
			).toBe('da');

			// English questions.
			await clickButton(page, UI.en.start);
			await expectPage(page, 'Your project');
			expect(await stepText(page)).toBe('Page 1 of 5');
			await answerQuestion(
				page,
				[
					{ q: 'What is your project about?', choose: 'We want to convert an existing plant' },
					{ q: 'What will you produce?', choose: ['Life science and biotech', 'Biosolutions'] }
				],
				'en'
			);

			// On page 2: type and choose, do not submit, switch to Danish.
			await expectPage(page, 'Land, place and timing');
			await fillAnswer(page, [
				{ q: 'How much land does the project need?', type: '120' },
				{ q: 'Could the project be built in phases?', choose: 'Yes' }
			]);
			await clickButton(page, 'Dansk');
			await expect.poll(() => h1Text(page)).toBe(PAGE.site);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
			expect(await stepText(page)).toBe('Side 2 af 5');
			expect(await isChecked(page, Q.phasing, 'Ja'), 'the unsent choice survives the switch').toBe(
				true
			);
			const land = page.getByRole('textbox', { name: Q.land, exact: true });
			expect(await land.inputValue(), 'the unsent number survives the switch').toBe('120');

			// Back: the earlier answers are there, in Danish.
			await clickLink(page, UI.da.back);
			await expectPage(page, PAGE.project);
			expect(await isChecked(page, Q.projectType, 'Vi vil omdanne et eksisterende anlæg')).toBe(
				true
			);
			expect(await isChecked(page, Q.sectors, 'Life science og biotek')).toBe(true);
			expect(await isChecked(page, Q.sectors, 'Biosolutions')).toBe(true);

			// Forward again to page 2: what was filled in before the switch is still there.
			await submitQuestion(page, 'da');
			await expectPage(page, PAGE.site);
			expect(await isChecked(page, Q.phasing, 'Ja')).toBe(true);
			expect(await land.inputValue()).toBe('120');

			// An error summary with several problems survives a switch, and it is translated.
			await submitQuestion(page, 'da');
			await page.getByRole('alert').waitFor();
			expect(await summaryLinks(page)).toEqual([
				'Vælg mindst én region, eller vælg ”Vi har ingen præference”',
				'Vælg hvornår produktionen skal starte'
			]);
			await clickButton(page, 'English');
			await expect.poll(() => h1Text(page)).toBe('Land, place and timing');
			const alert = page.getByRole('alert');
			expect(norm(await alert.getByRole('heading').textContent())).toBe(UI.en.errorSummary);
			expect(await summaryLinks(page)).toEqual([
				'Select at least one region, or select “We have no preference”',
				'Choose when production must start'
			]);
			expect(await isChecked(page, 'Could the project be built in phases?', 'Yes')).toBe(true);
			expect(
				await page
					.getByRole('textbox', { name: 'How much land does the project need?', exact: true })
					.inputValue()
			).toBe('120');

			// The checklists: an item ticked as a must and as nice to have, the error switched to Danish.
			await answerQuestion(
				page,
				[
					{ q: 'Where in Denmark would you prefer to be?', choose: 'We have no preference' },
					{ q: 'When must production start?', choose: 'Within 2 years' }
				],
				'en'
			);
			await expectPage(page, 'What must the site and the area have?');
			await answerQuestion(
				page,
				[
					{ matrix: { 'Port or quay': 'Must have' } },
					{ matrix: { 'Port or quay': 'Nice to have' } }
				],
				'en'
			);
			await alert.waitFor();
			expect(await summaryLinks(page)).toEqual([
				'Tick “Port or quay” only once: under “The site and the area must have” or under “Nice to have”'
			]);
			await clickButton(page, 'Dansk');
			await expect.poll(() => h1Text(page)).toBe(PAGE.needs);
			expect(norm(await alert.getByRole('heading').textContent())).toBe(UI.da.errorSummary);
			expect(await summaryLinks(page)).toEqual([
				'Sæt kun ét kryds ved ”Havn eller kaj”: under ”Det skal grunden og egnen have” eller under ”Det vil være rart at have”'
			]);
			expect(await isChecked(page, MUST, 'Havn eller kaj')).toBe(true);
			expect(await isChecked(page, NICE, 'Havn eller kaj')).toBe(true);
		});
	});
});

describe('errors', () => {
	it('empty, invalid and contradictory answers: one summary for the page above the heading, focus, inline messages, links', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);

			// 1. Nothing chosen on a page with two questions: one message per question.
			await expectPage(page, PAGE.project);
			await submitQuestion(page, 'da');
			const alert = page.getByRole('alert');
			await alert.waitFor();
			expect(norm(await alert.getByRole('heading', { level: 2 }).textContent())).toBe(
				'Der er et problem'
			);
			expect((await activeElement(page)).inAlert, 'focus is inside the error summary').toBe(true);
			expect(
				await page.evaluate(() => {
					const summary = document.querySelector('[role="alert"]');
					const h1 = document.querySelector('h1');
					return (
						!!summary &&
						!!h1 &&
						!!(summary.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING)
					);
				}),
				'the summary comes before the h1'
			).toBe(true);
			expect(await page.title()).toBe(`Fejl: ${PAGE.project} – Industriparkguiden`);
			const projectMessage = 'Vælg hvad projektet handler om';
			const sectorsMessage = 'Vælg mindst én branche, eller vælg ”Andet eller ingen af disse”';
			expect(await summaryLinks(page), 'in the order of the questions').toEqual([
				projectMessage,
				sectorsMessage
			]);
			// Inline messages in each fieldset, with the hidden "Fejl:" prefix, and tied to the group.
			for (const [question, id, message] of [
				[Q.projectType, 'project_type', projectMessage],
				[Q.sectors, 'sectors', sectorsMessage]
			] as const) {
				expect(
					norm(await group(page, question).locator('.form-error-message').textContent())
				).toMatch(inlineError(message));
				expect(await group(page, question).getAttribute('aria-describedby')).toContain(
					`${id}-error`
				);
			}
			// Each link focuses its question's first option.
			await alert.getByRole('link', { name: projectMessage, exact: true }).click();
			await expect
				.poll(() => activeElement(page).then((a) => a.id), { timeout: 5_000 })
				.toBe('project_type-new_plant');
			const firstSector = await group(page, Q.sectors).locator('input').first().getAttribute('id');
			await alert.getByRole('link', { name: sectorsMessage, exact: true }).click();
			await expect.poll(() => activeElement(page).then((a) => a.id)).toBe(firstSector);

			// Half the page answered: only the other question's message is left.
			await answerQuestion(page, {
				q: Q.projectType,
				choose: 'Vi vil bygge et nyt produktionsanlæg'
			});
			await expect.poll(() => summaryLinks(page)).toEqual([sectorsMessage]);
			expect(await group(page, Q.projectType).locator('.form-error-message').count()).toBe(0);
			await expect.poll(() => activeElement(page).then((a) => a.inAlert)).toBe(true);

			// Answering removes the summary on the next page.
			await answerQuestion(page, { q: Q.sectors, choose: 'Andet eller ingen af disse' });
			await expectPage(page, PAGE.site);
			expect(await page.getByRole('alert').count()).toBe(0);
			expect(await page.title()).toBe(`${PAGE.site} – Industriparkguiden`);

			// 2. An invalid number stays in the field; the page's other open questions are reported with it.
			const input = page.getByRole('textbox', { name: Q.land, exact: true });
			await answerQuestion(page, [
				{ q: Q.land, type: 'abc' },
				{ q: Q.startTime, choose: 'Om mere end 5 år' }
			]);
			await alert.waitFor();
			expect((await activeElement(page)).inAlert).toBe(true);
			expect(await input.inputValue(), 'the invalid text is kept').toBe('abc');
			expect(await input.getAttribute('aria-invalid')).toBe('true');
			expect(await input.getAttribute('aria-describedby')).toContain('land_ha-error');
			const notANumber = 'Skriv arealet som et tal, fx 2,5 eller 40';
			expect(await summaryLinks(page)).toEqual([
				notANumber,
				'Vælg mindst én region, eller vælg ”Vi har ingen præference”'
			]);
			expect(norm(await page.locator('#land_ha-error').textContent())).toMatch(
				inlineError(notANumber)
			);
			expect(
				await isChecked(page, Q.startTime, 'Om mere end 5 år'),
				'a valid answer on the page is kept'
			).toBe(true);
			expect(await group(page, Q.startTime).locator('.form-error-message').count()).toBe(0);
			await alert.getByRole('link', { name: notANumber, exact: true }).click();
			await expect.poll(() => activeElement(page).then((a) => a.id)).toBe('land_ha-input');

			// A new failed submit with another error moves focus to the summary again.
			await answerQuestion(page, [
				{ q: Q.land, type: '' },
				{ q: Q.regions, choose: 'Vi har ingen præference' }
			]);
			await expect
				.poll(() => summaryLinks(page))
				.toEqual([
					'Skriv hvor mange hektar projektet har brug for, eller vælg ”Det ved vi ikke endnu”'
				]);
			await expect.poll(() => activeElement(page).then((a) => a.inAlert)).toBe(true);
			await expectNoAxeViolations(page, 'da: error state on the page with the number');

			await answerQuestion(page, [
				{ q: Q.land, type: '15.000 m²' },
				{ q: Q.startTime, choose: 'Om 2–5 år' }
			]);
			await expectPage(page, PAGE.needs);
			expect(searchParam(page, 'land_ha')).toBe('1.5');

			// 3. The checklists: an item ticked as a must and as nice to have is an error, one message per item.
			await answerQuestion(page, [
				{ matrix: { 'Stor elkapacitet': 'Skal have', 'Havn eller kaj': 'Skal have' } },
				{ matrix: { 'Motorvej tæt på': 'Skal have' } },
				{ matrix: { 'Havn eller kaj': 'Rart at have', 'Stor elkapacitet': 'Rart at have' } }
			]);
			await alert.waitFor();
			expect((await activeElement(page)).inAlert).toBe(true);
			const both = (item: string) =>
				`Sæt kun ét kryds ved ”${item}”: under ”Det skal grunden og egnen have” eller under ”Det vil være rart at have”`;
			expect(await summaryLinks(page), 'in the order of the items').toEqual([
				both('Stor elkapacitet'),
				both('Havn eller kaj')
			]);
			// The messages stand in the "must have" checklist, which is tied to them.
			const must = page.getByRole('group', { name: MUST, exact: true });
			expect(norm(await must.locator('.form-error-message').textContent())).toMatch(
				inlineError(`${both('Stor elkapacitet')}. ${both('Havn eller kaj')}`)
			);
			expect(await must.getAttribute('aria-describedby')).toContain('needs-error');
			await alert.getByRole('link', { name: both('Stor elkapacitet'), exact: true }).click();
			await expect.poll(() => activeElement(page).then((a) => a.id)).toBe('needs-must-high_power');
			await expectNoAxeViolations(page, 'da: error state on the checklists');

			// Resolving one item leaves the other's message.
			await page
				.getByRole('group', { name: NICE, exact: true })
				.getByLabel('Havn eller kaj', { exact: true })
				.uncheck();
			await submitQuestion(page, 'da');
			await expect.poll(() => summaryLinks(page)).toEqual([both('Stor elkapacitet')]);
			await page
				.getByRole('group', { name: NICE, exact: true })
				.getByLabel('Stor elkapacitet', { exact: true })
				.uncheck();
			await submitQuestion(page, 'da');
			await expectPage(page, PAGE.conditions);
			// Ticked in one list: a must; unticked: not needed.
			const infrastructure = (searchParam(page, 'infrastructure') ?? '').split(',');
			expect(infrastructure).toEqual(
				expect.arrayContaining(['high_power:must', 'port:must', 'motorway:must', 'rail:none'])
			);
			expect(searchParam(page, 'workforce')).toBe('education_clusters:none,labour_catchment:none');
		});
	});
});

describe('follow-up questions on the same page', () => {
	it('appear under their answer when it calls for them, are checked with the page, and go again', async () => {
		await withPage('da', async ({ page }) => {
			await page.goto(`${session.server.url}/?${FIRST_THREE_PAGES}#conditions`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(PAGE.conditions);
			expect(await stepText(page)).toBe('Side 4 af 5');
			// The four conditions are the items of two checklists; the follow-ups are not asked yet.
			expect(await questionTitles(page)).toEqual([CONDITIONS.yes, CONDITIONS.dontKnow]);

			// "Ja" (ticked in "Det gælder for projektet") brings each follow-up, right under its item in the list.
			const followUps = () => page.locator('main form h3').allTextContents();
			await fillAnswer(page, { q: Q.netZero, choose: 'Ja' });
			expect(await questionTitles(page)).toEqual([CONDITIONS.yes, CONDITIONS.dontKnow]);
			expect((await followUps()).map(norm)).toEqual([Q.netZeroTech]);
			await fillAnswer(page, { q: Q.crm, choose: 'Ja' });
			expect((await followUps()).map(norm)).toEqual([Q.netZeroTech, Q.crmActivity]);
			const order = await page.evaluate(() =>
				[...document.querySelectorAll('main form input[id^="conditions-yes-"], main form h3')].map(
					(e) => e.id || e.textContent?.trim()
				)
			);
			expect(order).toEqual([
				'conditions-yes-env_demanding',
				'conditions-yes-dual_permits',
				'conditions-yes-net_zero',
				Q.netZeroTech,
				'conditions-yes-critical_raw_materials',
				Q.crmActivity
			]);
			await expectNoAxeViolations(page, 'da: the conditions page with both follow-ups');

			// Sent unanswered, the follow-ups are reported with the page's other open questions.
			await submitQuestion(page, 'da');
			await expect
				.poll(() => summaryLinks(page))
				.toEqual([
					'Vælg mindst én nettonul-teknologi',
					'Vælg mindst én ting, I skal gøre med råstofferne'
				]);

			// A follow-up answered, then ruled out by a new answer above it: it goes, and its answer is not sent.
			await fillAnswer(page, {
				q: Q.netZeroTech,
				choose: 'Vindmøller og anden vedvarende energi til havs'
			});
			await fillAnswer(page, { q: Q.netZero, choose: 'Nej' });
			expect(await questionTitles(page)).not.toContain(Q.netZeroTech);
			await answerQuestion(page, [
				{ q: Q.envDemanding, choose: 'Nej' },
				{ q: Q.dualPermits, choose: 'Ved ikke' },
				{ q: Q.crmActivity, choose: 'Genanvendelse' }
			]);
			await expectPage(page, PAGE.company);
			expect(searchParam(page, 'net_zero')).toBe('no');
			expect(searchParam(page, 'net_zero_tech')).toBeNull();
			expect(searchParam(page, 'crm_activity')).toBe('recycling');

			// The company page: the financials are asked only below 250 employees.
			expect(await questionTitles(page)).toEqual([Q.origin, Q.employees, Q.investment]);
			await fillAnswer(page, { q: Q.employees, choose: 'Færre end 10' });
			expect(await questionTitles(page)).toEqual([
				Q.origin,
				Q.employees,
				Q.financials,
				Q.investment
			]);
			await answerQuestion(page, [
				{ q: Q.origin, choose: 'Dansk virksomhed – også en ny, der endnu ikke producerer' },
				{ q: Q.financials, choose: 'Ja' },
				{ q: Q.investment, type: '40' }
			]);
			await expectPage(page, UI.da.resultHeading);
			await openCheckPage(page, 'da');
			const rows = await checkPageAnswers(page);
			expect(rows['Arbejde med kritiske råstoffer']).toBe('Genanvendelse');
			expect(rows['Omsætning eller balance inden for SMV-grænsen']).toBe('Ja');
			expect(rows['Investering']).toBe('40 mio. kr.');
			expect(Object.keys(rows)).not.toContain('Hvilken nettonul-teknologi');
		});
	});
});

describe('no park fits', () => {
	it('900 ha without phasing (more than any park has): no park fits, all 11 marked "Passer ikke" in the table, each card with the reason', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);
			const seen = await answerUntilResult(page, {
				[Q.land]: { type: '900' },
				[Q.phasing]: { choose: 'Nej' }
			});

			// Five pages, always "af 5".
			expect(seen.map((s) => s.title)).toEqual(Object.values(PAGE));
			expect(seen.map((s) => s.step)).toEqual(seen.map((_, i) => `Side ${i + 1} af 5`));
			// Skipped follow-ups: no net-zero technology (Nej), no raw-material activity (Nej), no financials (250+).
			const asked = seen.flatMap((s) => s.questions);
			expect(asked).not.toContain(Q.netZeroTech);
			expect(asked).not.toContain(Q.crmActivity);
			expect(asked).not.toContain(Q.financials);
			expect(seen.find((s) => s.title === PAGE.needs)?.questions).toEqual([MUST, NICE]);
			await openCheckPage(page, 'da');
			const rows = await checkPageAnswers(page);
			expect(rows['Areal']).toBe('900 hektar');
			expect(rows['Investering']).toBe('Det ved vi ikke endnu');
			expect(Object.keys(rows)).not.toContain('Omsætning eller balance inden for SMV-grænsen');
			expect(Object.keys(rows)).toHaveLength(15);

			await clickButton(page, UI.da.confirm);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			// Everything is answered: not an early result.
			expect(await page.getByRole('note', { name: 'Et første resultat' }).count()).toBe(0);

			const brief = region(page, 'Kort fortalt');
			expect(norm(await brief.textContent())).toContain(
				'Ingen af parkerne passer til alle jeres krav.'
			);
			// What would change it, computed: phasing lets every park in.
			expect(norm(await brief.textContent())).toMatch(
				/Hvis projektet kan bygges i etaper, er .+ ikke længere udelukket\./
			);

			// Every park is a row marked "Passer ikke"; opened, each card gives the reason.
			const parks = region(page, 'Alle parker sammenlignet');
			expect(await parks.getByText('Passer ikke', { exact: true }).count()).toBe(SITES.length);
			expect(SITES.length).toBe(11);
			expect(await page.getByRole('article').count()).toBe(0);
			for (const button of await parks.locator('.park-open').all()) await button.click();
			await expect.poll(() => page.getByRole('article').count()).toBe(SITES.length);
			for (const site of SITES) {
				const card = page.getByRole('article', { name: site.name.da, exact: true });
				expect(await card.count(), `${site.name.da} is listed`).toBe(1);
				expect(norm(await card.textContent()), `the reason for ${site.name.da}`).toContain(
					`I skal bruge ${formatNumber('da', 900)} ha, men parken har kun ${availableHa('da', site)} ha nye byggefelter.`
				);
			}
			// Unknown investment and permits, no net zero: "måske" One Stop Shop.
			expect(
				norm(await region(page, 'One Stop Shoppen i Erhvervsstyrelsen').textContent())
			).toContain('Jeres projekt kan måske komme i One Stop Shoppen');
			await expectNoAxeViolations(page, 'da: result page, no park fits');
		});
	});
});

describe('the early result', () => {
	it('"Se resultatet nu" after the second page: a valid page first, then the result with the pages left, each one click away', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			const resultNow = page.getByRole('button', { name: 'Se resultatet nu', exact: true });
			await startGuide(rec);
			await expectPage(page, PAGE.project);
			// Not before the questions that decide the ranking are answered.
			expect(await resultNow.count()).toBe(0);
			await answerQuestion(page, [
				{ q: Q.projectType, choose: 'Vi vil bygge et nyt produktionsanlæg' },
				{ q: Q.sectors, choose: 'Maritim produktion' }
			]);
			await expectPage(page, PAGE.site);
			expect(await resultNow.count()).toBe(1);

			// The page is checked first: no result with open questions.
			await fillAnswer(page, { q: Q.land, type: '100' });
			await resultNow.click();
			await page.getByRole('alert').waitFor();
			expect(await h1Text(page)).toBe(PAGE.site);
			expect(await summaryLinks(page)).toEqual([
				'Vælg om projektet kan deles op i etaper',
				'Vælg mindst én region, eller vælg ”Vi har ingen præference”',
				'Vælg hvornår produktionen skal starte'
			]);

			await fillAnswer(page, [
				{ q: Q.phasing, choose: 'Ja' },
				{ q: Q.regions, choose: 'Region Syddanmark' },
				{ q: Q.startTime, choose: 'Om 2–5 år' }
			]);
			await resultNow.click();
			// The lazy-loaded result takes focus to its heading, as after "Se resultatet".
			await expectPage(page, UI.da.resultHeading);
			expect(new URL(page.url()).hash).toBe('#results');
			const note = page.getByRole('note', { name: 'Et første resultat' });
			expect(norm(await note.textContent())).toContain(
				'Svar også på disse sider, så bliver resultatet skarpere'
			);
			expect((await note.getByRole('button').allTextContents()).map(norm)).toEqual([
				PAGE.needs,
				PAGE.conditions,
				PAGE.company
			]);
			await expectNoAxeViolations(page, 'da: the early result');

			// A page left, one click away; answered, the note no longer lists it.
			await note.getByRole('button', { name: PAGE.company, exact: true }).click();
			await expectPage(page, PAGE.company);
			expect(await stepText(page)).toBe('Side 5 af 5');
			await fillAnswer(page, [
				{ q: Q.origin, choose: 'Dansk virksomhed – også en ny, der endnu ikke producerer' },
				{ q: Q.employees, choose: '250 eller flere' },
				{ q: Q.investment, type: '150' }
			]);
			await resultNow.click();
			await expectPage(page, UI.da.resultHeading);
			expect((await note.getByRole('button').allTextContents()).map(norm)).toEqual([
				PAGE.needs,
				PAGE.conditions
			]);
			expect(searchParam(page, 'investment_mdkk')).toBe('150');
		});
	});
});

describe('regressions', () => {
	// The results page is lazy-loaded; it must still take focus to its heading like every other page.
	it('focus moves to the result heading after "Se resultatet", on the last page and on the check page', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);
			await answerUntilResult(page);
			await expectPage(page, UI.da.resultHeading);
			await openCheckPage(page, 'da');
			await clickButton(page, UI.da.confirm);
			await expectPage(page, UI.da.resultHeading);
		});
	});

	// A saved number is shown back in the language's notation ("2,5", not JavaScript's "2.5") after "Tilbage".
	it('a saved number is shown back in Danish notation after "Tilbage"', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);
			await answerQuestion(page, [
				{ q: Q.projectType, choose: 'Vi vil bygge et nyt produktionsanlæg' },
				{ q: Q.sectors, choose: 'Andet eller ingen af disse' }
			]);
			await expectPage(page, PAGE.site);
			await answerQuestion(page, [
				{ q: Q.land, type: '2,5 ha' },
				{ q: Q.regions, choose: 'Vi har ingen præference' },
				{ q: Q.startTime, choose: 'Om mere end 5 år' }
			]);
			await expectPage(page, PAGE.needs);
			await clickLink(page, UI.da.back);
			await expectPage(page, PAGE.site);
			expect(await page.getByRole('textbox', { name: Q.land, exact: true }).inputValue()).toBe(
				'2,5'
			);
		});
	});

	// The English texts cannot be fetched (a lost connection): the page stays Danish, complete, and says so.
	it('a language switch that cannot fetch its texts leaves the page in Danish with a message', async () => {
		await withPage(
			'da',
			async (rec) => {
				const { page } = rec;
				await startGuide(rec);
				await expectPage(page, PAGE.project);
				const title = await h1Text(page);
				await page.route(/\/assets\/en-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
				await clickButton(page, 'English');
				const alert = page.getByRole('alert');
				await alert.waitFor({ timeout: 10_000 });
				expect(norm(await alert.innerText())).toContain(
					'De engelske tekster kunne ikke hentes. Tjek forbindelsen, og prøv igen. Jeres svar er ikke tabt.'
				);
				expect(await h1Text(page)).toBe(title);
				expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
				expect(new URL(page.url()).searchParams.get('lang')).not.toBe('en');
				await expectNoAxeViolations(page, 'da: the language switch failed');
				// Back online, the same button works and the message goes.
				await page.unroute(/\/assets\/en-[^/]*\.js$/);
				await clickButton(page, 'English');
				await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
				expect(await page.getByRole('alert').count()).toBe(0);
			},
			false // the refused request is logged as a console error, on purpose
		);
	});
});

/**
 * Never a white page. Errors are injected into the built code the page receives: the page's own code, as served,
 * with one function made to throw.
 */
describe('unexpected errors', () => {
	it('an error while drawing a page: a message, a step back or a new start, answers kept', async () => {
		await withPage(
			'da',
			async (rec) => {
				const { page } = rec;
				const results = /\/assets\/ResultsPage-[^/?]*\.js(\?.*)?$/;
				await page.route(results, (route) =>
					route.fulfill({
						contentType: 'text/javascript',
						body: 'export default function ResultsPage() { throw new Error("injected by the test"); }'
					})
				);
				const query = completeQuery('da');
				await page.goto(`${session.server.url}/?${query}#results`);
				const alert = page.getByRole('alert');
				await alert.waitFor({ timeout: 10_000 });
				expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe(
					'Der skete en fejl'
				);
				await expectNoAxeViolations(page, 'da: an error while drawing the results');
				// The answers are still in the address, and "Gå et skridt tilbage" leads to the last page with them.
				expect(new URL(page.url()).search).toBe(`?${query}`);
				await page.unroute(results);
				await clickButton(page, 'Gå et skridt tilbage');
				await expectPage(page, UI.da.pages.company);
				expect(new URL(page.url()).search).toBe(`?${query}`);
			},
			false // the injected error is logged, on purpose
		);
	});

	/** Serve main.js with one of the state machine's guards made to throw; true once the guard was found. */
	async function breakGuard(page: Page, guard: string): Promise<() => boolean> {
		let found = false;
		await page.route(MAIN, async (route) => {
			const code = await (await route.fetch()).text();
			const at = `${guard}:(`;
			found = code.includes(at);
			// The guard throws; its real code stays in the file under another (unused) name.
			const broken = code.replace(
				at,
				`${guard}:()=>{throw new Error("injected by the test")},${guard}_:(`
			);
			await route.fulfill({ contentType: 'text/javascript', body: broken });
		});
		return () => found;
	}
	const MAIN = /\/assets\/main-[^/]*\.js$/;
	const STOPPED = 'Guiden stoppede på grund af en fejl';

	it('the state machine fails on its first step: a message, "Prøv igen", and a new start without answers', async () => {
		await withPage(
			'da',
			async (rec) => {
				const { page } = rec;
				const found = await breakGuard(page, 'landsOnStart');
				await page.goto(`${session.server.url}/?v=1&project_type=expand`);
				const alert = page.getByRole('alert');
				await alert.waitFor({ timeout: 10_000 });
				expect(found(), 'the test found the guard in the built code').toBe(true);
				expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe(STOPPED);
				expect((await activeElement(page)).text).toBe(STOPPED);
				expect(await page.title()).toBe('Fejl – Industriparkguiden');
				await expectNoAxeViolations(page, 'da: the guide stopped');
				// "Prøv igen" reloads: the same error, the same message.
				await Promise.all([page.waitForEvent('load'), clickButton(page, 'Prøv igen')]);
				await alert.waitFor({ timeout: 10_000 });
				expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe(STOPPED);
				// Fixed (the code served as built), "Start forfra uden svar" opens the guide's start without answers.
				await page.unroute(MAIN);
				// Answers kept in this tab, as the guide writes them: the new start must not bring them back.
				await page.evaluate(() => {
					const now = Date.now();
					const entry = {
						v: 1,
						savedAt: now,
						expiresAt: now + 86_400_000,
						answers: 'v=1&project_type=expand'
					};
					sessionStorage.setItem('industripark-guide.answers', JSON.stringify(entry));
				});
				await clickLink(page, 'Start forfra uden svar');
				await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.startHeading);
				// No answers in the address (only the link version and language) nor in the tab's storage.
				expect([...new URL(page.url()).searchParams.keys()].sort()).toEqual(['lang', 'v']);
				await page.waitForTimeout(300); // storage is written when its module has loaded
				const stored = await page.evaluate(() =>
					sessionStorage.getItem('industripark-guide.answers')
				);
				expect(stored ?? '').not.toContain('project_type');
			},
			false // the injected error is logged, on purpose
		);
	});

	it('the state machine fails in the iframe page: the same message, inside the frame', async () => {
		await withPage(
			'da',
			async (rec) => {
				const { page } = rec;
				const found = await breakGuard(page, 'landsOnStart');
				await page.goto(`${session.server.url}/embed.html?v=1&project_type=expand`);
				const alert = page.getByRole('alert');
				await alert.waitFor({ timeout: 10_000 });
				expect(found(), 'the test found the guard in the built code').toBe(true);
				expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe(STOPPED);
				expect(
					await alert.getByRole('link', { name: 'Start forfra uden svar' }).getAttribute('href')
				).toBe('/embed.html');
				await expectNoAxeViolations(page, 'da: the guide stopped in its iframe page');
			},
			false // the injected error is logged, on purpose
		);
	});
});
