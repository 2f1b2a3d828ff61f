// Synthetic sites for scale tests and benchmarks: N made-up sites spread over Denmark's bounding box (land and sea
// alike: only the count matters), as domain Sites (ranking) and as MapSites (the map). NOT real data: ids and names
// say "synthetic", and the same seed always gives the same sites.
import { DENMARK_BOUNDS } from '../../src/domain/geo';
import { FACILITY_IDS, type FacilityStatus, type Site } from '../../src/domain/types';
import type { MapFit, MapSite } from '../../src/ui/map/map-types';
import sectorsFile from '../../src/data/content/sectors.json';
import regionsFile from '../../src/data/content/regions.json';
import housesFile from '../../src/data/content/erhvervshuse.json';
import { aFact, aSite, aSource } from './answers';

export const DEFAULT_SEED = 20261129;

/** mulberry32: a tiny seeded PRNG, good enough for spreading test data (not for anything secret). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Ids from the content files themselves, so the domain rules see real ids ("other" is no park's focus).
const SECTORS = sectorsFile.map((s) => s.id).filter((id) => id !== 'other');
const REGIONS = regionsFile.map((r) => r.id);
const HOUSES = housesFile.map((h) => h.id);
const STATUSES: readonly (FacilityStatus | undefined)[] = [
	'available',
	'planned',
	'unknown',
	'not_available',
	undefined
];
const TIMING = ['unknown', 'longer', 'pending'] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)] as T;
}

/** Zero-padded index, at least 5 digits: synthetic_00042. */
function syntheticId(i: number, count: number): string {
	return `synthetic_${String(i).padStart(Math.max(5, String(count - 1).length), '0')}`;
}

/**
 * `count` synthetic domain Sites (`synthetic_00000`, …) with varied sectors, land, facilities and timing.
 * @example syntheticSites(10_000, 7)
 */
export function syntheticSites(count: number, seed = DEFAULT_SEED): Site[] {
	const random = mulberry32(seed);
	const sites: Site[] = [];
	for (let i = 0; i < count; i++) {
		const id = syntheticId(i, count);
		const sectors = [
			...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, SECTORS)))
		];
		const partial = pick(random, SECTORS);
		const totalHa = 10 + Math.round(random() * 890);
		const newPlotsHa = Math.round(totalHa * (0.1 + random() * 0.9));
		const estimate = random() < 0.7;
		const facilities: NonNullable<Parameters<typeof aSite>[0]>['facilities'] = {};
		for (const facility of FACILITY_IDS) {
			const status = pick(random, STATUSES);
			if (status) facilities[facility] = aFact(status);
		}
		const timing = pick(random, TIMING);
		sites.push(
			aSite({
				id,
				kind: random() < 0.5 ? 'state_industrial_park' : 'municipal_business_area',
				name: { da: `Syntetisk område ${i}`, en: `Synthetic site ${i}` },
				municipality: 'Syntetisk kommune',
				region: pick(random, REGIONS),
				erhvervshus: pick(random, HOUSES),
				sectors,
				partialSectors: sectors.includes(partial) ? [] : [partial],
				land: { totalHa, newPlotsHa, approximate: random() < 0.3 },
				location: {
					lat:
						Math.round(
							(DENMARK_BOUNDS.south + random() * (DENMARK_BOUNDS.north - DENMARK_BOUNDS.south)) *
								1e5
						) / 1e5,
					lng:
						Math.round(
							(DENMARK_BOUNDS.west + random() * (DENMARK_BOUNDS.east - DENMARK_BOUNDS.west)) * 1e5
						) / 1e5,
					confidence: estimate ? 'estimate' : 'source'
				},
				facilities,
				timing: timing === 'unknown' ? { status: timing } : { status: timing, source: aSource() },
				caveats: estimate
					? [
							{
								id: 'location_estimate',
								text: { da: 'Syntetisk skøn', en: 'Synthetic estimate' },
								source: aSource()
							}
						]
					: []
			})
		);
	}
	return sites;
}

const FITS: readonly MapFit[] = ['good', 'unclear', 'partial', 'cannot'];

export interface SyntheticMapOptions {
	seed?: number;
	/** Give every site a fit (as after the questions); otherwise none have one. */
	withFit?: boolean;
}

/** The same synthetic sites as the map sees them (one MapSite per {@link syntheticSites} entry). */
export function syntheticMapSites(count: number, options: SyntheticMapOptions = {}): MapSite[] {
	const seed = options.seed ?? DEFAULT_SEED;
	const fitRandom = mulberry32(seed ^ 0x5eed);
	return syntheticSites(count, seed).map((site) => {
		const mapSite: MapSite = {
			id: site.id,
			name: site.name.en,
			lat: site.location.lat,
			lng: site.location.lng,
			newPlotsHa: site.land.newPlotsHa,
			estimate: site.location.confidence === 'estimate',
			focus: 'Synthetic test data, not a real site.',
			facts: [{ label: 'New plots', value: `${site.land.newPlotsHa} ha` }]
		};
		if (options.withFit) {
			const fit = pick(fitRandom, FITS);
			mapSite.fit = fit;
			mapSite.fitLabel = fit;
		}
		return mapSite;
	});
}
