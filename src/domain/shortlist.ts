// The shortlist: the 2–3 parks a company compares side by side. It travels in the link (`shortlist=`).
import type { Site } from './types';

/** At most this many parks on the shortlist: more is no longer a comparison a phone can show. */
export const SHORTLIST_MAX = 3;

/** A park id as it may appear in a link: lower case letters, digits, "_" and "-". */
const SITE_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/**
 * A `shortlist` parameter value as sorted, distinct park ids, or undefined when it is not a list of 1–3 ids.
 * Whether the ids name parks the guide knows is checked where the parks are loaded (resolveShortlist).
 * @example parseShortlist('viborg,esbjerg') // ['esbjerg', 'viborg']
 */
export function parseShortlist(value: string): string[] | undefined {
	const ids = value.split(',');
	if (ids.length > SHORTLIST_MAX || new Set(ids).size !== ids.length) return undefined;
	if (!ids.every((id) => SITE_ID.test(id))) return undefined;
	return ids.sort();
}

/** Add a park, or take it off when it is on; a full list stays as it is. The result is sorted like a link's. */
export function toggleShortlist(list: readonly string[] | undefined, id: string): string[] {
	const current = list ?? [];
	if (current.includes(id)) return current.filter((x) => x !== id);
	if (current.length >= SHORTLIST_MAX) return [...current];
	return [...current, id].sort();
}

/** The shortlisted parks the guide knows, and the ids it does not (an old link, a removed park). */
export function resolveShortlist(
	list: readonly string[] | undefined,
	sites: readonly Site[]
): { sites: Site[]; unknown: string[] } {
	const byId = new Map(sites.map((s) => [s.id, s]));
	const known: Site[] = [];
	const unknown: string[] = [];
	for (const id of list ?? []) {
		const site = byId.get(id);
		if (site) known.push(site);
		else unknown.push(id);
	}
	return { sites: known, unknown };
}
