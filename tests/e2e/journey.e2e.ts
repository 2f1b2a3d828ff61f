/**
 * Whole journeys through the built guide, in Danish and in English, as a new
 * user: start page → every question page → "Tjek jeres svar" (with one "Ret") →
 * result. On every page: heading focus after "Næste" and axe (WCAG 2.0/2.1 A+AA).
 * At the end: no console errors, no CSP violations, no requests to other hosts.
 *
 * Run after `npx vite build`: npx vitest run --config tests/e2e/vitest.config.ts
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { newPage, type RecordedPage } from './harness';
import {
	DATA_CHECKED_ON,
	UI,
	activeElement,
	availableHa,
	checkPageAnswers,
	clickButton,
	expectCleanRecorders,
	expectNoAxeViolations,
	expectPage,
	expectPageFocusedOn,
	formatDate,
	h1Text,
	norm,
	openStart,
	pageTitleOf,
	region,
	scheme,
	site,
	submitQuestion,
	walkQuestions,
	openCheckPage,
	type Lang,
	type Step,
	useBrowser
} from './guide';

const session = useBrowser();

// ---------------------------------------------------------------------------
// The answers
// ---------------------------------------------------------------------------

const DA_INFRA_NONE = 'Ikke nødvendigt';

/** Danish: wind, 2,5 ha (changed to 40 via "Ret"; phasing is not asked: every park has the land), net zero "Ja" (so the technology is asked), 150 mio. kr. */
const DA_STEPS: readonly Step[] = [
	{
		title: 'Hvad handler jeres projekt om?',
		short: 'Projekt',
		answer: { choose: 'Vi vil bygge et nyt produktionsanlæg' },
		shown: 'Vi vil bygge et nyt produktionsanlæg'
	},
	{
		title: 'Hvad skal I producere?',
		short: 'Branche og produkter',
		answer: { choose: 'Vindmøller, komponenter og havvind' },
		shown: 'Vindmøller, komponenter og havvind'
	},
	{
		title: 'Hvor meget jord har projektet brug for?',
		short: 'Areal',
		answer: { type: '2,5 ha' },
		shown: '2,5 hektar'
	},
	{
		title: 'Hvilken infrastruktur har projektet brug for?',
		short: 'Infrastruktur',
		answer: {
			matrix: {
				'Stor elkapacitet': DA_INFRA_NONE,
				'Store mængder vand': DA_INFRA_NONE,
				'Udledning af proces- eller spildevand': DA_INFRA_NONE,
				'Havn eller kaj': 'Skal have',
				'Motorvej tæt på': 'Rart at have',
				Jernbane: DA_INFRA_NONE,
				'Rørledning til brint eller CO2': DA_INFRA_NONE,
				'Overskudsvarme eller industriel symbiose': DA_INFRA_NONE
			}
		},
		shown: 'Skal have: Havn eller kaj. Rart at have: Motorvej tæt på'
	},
	{
		title: 'Hvad betyder arbejdskraft og viden for jer?',
		short: 'Arbejdskraft',
		answer: {
			matrix: {
				'Stort opland med arbejdskraft': 'Rart at have',
				'Uddannelsesinstitutioner og erhvervsklynger tæt på': DA_INFRA_NONE
			}
		},
		shown: 'Rart at have: Stort opland med arbejdskraft'
	},
	{
		title: 'Produktionen er miljøtung, så den skal ligge langt fra boliger',
		short: 'Miljøtung produktion',
		answer: { choose: 'Nej' },
		shown: 'Nej'
	},
	{
		title: 'Hvor i Danmark vil I helst ligge?',
		short: 'Foretrukne regioner',
		answer: { choose: 'Region Syddanmark' },
		shown: 'Region Syddanmark'
	},
	{
		title: 'Hvornår skal produktionen starte?',
		short: 'Start på produktionen',
		answer: { choose: 'Om 2–5 år' },
		shown: 'Om 2–5 år'
	},
	{
		title: 'Hvor stor er investeringen i projektet?',
		short: 'Investering',
		answer: { type: '150' },
		shown: '150 mio. kr.'
	},
	{
		title: 'Projektet skal have tilladelser fra både staten og kommunen',
		short: 'Tilladelser fra stat og kommune',
		answer: { choose: 'Ja' },
		shown: 'Ja'
	},
	{
		title: 'Projektet er et nettonul-projekt',
		short: 'Nettonul-teknologi',
		answer: { choose: 'Ja' },
		shown: 'Ja'
	},
	{
		title: 'Hvilken nettonul-teknologi handler projektet om?',
		short: 'Hvilken nettonul-teknologi',
		answer: { choose: 'Vindmøller og anden vedvarende energi til havs' },
		shown: 'Vindmøller og anden vedvarende energi til havs'
	},
	{
		title: 'Projektet handler om kritiske råstoffer',
		short: 'Kritiske råstoffer',
		answer: { choose: 'Nej' },
		shown: 'Nej'
	},
	{
		title: 'Hvor kommer virksomheden fra?',
		short: 'Virksomhedens baggrund',
		answer: { choose: 'Dansk virksomhed – også en ny, der endnu ikke producerer' },
		shown: 'Dansk virksomhed – også en ny, der endnu ikke producerer'
	},
	{
		title: 'Hvor mange ansatte har virksomheden?',
		short: 'Ansatte',
		answer: { choose: '10–49' },
		shown: '10–49'
	},
	{
		title: 'Er omsætningen højst 50 mio. euro eller balancen højst 43 mio. euro?',
		short: 'Omsætning eller balance inden for SMV-grænsen',
		answer: { choose: 'Ja' },
		shown: 'Ja'
	}
];

const EN_NONE = 'Not needed';

/** English: wind + hydrogen, 40 ha (no phasing asked), net zero + critical raw materials (both follow-ups asked), 250 → 150 m DKK. */
const EN_STEPS: readonly Step[] = [
	{
		title: 'What is your project about?',
		short: 'Project',
		answer: { choose: 'We want to expand an existing plant' },
		shown: 'We want to expand an existing plant'
	},
	{
		title: 'What will you produce?',
		short: 'Sector and products',
		answer: {
			choose: ['Wind turbines, components and offshore wind', 'Hydrogen, Power-to-X and e-fuels']
		},
		shown: 'Wind turbines, components and offshore wind; Hydrogen, Power-to-X and e-fuels'
	},
	{
		title: 'How much land does the project need?',
		short: 'Land',
		answer: { type: '40' },
		shown: '40 hectares'
	},
	{
		title: 'What infrastructure does the project need?',
		short: 'Infrastructure',
		answer: {
			matrix: {
				'High power capacity': 'Nice to have',
				'Large volumes of water': EN_NONE,
				'Discharge of process or waste water': EN_NONE,
				'Port or quay': 'Must have',
				'Motorway nearby': EN_NONE,
				Rail: EN_NONE,
				'Hydrogen or CO2 pipeline': EN_NONE,
				'Surplus heat or industrial symbiosis': EN_NONE
			}
		},
		shown: 'Must have: Port or quay. Nice to have: High power capacity'
	},
	{
		title: 'How much do workforce and know-how matter to you?',
		short: 'Workforce',
		answer: {
			matrix: {
				'A large labour catchment': EN_NONE,
				'Education and business clusters nearby': EN_NONE
			}
		},
		shown: 'Nothing in particular'
	},
	{
		title: 'The production is environmentally demanding, so it must be far from housing',
		short: 'Environmentally demanding production',
		answer: { choose: 'No' },
		shown: 'No'
	},
	{
		title: 'Where in Denmark would you prefer to be?',
		short: 'Preferred regions',
		answer: { choose: 'We have no preference' },
		shown: 'We have no preference'
	},
	{
		title: 'When must production start?',
		short: 'Start of production',
		answer: { choose: 'Within 2 years' },
		shown: 'Within 2 years'
	},
	{
		title: 'How large is the investment in the project?',
		short: 'Investment',
		answer: { type: '250' },
		shown: '250 million DKK'
	},
	{
		title: 'The project needs permits from both the state and the municipality',
		short: 'Permits from state and municipality',
		answer: { choose: "Don't know" },
		shown: "Don't know"
	},
	{
		title: 'It is a net-zero project',
		short: 'Net-zero technology',
		answer: { choose: 'Yes' },
		shown: 'Yes'
	},
	{
		title: 'Which net-zero technology is the project about?',
		short: 'Which net-zero technology',
		answer: { choose: 'Wind turbines and other offshore renewables' },
		shown: 'Wind turbines and other offshore renewables'
	},
	{
		title: 'The project is about critical raw materials',
		short: 'Critical raw materials',
		answer: { choose: 'Yes' },
		shown: 'Yes'
	},
	{
		title: 'What will you do with the critical raw materials?',
		short: 'Work with critical raw materials',
		answer: { choose: 'Processing' },
		shown: 'Processing'
	},
	{
		title: 'Where does the company come from?',
		short: 'Company background',
		answer: { choose: 'A foreign company setting up in Denmark for the first time' },
		shown: 'A foreign company setting up in Denmark for the first time'
	},
	{
		title: 'How many employees does the company have?',
		short: 'Employees',
		answer: { choose: '50–249' },
		shown: '50–249'
	},
	{
		title:
			'Is the turnover at most EUR 50 million or the balance sheet total at most EUR 43 million?',
		short: 'Turnover or balance sheet within the SME ceiling',
		answer: { choose: "Don't know" },
		shown: "Don't know"
	}
];

/** Visible texts of the result page, per language. */
const RESULT = {
	da: {
		parks: 'Alle parker sammenlignet',
		land: 'Areal',
		landMet: (need: string, available: string) =>
			`I skal bruge ${need} ha. Parken har ${available} ha nye byggefelter.`,
		oss: 'One Stop Shoppen i Erhvervsstyrelsen',
		ossEligible:
			'Jeres projekt opfylder kriterierne for One Stop Shoppen, hvis I er en produktionsvirksomhed',
		support: 'Støtte og hjælp',
		next: 'Næste skridt'
	},
	en: {
		parks: 'All parks compared',
		land: 'Land',
		landMet: (need: string, available: string) =>
			`You need ${need} ha. The park has ${available} ha of new building plots.`,
		oss: 'The One Stop Shop at the Danish Business Authority',
		ossEligible: "Your project meets the One Stop Shop's criteria if you are a production company",
		support: 'Support and help',
		next: 'Next steps'
	}
} as const;

// ---------------------------------------------------------------------------
// Page checks shared by both journeys
// ---------------------------------------------------------------------------

/** On the first question: "Næste" with nothing chosen shows the error summary; axe runs on that state. */
async function checkEmptySubmitError(page: Page, lang: Lang, title: string): Promise<void> {
	await submitQuestion(page, lang);
	const alert = page.getByRole('alert');
	await alert.waitFor();
	expect(norm(await alert.getByRole('heading', { level: 2 }).textContent())).toBe(
		UI[lang].errorSummary
	);
	expect((await activeElement(page)).inAlert, 'focus is in the error summary').toBe(true);
	expect(await h1Text(page)).toBe(title);
	expect(await page.title()).toMatch(new RegExp(`^${UI[lang].errorPrefix} `));
	await expectNoAxeViolations(page, `${lang}: error state on "${title}"`);
}

/** The row of a park's per-criterion table, in its full card. */
async function criterionRow(page: Page, card: Locator, criterion: string): Promise<Locator> {
	const row = card
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: criterion }) });
	expect(await row.count(), `one "${criterion}" row in the park's table`).toBe(1);
	return row;
}

async function checkResultPage(
	page: Page,
	lang: Lang,
	expected: { needHa: number; parkId: string; schemeIds: string[]; extraText: string[] }
): Promise<void> {
	const r = RESULT[lang];
	await expectPage(page, UI[lang].resultHeading);

	// Every park in the comparison table; the chosen park opened from it, with its per-criterion table.
	const parks = region(page, r.parks);
	expect(await parks.locator('tbody tr').count(), 'parks in the table').toBe(11);
	const park = site(expected.parkId);
	await parks.locator(`#compare-open-${park.id}`).click();
	const card = page.getByRole('article', { name: park.name[lang], exact: true });
	await card.waitFor();
	expect(await card.count(), `${park.name[lang]} opens as a card`).toBe(1);
	const row = await criterionRow(page, card, r.land);
	const landText = r.landMet(
		new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB').format(expected.needHa),
		availableHa(lang, park)
	);
	expect(norm(await row.getByRole('cell').last().textContent())).toBe(landText);

	// One Stop Shop: eligible (investment >= 100 mio. kr.).
	expect(norm(await region(page, r.oss).textContent())).toContain(r.ossEligible);

	// Support: the schemes expected from the answers, by their names in the data (one disclosure each).
	const support = region(page, r.support);
	for (const id of expected.schemeIds) {
		const name = scheme(id).name[lang];
		expect(
			await support.locator('summary', { hasText: name }).count(),
			`support lists "${name}"`
		).toBe(1);
	}

	// Next steps: a list with at least one step.
	const steps = region(page, r.next).getByRole('listitem');
	expect(await steps.count(), 'next steps').toBeGreaterThan(0);

	// The data date line.
	const body = norm(await page.locator('body').textContent());
	expect(body).toContain(`${UI[lang].dataChecked} ${formatDate(lang, DATA_CHECKED_ON)}.`);
	for (const text of expected.extraText) expect(body).toContain(text);

	await expectNoAxeViolations(page, `${lang}: result page`);
}

/** "2,5 ha", "2,5" and "2.5" are the same number (the field may show the answer re-formatted). */
function sameNumber(shown: string, typed: string): boolean {
	const n = (s: string) => Number(s.replace(/\s*(ha|hektar)$/i, '').replace(',', '.'));
	return shown.trim() !== '' && n(shown) === n(typed);
}

/**
 * From the result, "Ret jeres svar" opens the check page: heading, every answer as expected, axe; then "Ret" on
 * `change.step`, a new answer, "Gem og gå til oversigten" and back on the check page with the new value.
 */
async function checkAndChange(
	rec: RecordedPage,
	lang: Lang,
	steps: readonly Step[],
	change: { step: Step; typedBefore: string; answer: string; shown: string }
): Promise<void> {
	const { page } = rec;
	const t = UI[lang];
	await openCheckPage(page, lang);
	const expectedRows = Object.fromEntries(steps.map((s) => [s.short, s.shown]));
	expect(await checkPageAnswers(page)).toEqual(expectedRows);
	await expectNoAxeViolations(page, `${lang}: check page`);

	await clickButton(page, t.change(change.step.short));
	// The page that asks it opens with focus on the answer to change.
	const input = page.getByRole('textbox', { name: change.step.title, exact: true });
	await expectPageFocusedOn(page, pageTitleOf(change.step.title, lang), input);
	// The earlier answer is in the field, written the language's way.
	expect(
		sameNumber(await input.inputValue(), change.typedBefore),
		'the earlier answer is shown in the field'
	).toBe(true);
	// The submit button now returns to the overview.
	expect(await page.getByRole('button', { name: t.saveAndCheck, exact: true }).count()).toBe(1);
	await expectNoAxeViolations(page, `${lang}: changing "${change.step.title}" from the check page`);
	await input.fill(change.answer);
	await clickButton(page, t.saveAndCheck);

	// Back on the check page, focus is on the changed answer's "Ret".
	await expectPageFocusedOn(
		page,
		t.checkHeading,
		page.getByRole('button', { name: t.change(change.step.short), exact: true })
	);
	expect(await checkPageAnswers(page)).toEqual({
		...expectedRows,
		[change.step.short]: change.shown
	});
	await clickButton(page, t.confirm);
}

// ---------------------------------------------------------------------------
// The journeys
// ---------------------------------------------------------------------------

describe('journey', () => {
	it('Danish: the whole guide, "Ret" on the check page, the result', async () => {
		const rec = await newPage(session.browser, { server: session.server, locale: 'da-DK' });
		try {
			const { page } = rec;
			await openStart(rec, session.server.url, 'da');
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
			await expectNoAxeViolations(page, 'da: start page');
			await clickButton(page, UI.da.start);

			await walkQuestions(page, DA_STEPS, 'da', {
				axe: true,
				onPage: async (title, i) => {
					if (i === 0) await checkEmptySubmitError(page, 'da', title);
				}
			});

			const land = DA_STEPS.find((s) => s.short === 'Areal')!;
			await checkAndChange(rec, 'da', DA_STEPS, {
				step: land,
				typedBefore: '2,5 ha',
				answer: '40',
				shown: '40 hektar'
			});

			await checkResultPage(page, 'da', {
				needHa: 40,
				parkId: 'esbjerg',
				schemeIds: ['eifo_green_production'],
				extraText: ["I er en SMV efter EU's definition."]
			});
			expectCleanRecorders(rec);
		} finally {
			await rec.close();
		}
	});

	it('English (?lang=en): the whole guide, "Change" on the check page, the result', async () => {
		const rec = await newPage(session.browser, { server: session.server, locale: 'en-GB' });
		try {
			const { page } = rec;
			await openStart(rec, session.server.url, 'en');
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
			expect(await page.title()).toBe(
				'Find the right industrial park for your production – Industrial Park Guide'
			);
			await expectNoAxeViolations(page, 'en: start page');
			await clickButton(page, UI.en.start);

			await walkQuestions(page, EN_STEPS, 'en', {
				axe: true,
				onPage: async (title, i) => {
					if (i === 0) await checkEmptySubmitError(page, 'en', title);
				}
			});

			const investment = EN_STEPS.find((s) => s.short === 'Investment')!;
			await checkAndChange(rec, 'en', EN_STEPS, {
				step: investment,
				typedBefore: '250',
				answer: '150',
				shown: '150 million DKK'
			});

			await checkResultPage(page, 'en', {
				needHa: 40,
				parkId: 'esbjerg',
				schemeIds: ['eifo_green_production', 'invest_in_denmark'],
				extraText: []
			});
			expectCleanRecorders(rec);
		} finally {
			await rec.close();
		}
	});
});
