// What the user has entered on a question page and not yet sent with "Næste": kept in this tab (sessionStorage), so
// that a reload – or a phone browser that drops the tab while the user looks something up – brings it back. It is
// given back only on the same page and over the same answers it was typed on (a link opened later in the tab with
// other answers wins; the same link again gives the typed input back); anything else in the entry is ignored and
// deleted. The page check does real work: the next page is set up before the one left is torn down, so it sees the
// previous page's entry first (and deletes it). A side effect like storage.ts; the page decides when.
import type { RawAnswer } from '../domain/validate';
import type { QuestionId } from '../domain/types';

export const PAGE_DRAFT_KEY = 'industripark-guide.page';

export type PageDraft = Partial<Record<QuestionId, RawAnswer>>;

interface Entry {
	v: 1;
	/** The page's id (its slug). */
	page: string;
	/** The answers when it was typed, as the link codec writes them. */
	basis: string;
	raw: PageDraft;
	/** Typed while changing one answer from the check page ("Gem og gå til oversigten"). */
	returning?: true;
}

function storage(win: Window): Storage | undefined {
	try {
		return win.sessionStorage;
	} catch {
		return undefined; // blocked storage: nothing is kept
	}
}

/** Keeps the page's input. Never throws (a full or blocked storage keeps nothing). */
export function keepPageDraft(
	page: string,
	basis: string,
	raw: PageDraft,
	win: Window = window,
	returning = false
): void {
	const entry: Entry = { v: 1, page, basis, raw, ...(returning ? { returning: true } : {}) };
	try {
		storage(win)?.setItem(PAGE_DRAFT_KEY, JSON.stringify(entry));
	} catch {
		// quota or blocked: the page works without it
	}
}

/** Deletes the kept input (the page was left, or the answers deleted). Never throws. */
export function dropPageDraft(win: Window = window): void {
	try {
		storage(win)?.removeItem(PAGE_DRAFT_KEY);
	} catch {
		// blocked: nothing was kept
	}
}

/** What is kept, read and checked: `absent` when nothing is, `bad` when it cannot be used. Never throws. */
function readEntry(win: Window): Entry | 'absent' | 'bad' {
	let text: string | null | undefined;
	try {
		text = storage(win)?.getItem(PAGE_DRAFT_KEY);
	} catch {
		return 'absent';
	}
	if (text == null) return 'absent';
	try {
		const entry: unknown = JSON.parse(text);
		return isEntry(entry) ? entry : 'bad';
	} catch {
		return 'bad';
	}
}

/**
 * The input kept for this page over these answers, for the page's questions only; undefined when there is none or
 * it is of another page, other answers or the wrong shape (then it is deleted). Never throws.
 */
export function takePageDraft(
	page: string,
	basis: string,
	questions: readonly QuestionId[],
	win: Window = window
): PageDraft | undefined {
	const entry = readEntry(win);
	if (entry === 'absent') return undefined;
	if (entry === 'bad' || entry.page !== page || entry.basis !== basis) {
		dropPageDraft(win);
		return undefined;
	}
	const out: PageDraft = {};
	for (const id of questions) {
		const raw = entry.raw[id];
		if (raw !== undefined) out[id] = raw;
	}
	return out;
}

/**
 * True when the input kept for this page over these answers was typed while changing an answer from the check page:
 * after a reload the page returns there again. Never throws.
 */
export function draftWasReturning(page: string, basis: string, win: Window = window): boolean {
	const entry = readEntry(win);
	return (
		typeof entry === 'object' &&
		entry.page === page &&
		entry.basis === basis &&
		entry.returning === true
	);
}

function isEntry(x: unknown): x is Entry {
	if (!isRecord(x) || x.v !== 1 || typeof x.page !== 'string' || typeof x.basis !== 'string')
		return false;
	return isRecord(x.raw) && Object.values(x.raw).every(isRawAnswer);
}

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isStrings = (x: unknown): x is string[] =>
	Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The shapes a question page's input can have (validation of the values is the domain's, on "Næste"). */
function isRawAnswer(x: unknown): x is RawAnswer {
	if (!isRecord(x)) return false;
	switch (x.type) {
		case 'single':
			return x.value === undefined || typeof x.value === 'string';
		case 'multi':
			return isStrings(x.values);
		case 'number':
			return (
				typeof x.text === 'string' &&
				typeof x.dontKnow === 'boolean' &&
				(x.lang === undefined || x.lang === 'da' || x.lang === 'en')
			);
		case 'matrix':
			return (
				isRecord(x.values) &&
				Object.values(x.values).every((v) => v === undefined || typeof v === 'string')
			);
		default:
			return false;
	}
}
