// Business land near the company: the 11 parks are for large projects, and most companies that need a few
// hectares look in their own municipality first. Which municipalities to show, and why. Pure.
import { haversineKm, type GeoPoint } from './distance';
import type { MunicipalityPoint } from './home';
import type { Answers } from './types';

/** Three of four relocation projects need 5 ha or less (../shared/brief/site-selection.md): show local land. */
export const SMALL_LAND_HA = 5;

/** The hectares of a small project (at most SMALL_LAND_HA), or undefined: the parks are for large ones. */
export function smallLand(answers: Answers): number | undefined {
	return typeof answers.land_ha === 'number' && answers.land_ha <= SMALL_LAND_HA
		? answers.land_ha
		: undefined;
}

/** How many other municipalities to show, nearest first, and how far to look. */
const NEARBY_COUNT = 4;
const NEARBY_KM = 40;

export interface LocalLand {
	/** Why it is shown: a small area, or the company said where it is today. */
	reason: 'small_land' | 'home';
	/** The company's own municipality (the chosen one, or the one whose point is nearest a point on the map). */
	own?: MunicipalityPoint;
	/** Other municipalities whose point is within NEARBY_KM, nearest first. */
	nearby: MunicipalityPoint[];
}

/**
 * @example localLand({ land_ha: 3 }, municipalities, undefined) // { reason: 'small_land', nearby: [] }
 */
export function localLand(
	answers: Answers,
	municipalities: readonly MunicipalityPoint[],
	origin: GeoPoint | undefined
): LocalLand | undefined {
	const small = smallLand(answers) !== undefined;
	if (!small && !origin) return undefined;
	const reason = small ? 'small_land' : 'home';
	if (!origin) return { reason, nearby: [] };
	const chosen = answers.home && 'municipality' in answers.home ? answers.home.municipality : null;
	const byDistance = municipalities
		.map((m) => ({ m, km: haversineKm(origin, m) }))
		.sort((a, b) => a.km - b.km);
	const own = chosen ? byDistance.find((x) => x.m.id === chosen)?.m : byDistance[0]?.m;
	const nearby = byDistance
		.filter((x) => x.m !== own && x.km <= NEARBY_KM)
		.slice(0, NEARBY_COUNT)
		.map((x) => x.m);
	return { reason, own, nearby };
}
