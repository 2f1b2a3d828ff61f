// The question pages' checklists: the answers their ticks give, and the ticks a stored answer or a draft gives back.
// Used by the question pages and the adviser form (loaded with them); validate.ts checks the answers.
import type { MatrixQuestion, SingleQuestion } from './questions';
import { BOTH, type RawAnswer } from './validate';

/**
 * The raw matrix answer of a "what must you have?" and a "what would be nice?" checklist: an item ticked in the first
 * is a must, in the second nice to have, in neither not needed, in both an error for the user to resolve.
 * @example matrixFromChecklists(workforceQ, ['labour_catchment'], []) // { labour_catchment: 'must', education_clusters: 'none' }
 */
export function matrixFromChecklists(
	q: MatrixQuestion,
	must: readonly string[],
	nice: readonly string[]
): RawAnswer {
	const values: Record<string, string> = {};
	for (const item of q.items) {
		const m = must.includes(item);
		const n = nice.includes(item);
		values[item] = m && n ? BOTH : m ? 'must' : n ? 'nice' : 'none';
	}
	return { type: 'matrix', values };
}

/** The items of a matrix answer at one level (to tick the checklists from a stored answer or a draft). */
export function itemsAt(raw: RawAnswer | undefined, level: 'must' | 'nice'): string[] {
	if (raw?.type !== 'matrix') return [];
	return Object.keys(raw.values).filter((k) => raw.values[k] === level || raw.values[k] === BOTH);
}

/** The two checklists a checklist question is asked in: "this applies" (yes) and "we don't know yet". */
export const CHECKLISTS = ['yes', 'dont_know'] as const;
export type Checklist = (typeof CHECKLISTS)[number];

/**
 * The raw answer of a yes/no question asked as an item of two checklists: ticked in "this applies" is yes, in "we
 * don't know yet" don't know, in neither no, in both an error for the user to resolve (as on the needs page).
 * @example singleFromChecklists(netZeroQ, ['net_zero'], []) // { type: 'single', value: 'yes' }
 */
export function singleFromChecklists(
	q: SingleQuestion,
	yes: readonly string[],
	dontKnow: readonly string[]
): RawAnswer {
	const y = yes.includes(q.id);
	const d = dontKnow.includes(q.id);
	return { type: 'single', value: y && d ? BOTH : y ? 'yes' : d ? 'dont_know' : 'no' };
}

/** Whether a checklist question's raw answer (an answer or a draft) is ticked in the list. */
export function tickedIn(raw: RawAnswer | undefined, list: Checklist): boolean {
	return raw?.type === 'single' && (raw.value === list || raw.value === BOTH);
}
