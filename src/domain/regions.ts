// Regions over time. Region Sjælland and Region Hovedstaden become Region Østdanmark on 1 January 2027 (regions.json
// has the law). Every region id stays valid in answers and links for good: an old id means the area of the former
// region. Parks, municipalities and erhvervsfyrtårne keep the former regions' ids (the finer area); a region that
// was merged lies inside the one it became. Which regions the question offers, and which name a place's region
// has, depend on the day – passed in, so the rules stay pure.
import type { Region } from './types';

/** The regions the region question offers on `today` (YYYY-MM-DD), plus any region already chosen. */
export function offeredRegions(
	regions: readonly Region[],
	today: string,
	chosen: readonly string[] = []
): string[] {
	return regions.filter((r) => inUse(r, today) || chosen.includes(r.id)).map((r) => r.id);
}

/** Whether a region exists on `today`. */
export function inUse(region: Region, today: string): boolean {
	return (
		(region.from === undefined || region.from <= today) &&
		(region.until === undefined || today <= region.until)
	);
}

/**
 * Whether a place in region `place` lies in the region `chosen`: the same region, or the one `place` was merged into.
 * @example liesIn('sjaelland', 'oestdanmark', regions) // true
 * @example liesIn('hovedstaden', 'sjaelland', regions) // false
 */
export function liesIn(place: string, chosen: string, regions: readonly Region[]): boolean {
	return place === chosen || regions.find((r) => r.id === place)?.mergedInto === chosen;
}

/** The region a place in region `id` lies in on `today`: the merged region once its former part has ended. */
export function regionOn(id: string, regions: readonly Region[], today: string): string {
	const region = regions.find((r) => r.id === id);
	return region?.mergedInto && !inUse(region, today) ? region.mergedInto : id;
}

const DANISH_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Copenhagen',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** The day in Denmark at an instant, as YYYY-MM-DD: a Danish law's dates are Danish days, wherever the user is. */
export function isoDay(date: Date): string {
	return DANISH_DAY.format(date);
}
