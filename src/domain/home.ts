// "Where are you today?": turns the `home` answer (a kommunekode or a point picked on the map) into a point to
// measure distances from. Pure; the list of municipalities is passed in (it loads with the results page).
import type { GeoPoint } from './distance';
import type { HomeLocation } from './types';

/** What the domain needs of a municipality: its code and its approximate point. */
export interface MunicipalityPoint {
	id: string;
	lat: number;
	lng: number;
}

export type ResolvedHome =
	| { kind: 'none' }
	/** A municipality from the list: its approximate point (one point stands for the whole municipality). */
	| { kind: 'municipality'; id: string; point: GeoPoint }
	/** A point picked on the map. */
	| { kind: 'point'; point: GeoPoint }
	/** A kommunekode that is not in the list (e.g. mistyped in a link): no distances, and the page says so. */
	| { kind: 'unknown_municipality'; id: string };

/**
 * @example resolveHome({ municipality: '101' }, municipalities) // { kind: 'municipality', id: '101', point: {…} }
 */
export function resolveHome(
	home: HomeLocation | undefined,
	municipalities: readonly MunicipalityPoint[]
): ResolvedHome {
	if (!home) return { kind: 'none' };
	if ('municipality' in home) {
		const m = municipalities.find((x) => x.id === home.municipality);
		return m
			? { kind: 'municipality', id: m.id, point: { lat: m.lat, lng: m.lng } }
			: { kind: 'unknown_municipality', id: home.municipality };
	}
	return { kind: 'point', point: { lat: home.lat, lng: home.lng } };
}

/** The point of a resolved home, when there is one. */
export function homePoint(home: ResolvedHome): GeoPoint | undefined {
	return home.kind === 'municipality' || home.kind === 'point' ? home.point : undefined;
}
