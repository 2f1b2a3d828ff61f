// Denmark's bounds and the precision of a point picked on the map. Kept apart from distance.ts so that the link
// codec, which needs only these, does not bring the distance maths into the first page load.
import type { GeoPoint } from './distance';

/** Denmark incl. Bornholm and Læsø, in degrees: the box every municipality's point lies in. */
export const DENMARK_BOUNDS = { south: 54.5, north: 57.8, west: 8.0, east: 15.3 } as const;

/**
 * A point rounded to 4 decimals (about 10 m): how a point picked on the map is kept and written in a link.
 * @example roundPoint({ lat: 55.70404, lng: 12.49396 }) // { lat: 55.704, lng: 12.494 }
 */
export function roundPoint(p: GeoPoint): GeoPoint {
	return { lat: Math.round(p.lat * 1e4) / 1e4, lng: Math.round(p.lng * 1e4) / 1e4 };
}
