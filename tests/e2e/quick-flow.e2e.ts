/**
 * Fewer steps in (#14): the five example companies answer the guide as a user does – clicks on labels, one fill per
 * typed field, one press per button – and the test counts every interaction from "Start guiden" to the result,
 * for the whole questionnaire and for the early look (after the questions that decide the ranking). The counts are
 * printed; the result's link must hold exactly the company's answers, so no answer is lost on the shorter way.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXAMPLE_COMPANIES } from '../fixtures/example-companies';
import { UI, expectNoAxeViolations, h1Text, useBrowser, type Lang } from './guide';
import { decodeLink, encodeAnswers } from '../../src/domain/url-codec';
import { effectiveAnswers, questionsOn } from '../../src/domain/flow';
import { EARLY_RESULT_AFTER, PAGES } from '../../src/domain/pages';
import { questionById } from '../../src/domain/questions';
import { optionSource } from '../../src/data/options';
import { questionContent } from '../../src/data/question-content';
import { isoDay, regionOn } from '../../src/domain/regions';
import type { Answers, QuestionId } from '../../src/domain/types';

const session = useBrowser();
const PHONE = { width: 390, height: 844 };
/** The goal of issue #14 for the early look; the whole questionnaire's count is printed. */
const MAX_EARLY = 15;

/** Answers one page the way a user would; returns the number of interactions (clicks and typed fields). */
async function answerPage(page: Page, answers: Answers, pageId: (typeof PAGES)[number]['id']) {
	let count = 0;
	const click = async (id: string) => {
		await page.locator(`label[for="${id}"]`).click();
		count++;
	};
	// Follow-ups appear as their answer is given, so the questions are read again after each one.
	for (const id of questionsOn(pageId, answers) as QuestionId[]) {
		const q = questionById(id);
		const value = answers[id];
		if (value === undefined) continue;
		if (q.type === 'single' && q.checklist) {
			// A condition: ticked in "applies" or "not known yet"; "no" is no tick.
			if (value !== 'no') await click(`conditions-${value as string}-${id}`);
		} else if (q.type === 'single') await click(`${id}-${value as string}`);
		else if (q.type === 'multi') {
			// Options ticked in advance from an earlier answer (the net-zero technology) are clicked only where they differ.
			const want = offeredToday(id, value as string[]);
			const ticked = await page
				.locator(`input[name="${id}"]:checked`)
				.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
			for (const v of want) if (!ticked.includes(v)) await click(`${id}-${v}`);
			for (const v of ticked) if (!want.includes(v)) await click(`${id}-${v}`);
		} else if (q.type === 'number') {
			if (value === 'dont_know') await click(`${id}-dont_know`);
			else {
				await page.locator(`#${id}-input`).fill(String(value).replace('.', ','));
				count++;
			}
		} else {
			for (const [item, level] of Object.entries(value as Record<string, string>))
				if (level !== 'none') await click(`needs-${level}-${item}`);
		}
	}
	return count;
}

/** A region as the question offers it today (Region Sjælland is chosen as Region Østdanmark from 2027). */
function offeredToday(id: QuestionId, values: string[]): string[] {
	if (id !== 'regions') return values;
	const today = isoDay(new Date());
	return [...new Set(values.map((v) => regionOn(v, questionContent.regions, today)))];
}

async function press(page: Page, name: string): Promise<void> {
	await page.getByRole('button', { name, exact: true }).click();
}

async function waitForHeading(page: Page, previous: string): Promise<string> {
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).not.toBe(previous);
	return h1Text(page);
}

/** Walks the guide for the company; `early` stops with "Se resultatet nu" after EARLY_RESULT_AFTER. */
async function walk(page: Page, answers: Answers, lang: Lang, early: boolean): Promise<number> {
	const t = UI[lang];
	const resultNow = lang === 'da' ? 'Se resultatet nu' : 'See the result now';
	await page.goto(`${session.server.url}/${lang === 'en' ? '?lang=en' : ''}`);
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(t.startHeading);
	await press(page, t.start);
	let count = 1;
	let heading = t.startHeading;
	for (const [i, p] of PAGES.entries()) {
		heading = await waitForHeading(page, heading);
		count += await answerPage(page, answers, p.id);
		const earlyStop = early && p.id === EARLY_RESULT_AFTER;
		// The last page's button is "Se resultatet": the result comes straight after it.
		await press(page, earlyStop ? resultNow : i === PAGES.length - 1 ? t.confirm : t.next);
		count++;
		if (earlyStop) break;
	}
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(t.resultHeading);
	return count;
}

/** The answers in the page's address (the link contract), without the language. */
async function answersInAddress(page: Page): Promise<string> {
	const search = await page.evaluate(() => location.search.slice(1));
	return encodeAnswers(decodeLink(search, optionSource).answers);
}

describe('interactions to the result for the five example companies', () => {
	it.each(['da', 'en'] as const)(
		'%s: the whole questionnaire and the early look, counted and printed',
		async (lang) => {
			const rows: string[] = [];
			for (const company of EXAMPLE_COMPANIES) {
				const answers = effectiveAnswers(decodeLink(company.query, optionSource).answers);
				delete answers.home;
				if (answers.regions) answers.regions = offeredToday('regions', answers.regions);
				let whole = 0;
				let early = 0;
				await session.withPage(
					async ({ page }) => {
						whole = await walk(page, answers, lang, false);
						expect(await answersInAddress(page), `${company.id}: every answer kept`).toBe(
							encodeAnswers(answers)
						);
					},
					{ viewport: PHONE }
				);
				await session.withPage(
					async ({ page }) => {
						early = await walk(page, answers, lang, true);
					},
					{ viewport: PHONE }
				);
				expect(early, `${company.id}: early look`).toBeLessThanOrEqual(MAX_EARLY);
				rows.push(`${company.id}: ${whole} interactions (whole), ${early} (early look)`);
			}
			console.log(`[interactions ${lang}]\n  ${rows.join('\n  ')}`);
		},
		240_000
	);
});

describe('the grouped pages', () => {
	it.each(['da', 'en'] as const)(
		'%s: axe on every page with its follow-ups shown',
		async (lang) => {
			await session.withPage(async ({ page }) => {
				const all = effectiveAnswers(
					decodeLink(EXAMPLE_COMPANIES.find((c) => c.id === 'ptx-plant')!.query, optionSource)
						.answers
				);
				await page.goto(`${session.server.url}/${lang === 'en' ? '?lang=en' : ''}`);
				await press(page, UI[lang].start);
				let heading = UI[lang].startHeading;
				for (const [i, p] of PAGES.entries()) {
					heading = await waitForHeading(page, heading);
					await answerPage(page, all, p.id);
					await expectNoAxeViolations(page, `${lang}: page ${p.id}`);
					await press(page, i === PAGES.length - 1 ? UI[lang].confirm : UI[lang].next);
				}
				await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI[lang].resultHeading);
			});
		}
	);
});

describe('the first result', () => {
	const T = {
		da: { note: 'Et første resultat' },
		en: { note: 'A first result' }
	} as const;

	it.each(['da', 'en'] as const)(
		'%s: says what it rests on, offers the pages left, opens one of them; axe 0',
		async (lang) => {
			await session.withPage(
				async ({ page }) => {
					const answers = effectiveAnswers(
						decodeLink(EXAMPLE_COMPANIES[0]!.query, optionSource).answers
					);
					delete answers.home;
					await walk(page, answers, lang, true);
					const note = page.getByRole('note', { name: T[lang].note });
					await note.waitFor();
					const offered = await note.getByRole('button').allTextContents();
					expect(offered, 'the pages left, in order').toEqual(
						PAGES.slice(PAGES.findIndex((p) => p.id === EARLY_RESULT_AFTER) + 1).map(
							(p) => UI[lang].pages[p.id]
						)
					);
					// The best park comes first, on the first screen of the phone; the note follows it.
					const best = await page.locator('#brief').boundingBox();
					const noteBox = await note.boundingBox();
					expect(best && noteBox && best.y < noteBox.y, 'the brief before the note').toBe(true);
					expect(best!.y, 'the brief on the first screen').toBeLessThan(PHONE.height);
					await expectNoAxeViolations(page, `${lang}: the first result`);
					await note.getByRole('button', { name: UI[lang].pages.needs }).click();
					await expect.poll(() => h1Text(page)).toBe(UI[lang].pages.needs);
					// The early result is one click away again from the page.
					expect(
						await page
							.getByRole('button', {
								name: lang === 'da' ? 'Se resultatet nu' : 'See the result now'
							})
							.count()
					).toBe(1);
				},
				{ viewport: PHONE }
			);
		}
	);
});
