// Validation of raw form input into typed answers; returns i18n error keys, never throws on user input.
import { isApplicable } from './flow';
import { questionsOf, type PageId } from './pages';
import { formatNumberForInput, parseNumberInput, type NumberLang } from './parse-number';
import { questionById } from './questions';
import type {
	MatrixQuestion,
	MultiQuestion,
	NumberQuestion,
	Question,
	SingleQuestion
} from './questions';
import { offeredRegions } from './regions';
import type { Answers, QuestionId, Region } from './types';

/** What a question page submits, before validation. Kept as typed so it can be shown back unchanged. */
export type RawAnswer =
	| { type: 'single'; value: string | undefined }
	| { type: 'multi'; values: string[] }
	| {
			type: 'number';
			text: string;
			dontKnow: boolean;
			/** The language the text was typed in (decimal mark). */ lang?: NumberLang;
			/**
			 * The page asks about this number (plausibility.ts: "3.000" hectares, "1,500" in Danish) and the user has not
			 * gone on with it yet: the page stops once with an error, so a number probably not meant is not taken unseen
			 * (review 24: "500.000" mio. kr. typed as kroner put a 12-person company in the One Stop Shop).
			 */
			unconfirmed?: true;
	  }
	/** A level per item; `both` when the item was ticked as a must and as nice to have (see matrixFromChecklists). */
	| { type: 'matrix'; values: Record<string, string | undefined> };

/** One problem with a field. `field` is the option or item id the message belongs to ('' = the whole question). */
export interface FieldError {
	field: string;
	/** i18n key under `error.` */
	key: string;
	params?: Record<string, string | number>;
}

export type Validation =
	{ ok: true; value: NonNullable<Answers[QuestionId]> } | { ok: false; errors: FieldError[] };

/** The option ids a question accepts, given the ids of content-driven lists. */
export interface OptionSource {
	sectors: readonly string[];
	regions: readonly string[];
}

export function optionIds(
	q: MultiQuestion | SingleQuestion,
	source: OptionSource
): readonly string[] {
	if (q.type === 'single') return q.options;
	if (Array.isArray(q.options)) return q.options;
	const { from } = q.options as { from: 'sectors' | 'regions' };
	const base = source[from];
	// The exclusive option ("no preference") is not in the content list itself.
	return q.exclusive && !base.includes(q.exclusive) ? [...base, q.exclusive] : base;
}

/**
 * The options a question offers on `today` (YYYY-MM-DD): every accepted one, but for regions only those that exist
 * that day, and any already chosen (an old link's region that has since merged is still shown, ticked).
 */
export function offeredOptions(
	q: MultiQuestion | SingleQuestion,
	source: OptionSource,
	regions: readonly Region[],
	today: string,
	chosen: readonly string[] = []
): readonly string[] {
	const all = optionIds(q, source);
	if (q.type === 'single' || !('from' in q.options) || q.options.from !== 'regions') return all;
	const offered = new Set(offeredRegions(regions, today, chosen));
	return all.filter((id) => id === q.exclusive || offered.has(id));
}

/**
 * Validate a raw answer for a question.
 * @example validateAnswer(landQuestion, { type: 'number', text: '2,5', dontKnow: false }, src) // { ok: true, value: 2.5 }
 */
export function validateAnswer(
	q: Question,
	raw: RawAnswer | undefined,
	source: OptionSource
): Validation {
	switch (q.type) {
		case 'single':
			return validateSingle(q, raw, source);
		case 'multi':
			return validateMulti(q, raw, source);
		case 'number':
			return validateNumber(q, raw);
		case 'matrix':
			return validateMatrix(q, raw);
	}
}

function fail(key: string, field = '', params?: FieldError['params']): Validation {
	return { ok: false, errors: [{ field, key, ...(params ? { params } : {}) }] };
}

function validateSingle(
	q: SingleQuestion,
	raw: RawAnswer | undefined,
	source: OptionSource
): Validation {
	const value = raw?.type === 'single' ? raw.value : undefined;
	if (value === undefined || value === '') return fail(`${q.id}.required`);
	if (value === BOTH && q.checklist) return fail('checklist.both', q.id);
	if (!optionIds(q, source).includes(value)) return fail('invalid_option');
	return { ok: true, value: value as never };
}

function validateMulti(
	q: MultiQuestion,
	raw: RawAnswer | undefined,
	source: OptionSource
): Validation {
	const values = raw?.type === 'multi' ? raw.values : [];
	if (values.length === 0) return fail(`${q.id}.required`);
	const allowed = optionIds(q, source);
	if (values.some((v) => !allowed.includes(v))) return fail('invalid_option');
	if (q.exclusive && values.includes(q.exclusive) && values.length > 1) {
		return fail(`${q.id}.exclusive`);
	}
	// Deterministic order: the order the options are listed in.
	const unique = allowed.filter((id) => values.includes(id));
	return { ok: true, value: unique as never };
}

function validateNumber(q: NumberQuestion, raw: RawAnswer | undefined): Validation {
	const text = raw?.type === 'number' ? raw.text : '';
	const dontKnow = raw?.type === 'number' ? raw.dontKnow : false;
	// "Det ved vi ikke endnu" wins: ticking it disables the field, which keeps what was typed for an untick.
	if (dontKnow && q.allowDontKnow) return { ok: true, value: 'dont_know' as never };
	const parsed = parseNumberInput(text, q.unit, raw?.type === 'number' ? raw.lang : undefined);
	if (!parsed.ok)
		return fail(parsed.reason === 'empty' ? `${q.id}.required` : `${q.id}.${parsed.reason}`);
	if (parsed.value < q.min) return fail(`${q.id}.too_small`);
	if (parsed.value > q.max) return fail(`${q.id}.too_large`, '', { max: q.max });
	if (raw?.type === 'number' && raw.unconfirmed)
		return fail(`${q.id}.implausible`, '', { value: parsed.value });
	return { ok: true, value: parsed.value as never };
}

function validateMatrix(q: MatrixQuestion, raw: RawAnswer | undefined): Validation {
	const values = raw?.type === 'matrix' ? raw.values : {};
	const errors: FieldError[] = [];
	const result: Record<string, string> = {};
	for (const item of q.items) {
		const v = values[item];
		if (v === undefined || v === '') errors.push({ field: item, key: `${q.id}.required_item` });
		else if (v === BOTH) errors.push({ field: item, key: 'needs.both' });
		else if (!(q.levels as readonly string[]).includes(v))
			errors.push({ field: item, key: 'invalid_option' });
		else result[item] = v;
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, value: result as never };
}

/** An item ticked in two of a page's checklists (see checklists.ts): an error for the user to resolve. */
export const BOTH = 'both';

/** A page's problems, each with the question it belongs to. */
export interface PageError extends FieldError {
	question: QuestionId;
}

/**
 * Validate every question on a page that applies, in page order, so a follow-up is judged by the answer given above
 * it on the same page (net-zero technology only when net zero is "yes"). Questions that do not apply are skipped.
 */
export function validatePage(
	page: PageId,
	raw: Partial<Record<QuestionId, RawAnswer>>,
	answers: Answers,
	source: OptionSource
): { ok: true; values: Answers } | { ok: false; errors: PageError[] } {
	const candidate: Answers = { ...answers };
	const values: Record<string, unknown> = {};
	const errors: PageError[] = [];
	for (const q of questionsOf(page).map(questionById)) {
		if (!isApplicable(q, candidate)) continue;
		const v = validateAnswer(q, raw[q.id], source);
		if (v.ok) {
			values[q.id] = v.value;
			(candidate as Record<string, unknown>)[q.id] = v.value;
		} else {
			// A wrong answer decides no follow-up: its own error is enough.
			delete (candidate as Record<string, unknown>)[q.id];
			errors.push(...v.errors.map((e) => ({ ...e, question: q.id })));
		}
	}
	return errors.length > 0 ? { ok: false, errors } : { ok: true, values: values as Answers };
}

/**
 * What "Se resultatet nu" keeps of a valid page. A page asked as checklists only (the needs, the conditions) with
 * nothing ticked, none of its questions answered before, stays unanswered: no tick means "no" or "not needed" when
 * the user goes on with "Næste", but an early look from a page only opened must not answer it for the user.
 * @example earlyLookValues('conditions', { net_zero: 'no', … }, {}) // {}
 */
export function earlyLookValues(page: PageId, values: Answers, answers: Answers): Answers {
	const questions = questionsOf(page).map(questionById);
	const checklistsOnly = questions.every(
		(q) => q.type === 'matrix' || (q.type === 'single' && q.checklist) || q.askIf
	);
	const untouched = questions.every((q) => {
		if (answers[q.id] !== undefined) return false;
		const value = values[q.id];
		if (value === undefined) return true; // a follow-up not asked
		if (q.type === 'matrix') return Object.values(value).every((level) => level === 'none');
		return value === 'no';
	});
	return checklistsOnly && untouched ? {} : values;
}

/** The raw form of a stored answer, to prefill a question page; numbers are written the language's way. */
export function rawFromAnswer(
	q: Question,
	value: Answers[QuestionId] | undefined,
	lang: NumberLang = 'da'
): RawAnswer {
	switch (q.type) {
		case 'single':
			return { type: 'single', value: typeof value === 'string' ? value : undefined };
		case 'multi':
			return { type: 'multi', values: Array.isArray(value) ? [...value] : [] };
		case 'number':
			if (value === 'dont_know') return { type: 'number', text: '', dontKnow: true, lang };
			return {
				type: 'number',
				text: typeof value === 'number' ? formatNumberForInput(value, lang) : '',
				dontKnow: false,
				lang
			};
		case 'matrix':
			return {
				type: 'matrix',
				values: value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {}
			};
	}
}

/** The options chosen in a choice question's raw input (none for a single question left open). */
export function chosenOptions(raw: RawAnswer | undefined): string[] {
	if (raw?.type === 'single') return raw.value ? [raw.value] : [];
	return raw?.type === 'multi' ? [...raw.values] : [];
}

/** A choice question's raw input from the options chosen (at most the first for a single question). */
export function rawFromChosen(
	q: SingleQuestion | MultiQuestion,
	chosen: readonly string[]
): RawAnswer {
	return q.type === 'single'
		? { type: 'single', value: chosen[0] }
		: { type: 'multi', values: [...chosen] };
}
