// Straight-line (great-circle) distances between points in Denmark. Pure TypeScript: no framework or map imports.

/** A point in WGS84 degrees. */
export interface GeoPoint {
	lat: number;
	lng: number;
}

/** Mean Earth radius (IUGG), the usual choice for the haversine formula; its error is below 0.5 % everywhere. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Thrown for a point that is not a finite latitude in [-90, 90] and longitude in [-180, 180]. */
export class InvalidPointError extends Error {
	constructor(point: unknown) {
		super(`not a valid point (lat -90..90, lng -180..180): ${JSON.stringify(point)}`);
		this.name = 'InvalidPointError';
	}
}

/** True for a finite latitude in [-90, 90] and longitude in [-180, 180]. */
export function isValidPoint(p: GeoPoint): boolean {
	return (
		typeof p === 'object' &&
		p !== null &&
		Number.isFinite(p.lat) &&
		Number.isFinite(p.lng) &&
		Math.abs(p.lat) <= 90 &&
		Math.abs(p.lng) <= 180
	);
}

function assertPoint(p: GeoPoint): void {
	if (!isValidPoint(p)) throw new InvalidPointError(p);
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance in km (haversine), unrounded. Use {@link distanceKm} for anything shown to a person.
 * @throws InvalidPointError for an invalid point.
 */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
	assertPoint(a);
	assertPoint(b);
	const dLat = rad(b.lat - a.lat);
	const dLng = rad(b.lng - a.lng);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
	// min() guards against h creeping above 1 through rounding for antipodal points.
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Rounds a distance the way it is shown: whole km from 10 km up, one decimal below. Finer would claim a precision
 * the points do not have (site locations and municipality centres are approximate to a kilometre or more).
 * @example roundKm(156.73) // 157
 * @example roundKm(4.26) // 4.3
 */
export function roundKm(km: number): number {
	return km >= 10 ? Math.round(km) : Math.round(km * 10) / 10;
}

/**
 * Straight-line distance in km between two points, rounded with {@link roundKm}.
 * @example distanceKm({ lat: 55.6761, lng: 12.5683 }, { lat: 56.1629, lng: 10.2039 }) // 157 (København–Aarhus)
 * @throws InvalidPointError for an invalid point.
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
	return roundKm(haversineKm(a, b));
}

export interface SiteDistance {
	id: string;
	/** Rounded km, see {@link roundKm}. */
	km: number;
}

/**
 * The distance from `origin` to each site, sorted by distance (nearest first; ties by id) or by id.
 * Sorting uses the unrounded distance so that two sites rounding to the same km keep their true order.
 * @throws InvalidPointError for an invalid origin or site point.
 */
export function distancesFrom(
	origin: GeoPoint,
	sites: readonly (GeoPoint & { id: string })[],
	sortBy: 'distance' | 'id' = 'distance'
): SiteDistance[] {
	assertPoint(origin);
	const exact = sites.map((s) => ({ id: s.id, exact: haversineKm(origin, s) }));
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	exact.sort(sortBy === 'id' ? byId : (a, b) => a.exact - b.exact || byId(a, b));
	return exact.map(({ id, exact: km }) => ({ id, km: roundKm(km) }));
}
