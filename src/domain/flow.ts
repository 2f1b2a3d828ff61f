// Which questions apply and in which order; the machine routes with these, the UI shows "step n of m" from them.
import { CONDITIONS, CONDITION_DEPENDS_ON, QUESTIONS, type Question } from './questions';
import type { Answers, QuestionId } from './types';

/** True when the question applies given the answers so far. */
export function isApplicable(q: Question, answers: Answers): boolean {
	return q.askIf === undefined || CONDITIONS[q.askIf](answers);
}

/** The ids of the questions that apply, in order. */
export function applicableSteps(answers: Answers): QuestionId[] {
	return QUESTIONS.filter((q) => isApplicable(q, answers)).map((q) => q.id);
}

export function isAnswered(answers: Answers, id: QuestionId): boolean {
	return answers[id] !== undefined;
}

/** The first applicable question without an answer, or undefined when all are answered. */
export function firstUnanswered(answers: Answers): QuestionId | undefined {
	return applicableSteps(answers).find((id) => !isAnswered(answers, id));
}

/** The applicable question after `current`, or undefined after the last one. */
export function nextStep(answers: Answers, current: QuestionId): QuestionId | undefined {
	const steps = applicableSteps(answers);
	const at = steps.indexOf(current);
	if (at === -1) return firstUnanswered(answers) ?? steps[0];
	return steps[at + 1];
}

/** The applicable question before `current`, or undefined before the first one. */
export function previousStep(answers: Answers, current: QuestionId): QuestionId | undefined {
	const steps = applicableSteps(answers);
	const at = steps.indexOf(current);
	if (at <= 0) return undefined;
	return steps[at - 1];
}

/**
 * Position of a question (1-based) and the number of questions. A conditional question counts until the answer
 * it depends on rules it out, so the total only ever falls as the user goes ("af 18" → "af 16"), never rises.
 */
export function stepPosition(
	answers: Answers,
	current: QuestionId
): { index: number; total: number } {
	const counted = QUESTIONS.filter(
		(q) =>
			isApplicable(q, answers) ||
			(q.askIf !== undefined && answers[CONDITION_DEPENDS_ON[q.askIf]] === undefined)
	).map((q) => q.id);
	return { index: counted.indexOf(current) + 1, total: counted.length };
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

export type StepId = 'start' | QuestionId | 'check' | 'results';

/**
 * Where a requested step (from a link, a reload or the browser's back/forward) may actually land, given the
 * answers. A question opens when it applies and is answered or is the next to answer; check and results only
 * when everything is answered. Without a request, a link with answers opens where the user can carry on.
 * @example resolveStep(undefined, {}) // 'start'
 * @example resolveStep('results', { project_type: 'expand' }) // 'sectors' (the first unanswered question)
 */
export function resolveStep(requested: StepId | undefined, answers: Answers): StepId {
	const next = firstUnanswered(answers);
	const carryOn: StepId = next ?? 'results';
	if (requested === undefined) return Object.keys(answers).length === 0 ? 'start' : carryOn;
	if (requested === 'start') return 'start';
	if (requested === 'check' || requested === 'results') return next ?? requested;
	const steps = applicableSteps(answers);
	if (!steps.includes(requested)) return carryOn;
	if (isAnswered(answers, requested) || requested === next) return requested;
	return carryOn;
}
