/**
 * Small, reusable steps for driving the guide the way a user does: click
 * labels, type, press buttons — always through roles, labels and the visible
 * texts. Used by the app's browser tests (journey.e2e.ts, behaviour.e2e.ts).
 *
 * Only visible texts are hard-coded here (they are what the user sees and are
 * part of what is tested). Facts that belong to the data (park land, scheme
 * names, the data date) are read from src/data/content so a data update does
 * not break the tests, while the way they are shown is still checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
	REPO_ROOT,
	expectNoAxeViolations,
	launchBrowser,
	newPage,
	startServer,
	type NewPageOptions,
	type RecordedPage,
	type TestServer
} from './harness';
import { PAGES, pageOf, type PageId } from '../../src/domain/pages';
import { decodeLink, encodeAnswers } from '../../src/domain/url-codec';
import { effectiveAnswers } from '../../src/domain/flow';
import { optionSource } from '../../src/data/options';
import { questionById } from '../../src/domain/questions';
import type { QuestionId } from '../../src/domain/types';
import { LINK_FIXTURES } from '../fixtures/links';

// ---------------------------------------------------------------------------
// Visible texts of the page chrome, per language
// ---------------------------------------------------------------------------

export type Lang = 'da' | 'en';

export interface UiTexts {
	startHeading: string;
	start: string;
	next: string;
	saveAndCheck: string;
	back: string;
	step: (index: number, total: number) => string;
	switchLanguage: string;
	errorSummary: string;
	errorPrefix: string;
	checkHeading: string;
	change: (short: string) => string;
	/** The check page's button, and the last question page's once every other page is answered. */
	confirm: string;
	/** The result's link to the check page. */
	changeAnswers: string;
	resultHeading: string;
	dataChecked: string;
	/** The question pages' titles (their h1), by page id. */
	pages: Record<PageId, string>;
}

export const UI: Record<Lang, UiTexts> = {
	da: {
		startHeading: 'Find den rette industripark til jeres produktion',
		start: 'Start guiden',
		next: 'Næste',
		saveAndCheck: 'Gem og gå til oversigten',
		back: 'Tilbage',
		step: (i, n) => `Side ${i} af ${n}`,
		switchLanguage: 'English',
		errorSummary: 'Der er et problem',
		errorPrefix: 'Fejl:',
		checkHeading: 'Tjek jeres svar',
		change: (short) => `Ret svaret om ${short}`,
		confirm: 'Se resultatet',
		changeAnswers: 'Ret jeres svar',
		resultHeading: 'Jeres resultat',
		dataChecked: 'Guidens data er senest kontrolleret',
		pages: {
			project: 'Jeres projekt',
			site: 'Jord, sted og tidspunkt',
			needs: 'Hvad skal grunden og egnen have?',
			conditions: 'Hvad gælder for produktionen?',
			company: 'Om virksomheden'
		}
	},
	en: {
		startHeading: 'Find the right industrial park for your production',
		start: 'Start the guide',
		next: 'Continue',
		saveAndCheck: 'Save and return to the summary',
		back: 'Back',
		step: (i, n) => `Page ${i} of ${n}`,
		switchLanguage: 'Dansk',
		errorSummary: 'There is a problem',
		errorPrefix: 'Error:',
		checkHeading: 'Check your answers',
		change: (short) => `Change the answer about ${short}`,
		confirm: 'See the result',
		changeAnswers: 'Change your answers',
		resultHeading: 'Your result',
		dataChecked: "The guide's data was last checked on",
		pages: {
			project: 'Your project',
			site: 'Land, place and timing',
			needs: 'What must the site and the area have?',
			conditions: 'What applies to the production?',
			company: 'About the company'
		}
	}
};

// ---------------------------------------------------------------------------
// Data read from the app's content files
// ---------------------------------------------------------------------------

interface SiteData {
	id: string;
	name: Record<Lang, string>;
	land: { newPlotsHa: number; approximate: boolean };
	location: { confidence: 'estimate' | 'source' };
}
interface SchemeData {
	id: string;
	name: Record<Lang, string>;
}

function content<T>(file: string): T {
	return JSON.parse(readFileSync(join(REPO_ROOT, 'src/data/content', file), 'utf8')) as T;
}

export const SITES: readonly SiteData[] = content<SiteData[]>('sites.json');
export const SCHEMES: readonly SchemeData[] = content<SchemeData[]>('schemes.json');
export const DATA_CHECKED_ON: string = content<{ checkedOn: string }>('meta.json').checkedOn;

export function site(id: string): SiteData {
	const s = SITES.find((x) => x.id === id);
	if (!s) throw new Error(`No site ${id} in sites.json`);
	return s;
}

export function scheme(id: string): SchemeData {
	const s = SCHEMES.find((x) => x.id === id);
	if (!s) throw new Error(`No scheme ${id} in schemes.json`);
	return s;
}

/** A number the way the app shows it (da-DK / en-GB, up to 2 decimals). */
export function formatNumber(lang: Lang, value: number): string {
	return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
		maximumFractionDigits: 2
	}).format(value);
}

/** An ISO date the way the app shows it (long date style). */
export function formatDate(lang: Lang, iso: string): string {
	return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T12:00:00Z`));
}

/** The site's new building plots as shown in explanations ("ca. " when approximate). */
export function availableHa(lang: Lang, s: SiteData): string {
	return (
		(s.land.approximate ? (lang === 'da' ? 'ca. ' : 'approx. ') : '') +
		formatNumber(lang, s.land.newPlotsHa)
	);
}

// ---------------------------------------------------------------------------
// Reading the page
// ---------------------------------------------------------------------------

/** Whitespace-normalised text. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export const h1 = (page: Page): Locator => page.getByRole('heading', { level: 1 });

export async function h1Text(page: Page): Promise<string> {
	return norm(await h1(page).textContent());
}

/** id and text of document.activeElement. */
export function activeElement(
	page: Page
): Promise<{ id: string; tag: string; text: string; inAlert: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			id: el?.id ?? '',
			tag: el?.tagName.toLowerCase() ?? '',
			text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
			inAlert: !!el?.closest('[role="alert"]')
		};
	});
}

/** Waits until the page heading is `title` and has focus (a new page was shown). */
export async function expectPage(page: Page, title: string): Promise<void> {
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(title);
	await expect
		.poll(() => activeElement(page).then((a) => `${a.id}|${a.text}`), { timeout: 5_000 })
		.toBe(`main-heading|${title}`);
}

/** Waits until the page heading is `title` and `focused` has focus (a page that puts focus on one answer: "Ret"). */
export async function expectPageFocusedOn(
	page: Page,
	title: string,
	focused: Locator
): Promise<void> {
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(title);
	await expect
		.poll(() => focused.evaluate((el) => el === document.activeElement), { timeout: 5_000 })
		.toBe(true);
}

/** "Spørgsmål N af M" above the heading. */
export async function stepText(page: Page): Promise<string> {
	return norm(await page.locator('#step-position').textContent());
}

/** The rows of the "Tjek jeres svar" list: short question label → answer text. */
export function checkPageAnswers(page: Page): Promise<Record<string, string>> {
	return page
		.getByRole('term')
		.evaluateAll((terms) =>
			Object.fromEntries(
				terms.map((dt) => [
					(dt.textContent ?? '').replace(/\s+/g, ' ').trim(),
					(dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim()
				])
			)
		);
}

/**
 * Opens every disclosure in the page's main content and waits until each has drawn its content (folded content is
 * drawn when first opened).
 */
export async function openAllDisclosures(page: Page): Promise<void> {
	await page.evaluate(() =>
		document
			.querySelectorAll('main details')
			.forEach((d) => ((d as HTMLDetailsElement).open = true))
	);
	await expect
		.poll(() =>
			page
				.locator('main details .details-text')
				.evaluateAll((boxes) => boxes.filter((b) => b.childElementCount === 0).length)
		)
		.toBe(0);
}

/** A section of the result page, by its heading (sections are regions named by their h2). */
export const region = (page: Page, name: string): Locator =>
	page.getByRole('region', { name, exact: true });

// ---------------------------------------------------------------------------
// Acting
// ---------------------------------------------------------------------------

/**
 * An answer as the user gives it. `q` (the question's title, its legend or label) scopes it to that question,
 * needed where a page asks several questions with the same options ("Ja"/"Nej"):
 *  - { choose: 'Ja' } or { choose: ['A', 'B'] }: tick the radio/checkboxes by their labels (with `q`, exactly these);
 *  - { type: '2,5 ha' }: type into the question's text field;
 *  - { dontKnow: 'Det ved vi ikke endnu' }: tick the "don't know" box;
 *  - { matrix: { 'Havn eller kaj': 'Skal have', ... } }: per item, tick it in the "must" or the "nice" checklist
 *    (a level of "not needed" leaves it unticked).
 */
export type Answer = { q?: string } & (
	| { choose: string | readonly string[] }
	| { type: string }
	| { dontKnow: string }
	| { matrix: Readonly<Record<string, string>> }
);

/** The needs page's two checklists and the level words that go with them, per language. */
const NEEDS: Record<
	Lang,
	{ must: string; nice: string; levels: Record<string, 'must' | 'nice' | 'none'> }
> = {
	da: {
		must: 'Det skal grunden og egnen have',
		nice: 'Det vil være rart at have',
		levels: { 'Skal have': 'must', 'Rart at have': 'nice', 'Ikke nødvendigt': 'none' }
	},
	en: {
		must: 'The site and the area must have',
		nice: 'Nice to have',
		levels: { 'Must have': 'must', 'Nice to have': 'nice', 'Not needed': 'none' }
	}
};

/** The yes/no words of the questions asked as checklist items, per language, and the list they tick. */
const YES_NO: Record<Lang, Record<string, 'yes' | 'dont_know' | 'no'>> = {
	da: { Ja: 'yes', 'Ved ikke': 'dont_know', Nej: 'no' },
	en: { Yes: 'yes', "Don't know": 'dont_know', No: 'no' }
};

/** The question with this title when it is asked as a checklist item (the conditions page), else undefined. */
async function checklistQuestion(
	page: Page,
	title: string
): Promise<{ id: QuestionId; lang: Lang } | undefined> {
	const lang = (await page.evaluate(() => document.documentElement.lang)) as Lang;
	const id = Object.entries(TEXTS[lang].question).find(([, q]) => q.title === title)?.[0];
	if (!id) return undefined;
	const q = questionById(id as QuestionId);
	return q.type === 'single' && q.checklist ? { id: q.id, lang } : undefined;
}

/** Fills in answers on the current question page (does not submit). */
export async function fillAnswer(page: Page, answer: Answer | readonly Answer[]): Promise<void> {
	const form = page.locator('main form');
	for (const one of Array.isArray(answer) ? (answer as readonly Answer[]) : [answer as Answer]) {
		const scope = one.q ? form.getByRole('group', { name: one.q, exact: true }) : form;
		const checklist = one.q ? await checklistQuestion(page, one.q) : undefined;
		if (checklist && 'choose' in one) {
			// A yes/no question asked as an item of the conditions page's two checklists: "Ja" ticks it in the first,
			// "Ved ikke" in the second, "Nej" in neither.
			const answer = YES_NO[checklist.lang][one.choose as string];
			if (answer === undefined) throw new Error(`unknown yes/no answer "${String(one.choose)}"`);
			for (const list of ['yes', 'dont_know'] as const)
				await form.locator(`#conditions-${list}-${checklist.id}`).setChecked(list === answer);
		} else if ('choose' in one) {
			const labels = typeof one.choose === 'string' ? [one.choose] : one.choose;
			for (const label of labels) await scope.getByLabel(label, { exact: true }).check();
			// Exactly these: a box ticked in advance from an earlier answer (the net-zero technology of the sector) and not
			// chosen is unticked, as a user would.
			if (one.q)
				for (const box of await scope.getByRole('checkbox', { checked: true }).all()) {
					const name = await box.evaluate(
						(b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''
					);
					if (!labels.includes(name)) await box.uncheck();
				}
		} else if ('type' in one) {
			const box = one.q
				? form.getByRole('textbox', { name: one.q, exact: true })
				: form.getByRole('textbox');
			await box.fill(one.type);
		} else if ('dontKnow' in one) {
			await form.getByLabel(one.dontKnow, { exact: true }).check();
		} else {
			const lang = (await page.evaluate(() => document.documentElement.lang)) as Lang;
			const needs = NEEDS[lang];
			for (const [item, levelText] of Object.entries(one.matrix)) {
				const level = needs.levels[levelText];
				if (level === undefined) throw new Error(`unknown need level "${levelText}"`);
				if (level === 'none') continue;
				await form
					.getByRole('group', { name: needs[level], exact: true })
					.getByLabel(item, { exact: true })
					.check();
			}
		}
	}
}

/** Presses the question page's submit button ("Næste" / "Gem og gå til oversigten" / English). */
export async function submitQuestion(page: Page, lang: Lang): Promise<void> {
	const t = UI[lang];
	await page
		.locator('main form')
		.getByRole('button', {
			name: new RegExp(`^(${[t.next, t.saveAndCheck, t.confirm].map(escapeRegExp).join('|')})$`)
		})
		.click();
}

/** Fills in the page's answers and presses "Næste". */
export async function answerQuestion(
	page: Page,
	answer: Answer | readonly Answer[],
	lang: Lang = 'da'
): Promise<void> {
	await fillAnswer(page, answer);
	await submitQuestion(page, lang);
}

export async function clickButton(page: Page, name: string): Promise<void> {
	await page.getByRole('button', { name, exact: true }).click();
}

export async function clickLink(page: Page, name: string): Promise<void> {
	await page.getByRole('link', { name, exact: true }).click();
}

/** Opens the guide (optionally `?lang=en`) and waits for the start page. */
export async function openStart(
	rec: RecordedPage,
	baseUrl: string,
	lang: Lang = 'da',
	viaQuery = lang === 'en'
): Promise<void> {
	await rec.page.goto(baseUrl + (viaQuery ? `/?lang=${lang}` : '/'));
	await expect.poll(() => h1Text(rec.page), { timeout: 10_000 }).toBe(UI[lang].startHeading);
}

/** Asserts the page has no console errors, CSP violations or foreign requests so far. */
export function expectCleanRecorders(rec: RecordedPage): void {
	expect(rec.errors(), 'console errors/warnings and page errors').toEqual([]);
	expect(rec.cspViolations(), 'CSP violations').toEqual([]);
	expect(rec.foreignRequests(), 'requests to other hosts').toEqual([]);
}

export { expectNoAxeViolations };

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------
// A whole questionnaire as data
// ---------------------------------------------------------------------------

export interface Step {
	/** The question's title (its legend or label on the page). */
	title: string;
	/** The short label on the check page. */
	short: string;
	answer: Answer;
	/** The expected answer text on the check page. */
	shown: string;
}

/** The guide's texts per language, read from the app's files (to find the page a question is on). */
const texts = (lang: Lang) => ({
	...JSON.parse(readFileSync(join(REPO_ROOT, `src/i18n/${lang}.json`), 'utf8')),
	...JSON.parse(readFileSync(join(REPO_ROOT, `src/i18n/question.${lang}.json`), 'utf8'))
});
const TEXTS: Record<
	Lang,
	{ page: Record<string, { title: string }>; question: Record<string, { title: string }> }
> = { da: texts('da'), en: texts('en') };

/** The title of the page that asks the question with this title. */
export function pageTitleOf(questionTitle: string, lang: Lang): string {
	const id = Object.entries(TEXTS[lang].question).find(([, q]) => q.title === questionTitle)?.[0];
	if (!id) throw new Error(`no question titled "${questionTitle}" (${lang})`);
	return TEXTS[lang].page[pageOf(id as QuestionId)]!.title;
}

/** The steps grouped by the page that asks them, in page order: the page's title, "Side n af 5" and its steps. */
export function stepsByPage(
	steps: readonly Step[],
	lang: Lang
): { title: string; index: number; steps: Step[] }[] {
	return PAGES.map((p, i) => ({
		title: TEXTS[lang].page[p.id]!.title,
		index: i + 1,
		steps: steps.filter((s) => pageTitleOf(s.title, lang) === TEXTS[lang].page[p.id]!.title)
	})).filter((g) => g.steps.length > 0);
}

/**
 * Walks the question pages from the first to the result: on each page checks the heading, the step line and
 * (optionally) axe, answers every question on it, presses "Næste" (on the last page "Se resultatet") and checks that
 * focus moved to the next page's heading. `onPage` gets the page's title and its position (0 = the first page).
 */
export async function walkQuestions(
	page: Page,
	steps: readonly Step[],
	lang: Lang,
	options: { axe?: boolean; onPage?: (title: string, i: number) => Promise<void> } = {}
): Promise<void> {
	const t = UI[lang];
	for (const [i, group] of stepsByPage(steps, lang).entries()) {
		await expectPage(page, group.title);
		expect(await stepText(page), `step line on "${group.title}"`).toBe(
			t.step(group.index, ALL_PAGES)
		);
		if (options.axe)
			await expectNoAxeViolations(page, `${lang}: page ${group.index} "${group.title}"`);
		if (options.onPage) await options.onPage(group.title, i);
		await answerQuestion(
			page,
			group.steps.map((s) => ({ ...s.answer, q: s.title })),
			lang
		);
	}
	await expectPage(page, t.resultHeading);
}

/** "Ret jeres svar" on the result: the check page, with every answer and its "Ret". */
export async function openCheckPage(page: Page, lang: Lang): Promise<void> {
	await clickButton(page, UI[lang].changeAnswers);
	await expectPage(page, UI[lang].checkHeading);
}

// ---------------------------------------------------------------------------
// Walking the questions without knowing them (a11y, keyboard, speed, reflow tests)
// ---------------------------------------------------------------------------

/** Number of question pages (every page is always asked; follow-ups appear on their page). */
export const ALL_PAGES = PAGES.length;

/**
 * Answers the current question page without knowing its texts: every empty text field gets `number`; the first
 * radio of every radio group and the first checkbox of every named checkbox group are chosen (by clicking their
 * labels). The first options are "Ja"/"Yes" and "Under 10", and every condition is ticked as applying, so every follow-up
 * appears (net-zero technology, work with critical raw materials, financials) and is answered in a second pass. "Nice to have" and "don't know" boxes
 * are left alone (a must and a nice tick on the same item, or a number and "don't know", would be an error).
 * A group that is already answered is left alone.
 */
export async function answerWithFirstOptions(page: Page, number = '10'): Promise<void> {
	const form = page.locator('main form');
	for (let pass = 0; pass < 3; pass++) {
		const texts = form.locator('input[type="text"]');
		for (let i = 0; i < (await texts.count()); i++) {
			if ((await texts.nth(i).inputValue()) === '') await texts.nth(i).fill(number);
		}
		const ids = await form
			.locator('input[type="radio"], input[type="checkbox"]')
			.evaluateAll((inputs) => {
				const all = (inputs as HTMLInputElement[]).filter(
					(i) => i.name !== '' && i.name !== 'needs-nice' && i.name !== 'conditions-dont_know'
				);
				// A group that already has an answer (a page shown again) is left as it is: a click would untick a checkbox.
				const answered = new Set(all.filter((i) => i.checked).map((i) => i.name));
				const seen = new Set<string>();
				const out: string[] = [];
				for (const input of all) {
					// Every condition applies, so that every follow-up is asked.
					const every = input.name === 'conditions-yes';
					if ((every || !seen.has(input.name)) && !answered.has(input.name)) out.push(input.id);
					seen.add(input.name);
				}
				return out;
			});
		if (ids.length === 0) return;
		for (const id of ids) await form.locator(`label[for="${id}"]`).click();
	}
}

/** Waits until the page heading is no longer `previous` and the new heading has focus; returns its text. */
export async function expectNextPage(page: Page, previous: string): Promise<string> {
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).not.toBe(previous);
	const title = await h1Text(page);
	await expect
		.poll(() => activeElement(page).then((a) => `${a.id}|${a.text}`), { timeout: 5_000 })
		.toBe(`main-heading|${title}`);
	return title;
}

/**
 * The query (without "?") of the complete Danish link fixture (tests/fixtures/links.ts) as the guide writes it back
 * today (only the answers that count: its phasing is not, as every park has its 25.5 ha), in the language asked for.
 */
export function completeQuery(lang: Lang): string {
	const fixture = LINK_FIXTURES[1]?.find((f) => f.name.startsWith('a complete Danish link'));
	if (!fixture) throw new Error('tests/fixtures/links.ts has no complete Danish link');
	return encodeAnswers(effectiveAnswers(decodeLink(fixture.query, optionSource).answers), lang);
}

// ---------------------------------------------------------------------------
// One server and one browser per test file
// ---------------------------------------------------------------------------

export interface BrowserSession {
	/** The static server over dist/ (started before the file's tests). */
	readonly server: TestServer;
	readonly browser: Browser;
	/**
	 * Runs `fn` on a new page (allowed hosts: the server only, unless `options` says otherwise), then checks that
	 * there were no console errors, CSP violations or foreign requests (`clean: false` skips that) and closes it.
	 */
	withPage(
		fn: (rec: RecordedPage) => Promise<void>,
		options?: NewPageOptions & { clean?: boolean }
	): Promise<void>;
}

/** Starts the server and Chromium before the test file's tests and closes them after; call at the top level. */
export function useBrowser(): BrowserSession {
	let server: TestServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await startServer();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	const started = <T>(value: T | undefined, what: string): T => {
		if (value === undefined)
			throw new Error(`the ${what} is not started yet: use it inside a test or a hook`);
		return value;
	};
	const session: BrowserSession = {
		get server() {
			return started(server, 'server');
		},
		get browser() {
			return started(browser, 'browser');
		},
		async withPage(fn, options = {}) {
			const { clean = true, ...pageOptions } = options;
			const rec = await newPage(session.browser, { server: session.server, ...pageOptions });
			try {
				await fn(rec);
				if (clean) expectCleanRecorders(rec);
			} finally {
				await rec.close();
			}
		}
	};
	return session;
}

/** The browser locale for a guide language. */
export const localeOf = (lang: Lang): string => (lang === 'da' ? 'da-DK' : 'en-GB');
