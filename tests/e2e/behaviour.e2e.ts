/**
 * Behaviour of the guide beyond the happy path, as a user meets it:
 * switching language on the way, error messages and their focus handling,
 * the case where no park fits, skipped questions — and two known app bugs
 * kept as regression tests.
 *
 * Run after `npx vite build`: npx vitest run --config tests/e2e/vitest.config.ts
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
	openStart,
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

const NONE = 'Ikke nødvendigt';

/** Short Danish answers by page heading; override single pages per test. */
const DA_ANSWERS: Readonly<Record<string, Answer>> = {
	'Hvad handler jeres projekt om?': { choose: 'Vi vil udvide et eksisterende anlæg' },
	'Hvad skal I producere?': { choose: 'Andet eller ingen af disse' },
	'Hvor meget jord har projektet brug for?': { type: '10' },
	'Kan projektet deles op i etaper?': { choose: 'Ved ikke' },
	'Hvilken infrastruktur har projektet brug for?': {
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
	'Hvad betyder arbejdskraft og viden for jer?': {
		matrix: {
			'Stort opland med arbejdskraft': NONE,
			'Uddannelsesinstitutioner og erhvervsklynger tæt på': NONE
		}
	},
	'Er produktionen miljøtung, så den skal ligge langt fra boliger?': { choose: 'Nej' },
	'Hvor i Danmark vil I helst ligge?': { choose: 'Vi har ingen præference' },
	'Hvornår skal produktionen starte?': { choose: 'Om mere end 5 år' },
	'Hvor stor er investeringen i projektet?': { dontKnow: 'Det ved vi ikke endnu' },
	'Skal projektet have tilladelser fra både staten og kommunen?': { choose: 'Ved ikke' },
	'Er projektet et nettonul-projekt?': { choose: 'Nej' },
	'Handler projektet om kritiske råstoffer?': { choose: 'Nej' },
	'Hvor kommer virksomheden fra?': {
		choose: 'Dansk virksomhed, der allerede producerer i Danmark'
	},
	'Hvor mange ansatte har virksomheden?': { choose: '250 eller flere' },
	'Er omsætningen højst 50 mio. euro eller balancen højst 43 mio. euro?': { choose: 'Ja' }
};

/**
 * Answers question pages (looked up by their heading) until the check page; returns the
 * headings and step lines seen. Fails on a heading it has no answer for.
 */
async function answerUntilCheckPage(
	page: Page,
	overrides: Readonly<Record<string, Answer>> = {}
): Promise<{ title: string; step: string }[]> {
	const answers = { ...DA_ANSWERS, ...overrides };
	const seen: { title: string; step: string }[] = [];
	for (let i = 0; i < 25; i++) {
		const title = await h1Text(page);
		if (title === UI.da.checkHeading) return seen;
		const answer = answers[title];
		if (!answer) throw new Error(`No answer for the question "${title}"`);
		seen.push({ title, step: await stepText(page) });
		await answerQuestion(page, answer, 'da');
		await expect.poll(() => h1Text(page), { timeout: 10_000 }).not.toBe(title);
	}
	throw new Error('The check page did not come within 25 pages');
}

async function startGuide(rec: RecordedPage, lang: Lang = 'da'): Promise<void> {
	await openStart(rec, session.server.url, lang);
	await clickButton(rec.page, UI[lang].start);
}

/** An inline error message: the visually hidden "Fejl:" prefix, a space, then the message. */
const inlineError = (message: string): RegExp =>
	new RegExp(`^Fejl: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const isChecked = (page: Page, label: string) =>
	page.getByLabel(label, { exact: true }).isChecked();

// ---------------------------------------------------------------------------

describe('language switch', () => {
	it('switches on the start page, and in the middle of the questions keeps the answers and the question', async () => {
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
			await expectPage(page, 'What is your project about?');
			await answerQuestion(page, { choose: 'We want to convert an existing plant' }, 'en');
			await expectPage(page, 'What will you produce?');
			await answerQuestion(page, { choose: ['Life science and biotech', 'Biosolutions'] }, 'en');
			await expectPage(page, 'How much land does the project need?');
			await answerQuestion(page, { type: '12' }, 'en');

			// On question 4: choose, do not submit, switch to Danish.
			await expectPage(page, 'Could the project be built in phases?');
			await fillAnswer(page, { choose: 'Yes' });
			await clickButton(page, 'Dansk');
			await expect.poll(() => h1Text(page)).toBe('Kan projektet deles op i etaper?');
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
			expect(await stepText(page)).toBe('Spørgsmål 4 af 18');
			expect(await isChecked(page, 'Ja'), 'the unsent choice survives the switch').toBe(true);

			// Back: the earlier answers are there, in Danish.
			await clickLink(page, UI.da.back);
			await expectPage(page, 'Hvor meget jord har projektet brug for?');
			expect(
				await page
					.getByRole('textbox', { name: 'Hvor meget jord har projektet brug for?' })
					.inputValue()
			).toBe('12');
			await clickLink(page, UI.da.back);
			await expectPage(page, 'Hvad skal I producere?');
			expect(await isChecked(page, 'Life science og biotek')).toBe(true);
			expect(await isChecked(page, 'Biosolutions')).toBe(true);
			await clickLink(page, UI.da.back);
			await expectPage(page, 'Hvad handler jeres projekt om?');
			expect(await isChecked(page, 'Vi vil omdanne et eksisterende anlæg')).toBe(true);

			// Forward again to question 4: the choice made before the switch is still there.
			for (const title of [
				'Hvad handler jeres projekt om?',
				'Hvad skal I producere?',
				'Hvor meget jord har projektet brug for?'
			]) {
				await expectPage(page, title);
				await submitQuestion(page, 'da');
			}
			await expectPage(page, 'Kan projektet deles op i etaper?');
			expect(await isChecked(page, 'Ja')).toBe(true);

			// A half-typed number and an error summary also survive a switch, and the summary is translated.
			await submitQuestion(page, 'da');
			await expectPage(page, 'Hvilken infrastruktur har projektet brug for?');
			await fillAnswer(page, { matrix: { 'Havn eller kaj': 'Skal have' } });
			await submitQuestion(page, 'da');
			await page.getByRole('alert').waitFor();
			await clickButton(page, 'English');
			await expect.poll(() => h1Text(page)).toBe('What infrastructure does the project need?');
			const alert = page.getByRole('alert');
			expect(norm(await alert.getByRole('heading').textContent())).toBe(UI.en.errorSummary);
			expect(norm(await alert.textContent())).toContain(
				'Choose whether you need: High power capacity'
			);
			expect(
				await page
					.getByRole('group', { name: 'Port or quay', exact: true })
					.getByLabel('Must have', { exact: true })
					.isChecked()
			).toBe(true);
		});
	});
});

describe('errors', () => {
	it('empty, invalid and incomplete answers: summary above the heading, focus, inline messages, links', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);

			// 1. Nothing chosen on a radio question.
			await expectPage(page, 'Hvad handler jeres projekt om?');
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
			expect(await page.title()).toBe('Fejl: Hvad handler jeres projekt om? – Industriparkguiden');
			const message = 'Vælg hvad projektet handler om';
			const link = alert.getByRole('link', { name: message, exact: true });
			expect(await link.count()).toBe(1);
			// Inline message in the fieldset, with the hidden "Fejl:" prefix, and tied to the group.
			const group = page.getByRole('group', { name: 'Hvad handler jeres projekt om?' });
			expect(norm(await group.locator('.form-error-message').textContent())).toMatch(
				inlineError(message)
			);
			expect(await group.getAttribute('aria-describedby')).toContain('project_type-error');
			await link.click();
			await expect
				.poll(() => activeElement(page).then((a) => a.id), { timeout: 5_000 })
				.toBe('project_type-new_plant');

			// Answering removes the summary on the next page.
			await answerQuestion(page, { choose: 'Vi vil bygge et nyt produktionsanlæg' });
			await expectPage(page, 'Hvad skal I producere?');
			expect(await page.getByRole('alert').count()).toBe(0);
			await answerQuestion(page, { choose: 'Andet eller ingen af disse' });

			// 2. An invalid number stays in the field.
			const landTitle = 'Hvor meget jord har projektet brug for?';
			await expectPage(page, landTitle);
			const input = page.getByRole('textbox', { name: landTitle, exact: true });
			await answerQuestion(page, { type: 'abc' });
			await alert.waitFor();
			expect((await activeElement(page)).inAlert).toBe(true);
			expect(await input.inputValue(), 'the invalid text is kept').toBe('abc');
			expect(await input.getAttribute('aria-invalid')).toBe('true');
			expect(await input.getAttribute('aria-describedby')).toContain('land_ha-error');
			const notANumber = 'Skriv arealet som et tal, fx 2,5 eller 40';
			expect(norm(await page.locator('#land_ha-error').textContent())).toMatch(
				inlineError(notANumber)
			);
			await alert.getByRole('link', { name: notANumber, exact: true }).click();
			await expect.poll(() => activeElement(page).then((a) => a.id)).toBe('land_ha-input');

			// A new failed submit with another error moves focus to the summary again.
			await answerQuestion(page, { type: '' });
			await expect
				.poll(async () => norm(await alert.textContent()))
				.toContain('Skriv hvor mange hektar projektet har brug for');
			await expect.poll(() => activeElement(page).then((a) => a.inAlert)).toBe(true);
			await expectNoAxeViolations(page, 'da: error state on the number question');

			await answerQuestion(page, { type: '15.000 m²' });
			await expectPage(page, 'Kan projektet deles op i etaper?');
			await answerQuestion(page, { choose: 'Nej' });

			// 3. A matrix with one item answered: one message per missing item; a link focuses that item's first radio.
			await expectPage(page, 'Hvilken infrastruktur har projektet brug for?');
			await answerQuestion(page, { matrix: { 'Havn eller kaj': 'Skal have' } });
			await alert.waitFor();
			expect((await activeElement(page)).inAlert).toBe(true);
			expect(await alert.getByRole('link').count()).toBe(7);
			const powerGroup = page.getByRole('group', { name: 'Stor elkapacitet', exact: true });
			expect(norm(await powerGroup.locator('.form-error-message').textContent())).toMatch(
				inlineError('Vælg om I har brug for: Stor elkapacitet')
			);
			expect(
				await page
					.getByRole('group', { name: 'Havn eller kaj', exact: true })
					.locator('.form-error-message')
					.count()
			).toBe(0);
			await alert
				.getByRole('link', { name: 'Vælg om I har brug for: Stor elkapacitet', exact: true })
				.click();
			await expect
				.poll(() => activeElement(page).then((a) => a.id))
				.toBe('infrastructure-high_power-must');
			await expectNoAxeViolations(page, 'da: error state on the matrix question');
		});
	});
});

describe('no park fits', () => {
	it('5000 ha without phasing: no park fits, all 11 marked "Passer ikke" in the table, each card with the reason', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);
			const seen = await answerUntilCheckPage(page, {
				'Hvor meget jord har projektet brug for?': { type: '5000' },
				'Kan projektet deles op i etaper?': { choose: 'Nej' }
			});

			// Skipped questions: no net-zero technology (Nej), no raw-material activity (Nej), no financials (250+).
			const titles = seen.map((s) => s.title);
			expect(titles).not.toContain('Hvilken nettonul-teknologi handler projektet om?');
			expect(titles).not.toContain('Hvad skal I gøre med de kritiske råstoffer?');
			expect(titles).not.toContain(
				'Er omsætningen højst 50 mio. euro eller balancen højst 43 mio. euro?'
			);
			// The total counts every follow-up until an answer rules it out, so it only falls: 18 → 17 → 16.
			const totalAt = (i: number) => (i < 12 ? 18 : i === 12 ? 17 : 16);
			expect(seen.map((s) => s.step)).toEqual(
				seen.map((_, i) => `Spørgsmål ${i + 1} af ${totalAt(i)}`)
			);
			const rows = await checkPageAnswers(page);
			expect(rows['Areal']).toBe('5.000 hektar');
			expect(rows['Investering']).toBe('Ved ikke endnu');
			expect(Object.keys(rows)).not.toContain('Omsætning eller balance');
			expect(Object.keys(rows)).toHaveLength(15);

			await clickButton(page, UI.da.confirm);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);

			const brief = region(page, 'Kort fortalt');
			expect(norm(await brief.textContent())).toContain(
				'Ingen af parkerne passer til alle jeres krav.'
			);
			// What would change it, computed: phasing lets every park in.
			expect(norm(await brief.textContent())).toContain(
				'Hvis projektet kan bygges i etaper, passer'
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
					`I skal bruge ${formatNumber('da', 5000)} ha, men parken har kun ${availableHa('da', site)} ha nye byggefelter.`
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

describe('regressions', () => {
	// The results page is lazy-loaded; it must still take focus to its heading like every other page.
	it('focus moves to the result heading after "Se resultatet"', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);
			await answerUntilCheckPage(page);
			await clickButton(page, UI.da.confirm);
			await expectPage(page, UI.da.resultHeading);
		});
	});

	// A saved number is shown back in the language's notation ("2,5", not JavaScript's "2.5") after "Tilbage".
	it('a saved number is shown back in Danish notation after "Tilbage"', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await startGuide(rec);
			await answerQuestion(page, { choose: 'Vi vil bygge et nyt produktionsanlæg' });
			await answerQuestion(page, { choose: 'Andet eller ingen af disse' });
			const title = 'Hvor meget jord har projektet brug for?';
			await expectPage(page, title);
			await answerQuestion(page, { type: '2,5 ha' });
			await expectPage(page, 'Kan projektet deles op i etaper?');
			await clickLink(page, UI.da.back);
			await expectPage(page, title);
			expect(await page.getByRole('textbox', { name: title, exact: true }).inputValue()).toBe(
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
				const title = await h1Text(page);
				await page.route(/\/assets\/en-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
				await clickButton(page, 'English');
				const alert = page.getByRole('alert');
				await alert.waitFor({ timeout: 10_000 });
				expect(norm(await alert.innerText())).toContain(
					'De engelske tekster kunne ikke hentes. Tjek din forbindelse, og prøv igen. Dine svar er ikke tabt.'
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
				// The answers are still in the address, and "Gå et skridt tilbage" leads to the check page with them.
				expect(new URL(page.url()).search).toBe(`?${query}`);
				await page.unroute(results);
				await clickButton(page, 'Gå et skridt tilbage');
				await expectPage(page, UI.da.checkHeading);
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

	it('the state machine fails on the way: the page says so instead of doing nothing', async () => {
		await withPage(
			'da',
			async (rec) => {
				const { page } = rec;
				const found = await breakGuard(page, 'isValidSubmission');
				await openStart(rec, session.server.url);
				await clickButton(page, UI.da.start);
				await expectPage(page, 'Hvad handler jeres projekt om?');
				await page.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' }).check();
				await clickButton(page, UI.da.next);
				const alert = page.getByRole('alert');
				await alert.waitFor({ timeout: 10_000 });
				expect(found(), 'the test found the guard in the built code').toBe(true);
				expect(await alert.getByRole('heading', { level: 1 }).innerText()).toBe(STOPPED);
				expect((await activeElement(page)).text).toBe(STOPPED);
				await expectNoAxeViolations(page, 'da: the guide stopped on the way');
			},
			false // the injected error is logged, on purpose
		);
	});
});
