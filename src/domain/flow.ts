// Which questions apply, which page comes next and where a link may land; the machine routes with these.
import { EARLY_RESULT_AFTER, PAGES, questionsOf, type PageId } from './pages';
import { CONDITIONS, QUESTIONS, questionById, type Question } from './questions';
import type { Answers, QuestionId } from './types';

const PAGE_IDS: readonly PageId[] = PAGES.map((p) => p.id);

/** True when the question applies given the answers so far. */
export function isApplicable(q: Question, answers: Answers): boolean {
	return q.askIf === undefined || CONDITIONS[q.askIf](answers);
}

/** The ids of the questions that apply, in the order the pages ask them (the check page and the print list them so). */
export function applicableQuestions(answers: Answers): QuestionId[] {
	return PAGE_IDS.flatMap((p) => questionsOn(p, answers));
}

/** The questions on a page that apply given the answers. */
export function questionsOn(page: PageId, answers: Answers): QuestionId[] {
	return questionsOf(page).filter((id) => isApplicable(questionById(id), answers));
}

export function isAnswered(answers: Answers, id: QuestionId): boolean {
	return answers[id] !== undefined;
}

/** True when every question on the page that applies is answered. */
export function isPageDone(answers: Answers, page: PageId): boolean {
	return questionsOn(page, answers).every((id) => isAnswered(answers, id));
}

/** The first page with an unanswered question, or undefined when all are answered. */
export function firstUnanswered(answers: Answers): PageId | undefined {
	return PAGE_IDS.find((p) => !isPageDone(answers, p));
}

/** The pages not yet done, in order (what would sharpen an early result). */
export function pagesLeft(answers: Answers): PageId[] {
	return PAGE_IDS.filter((p) => !isPageDone(answers, p));
}

/** The page after `current`, or undefined after the last one. */
export function nextStep(current: PageId): PageId | undefined {
	return PAGE_IDS[PAGE_IDS.indexOf(current) + 1];
}

/** The page before `current`, or undefined before the first one. */
export function previousStep(current: PageId): PageId | undefined {
	const at = PAGE_IDS.indexOf(current);
	return at <= 0 ? undefined : PAGE_IDS[at - 1];
}

/** Position of a page (1-based) and the number of pages: every page is always asked. */
export function stepPosition(current: PageId): { index: number; total: number } {
	return { index: PAGE_IDS.indexOf(current) + 1, total: PAGE_IDS.length };
}

/**
 * The answers that count: answers to questions that no longer apply are kept (so switching back restores them)
 * but are left out of matching, eligibility and the check page.
 */
export function effectiveAnswers(answers: Answers): Answers {
	const out: Answers = {};
	for (const q of QUESTIONS) {
		if (answers[q.id] !== undefined && isApplicable(q, answers)) {
			(out as Record<string, unknown>)[q.id] = answers[q.id];
		}
	}
	// The results page's own settings always apply.
	if (answers.home) out.home = answers.home;
	if (answers.rank_by_distance) out.rank_by_distance = answers.rank_by_distance;
	if (answers.shortlist) out.shortlist = answers.shortlist;
	return out;
}

export function isComplete(answers: Answers): boolean {
	return firstUnanswered(answers) === undefined;
}

/**
 * True when the questions that decide the ranking are answered (every page up to EARLY_RESULT_AFTER): the result
 * can be shown, with a note of the pages that would sharpen it.
 */
export function canSeeResult(answers: Answers): boolean {
	const last = PAGE_IDS.indexOf(EARLY_RESULT_AFTER);
	return PAGE_IDS.slice(0, last + 1).every((p) => isPageDone(answers, p));
}

export type StepId = 'start' | PageId | 'check' | 'results';

/**
 * The step a link opens on when it gives an answer only in part (`drafts`: a needs list with an item the guide cannot read):
 * that answer's page, to finish it, instead of the result or the check page it asks for (review 24: the result was
 * ranked without the company's requirements, while the notice said "finish it on the page"). Otherwise as asked.
 * @example linkStep('results', { infrastructure: { type: 'matrix', values: { port: 'must' } } }) // 'needs'
 */
export function linkStep(
	requested: StepId | undefined,
	drafts: Partial<Record<QuestionId, unknown>>
): StepId | undefined {
	if (requested !== 'results' && requested !== 'check') return requested;
	return PAGE_IDS.find((p) => questionsOf(p).some((q) => drafts[q] !== undefined)) ?? requested;
}

/**
 * Where a requested step (from a link, a reload or the browser's back/forward) may actually land, given the
 * answers. A page opens when every page before it is answered, or once the result can be seen (then every page is
 * one click away); the check page only when everything is answered; the results once they can be seen.
 * Without a request, a link with answers opens where the user can carry on.
 * @example resolveStep(undefined, {}) // 'start'
 * @example resolveStep('results', { project_type: 'expand' }) // 'project' (sectors is still unanswered)
 */
export function resolveStep(requested: StepId | undefined, answers: Answers): StepId {
	const next = firstUnanswered(answers);
	const carryOn: StepId = next ?? 'results';
	if (requested === undefined) return Object.keys(answers).length === 0 ? 'start' : carryOn;
	if (requested === 'start') return 'start';
	if (requested === 'check') return next ?? 'check';
	if (requested === 'results') return canSeeResult(answers) ? 'results' : carryOn;
	const before = PAGE_IDS.slice(0, PAGE_IDS.indexOf(requested));
	if (before.every((p) => isPageDone(answers, p)) || canSeeResult(answers)) return requested;
	return carryOn;
}
