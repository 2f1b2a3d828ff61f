// The adviser form's state: what was typed or chosen per question, and the valid answers derived through the domain.
import { effectiveAnswers, isApplicable } from '../../domain/flow';
import { QUESTIONS, questionById, type Question } from '../../domain/questions';
import {
	rawFromAnswer,
	validateAnswer,
	type FieldError,
	type OptionSource,
	type RawAnswer
} from '../../domain/validate';
import { itemsAt, matrixFromChecklists } from '../../domain/checklists';
import type { NumberLang } from '../../domain/parse-number';
import type { Answers, QuestionId } from '../../domain/types';
import type { DecodedLink } from '../../domain/url-codec';

export type RawAnswers = Partial<Record<QuestionId, RawAnswer>>;

/**
 * True when the adviser has given nothing for the question: it is left for the company. This is about the
 * form, not the rules: a blank question is never shown as an error, whatever validation would say about it.
 */
export function isBlank(raw: RawAnswer | undefined): boolean {
	if (!raw) return true;
	switch (raw.type) {
		case 'single':
			return raw.value === undefined || raw.value === '';
		case 'multi':
			return raw.values.length === 0;
		case 'number':
			return raw.text.trim() === '' && !raw.dontKnow;
		case 'matrix':
			return Object.values(raw.values).every((v) => v === undefined || v === '');
	}
}

/** The raw form of a decoded link's answers and drafts, so an existing link can be edited. */
export function rawFromLink(
	link: Pick<DecodedLink, 'answers' | 'drafts'> | undefined,
	lang: NumberLang
): RawAnswers {
	const raw: RawAnswers = {};
	if (!link) return raw;
	for (const q of QUESTIONS) {
		const draft = link.drafts[q.id];
		if (link.answers[q.id] !== undefined) raw[q.id] = rawFromAnswer(q, link.answers[q.id], lang);
		// A matrix with only some items: the page's checklists read what is not ticked as "not needed", so that is what
		// it is here too (as when the company completes the page). Left as a draft, every other item was an error.
		else if (draft && q.type === 'matrix')
			raw[q.id] = matrixFromChecklists(q, itemsAt(draft, 'must'), itemsAt(draft, 'nice'));
		else if (draft) raw[q.id] = draft;
	}
	return raw;
}

export class AdviserState {
	/** What the adviser has entered, per question. Kept as typed, also when it is not valid (it is never lost). */
	raw = $state<RawAnswers>({});
	readonly #source: OptionSource;

	constructor(source: OptionSource, initial: RawAnswers = {}) {
		this.#source = source;
		this.raw = initial;
	}

	/** Errors per question that has input and does not validate. Blank questions have none. */
	readonly errors: Partial<Record<QuestionId, FieldError[]>> = $derived.by(() => {
		const out: Partial<Record<QuestionId, FieldError[]>> = {};
		for (const [id, raw] of Object.entries(this.raw) as [QuestionId, RawAnswer][]) {
			if (isBlank(raw)) continue;
			const result = validateAnswer(questionById(id), raw, this.#source);
			if (!result.ok) out[id] = result.errors;
		}
		return out;
	});

	/** Every valid answer, including answers to questions that no longer apply (so switching back restores them). */
	readonly valid: Answers = $derived.by(() => {
		const out: Record<string, unknown> = {};
		for (const [id, raw] of Object.entries(this.raw) as [QuestionId, RawAnswer][]) {
			if (isBlank(raw)) continue;
			const result = validateAnswer(questionById(id), raw, this.#source);
			if (result.ok) out[id] = result.value;
		}
		return out as Answers;
	});

	/** The answers that go into the link: valid ones, to questions that apply. */
	readonly answers: Answers = $derived(effectiveAnswers(this.valid));

	/** The questions that apply given the answers so far, in order. */
	readonly applicable = $derived(QUESTIONS.filter((q) => isApplicable(q, this.valid)));

	readonly answeredCount = $derived(Object.keys(this.answers).length);

	/** Questions that apply and have input the link leaves out until it is corrected, each with its first problem. */
	readonly leftOut: { question: Question; error: FieldError }[] = $derived(
		this.applicable.flatMap((q) => {
			const error = this.errors[q.id]?.[0];
			return error ? [{ question: q, error }] : [];
		})
	);

	set(id: QuestionId, raw: RawAnswer): void {
		this.raw = { ...this.raw, [id]: raw };
	}

	get(id: QuestionId): RawAnswer | undefined {
		return this.raw[id];
	}
}
