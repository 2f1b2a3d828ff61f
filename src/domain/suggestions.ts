// Answers ticked in advance from an earlier answer, for the user to keep or change (kept out of the first load: only
// the question pages and the support rules use them).
import { NET_ZERO_TECH } from './questions';
import type { Answers, QuestionId } from './types';

/**
 * The net-zero technology a chosen sector names: the sector's own technology in the groups of net_zero_tech (the Net-Zero
 * Industry Act's). A project in one of these sectors that says it is a net-zero project is asked for its technology
 * ticked in advance, so it does not choose it a second time (review 21: a Power-to-X plant was stopped on the
 * conditions page by "Vælg mindst én nettonul-teknologi"). Sectors that span several groups ("other green
 * technology") name none.
 */
export const SECTOR_NET_ZERO_TECH: Readonly<Record<string, string>> = {
	wind_offshore: 'wind',
	hydrogen_ptx: 'electrolysers_fuel_cells',
	ccus_energy: 'ccs_co2'
};

/** The net-zero technologies the chosen sectors name, in the question's order. */
export function netZeroTechOfSectors(sectors: readonly string[] | undefined): string[] {
	const named = new Set((sectors ?? []).map((s) => SECTOR_NET_ZERO_TECH[s]));
	return NET_ZERO_TECH.filter((t) => named.has(t));
}

/** Options ticked in advance and the earlier answers they come from (today: the sectors). */
export interface Suggestion {
	choices: string[];
	sectors: string[];
}

/**
 * The options an earlier answer ticks in advance on a question not yet answered (today the net-zero technology of the
 * chosen sectors), with the sectors that name them; the user may change them before going on.
 */
export function suggestion(id: QuestionId, answers: Answers): Suggestion | undefined {
	if (id !== 'net_zero_tech') return undefined;
	const sectors = (answers.sectors ?? []).filter((s) => SECTOR_NET_ZERO_TECH[s] !== undefined);
	return sectors.length > 0 ? { choices: netZeroTechOfSectors(sectors), sectors } : undefined;
}
