// Vite plugin: the offline base map. Exposes `virtual:denmark-outline`, a small GeoJSON MultiPolygon of Denmark cut out
// of Natural Earth 1:10m (npm `world-atlas`) when the build or dev server starts, so the app ships the outline as its
// own code and the map needs no request to any other host. Node-only (reads node_modules); runs at build time only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Plugin } from 'vite';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { DenmarkOutline } from '../src/ui/map/map-types';

export const DENMARK_OUTLINE_ID = 'virtual:denmark-outline';
const RESOLVED_ID = `\0${DENMARK_OUTLINE_ID}`;

/** ISO 3166-1 numeric code of Denmark; world-atlas uses it as the feature id. Greenland (304) and the Faroes (234) are separate. */
const DENMARK_ISO_NUMERIC = '208';

/**
 * Three decimals are ~110 m north–south and ~60 m east–west at 56° N: finer than the source itself (the 10m file is
 * quantised to ~230 × 190 m), so rounding loses nothing visible while keeping the module small.
 */
export const DEFAULT_PRECISION = 3;

export const OUTLINE_SOURCE = {
	title:
		'Natural Earth 1:10m Admin 0 – Countries, v4.1.0 (public domain), via the npm package world-atlas 2.0.2 (ISC)',
	url: 'https://www.naturalearthdata.com/',
	licence: 'Public domain (Natural Earth); world-atlas packaging ISC'
} as const;

type Ring = [number, number][];

/** Rounds a ring's coordinates and drops the consecutive duplicates rounding creates; null when too little is left. */
function roundRing(ring: number[][], factor: number): Ring | null {
	const out: Ring = [];
	for (const pos of ring) {
		const lng = Math.round((pos[0] ?? Number.NaN) * factor) / factor;
		const lat = Math.round((pos[1] ?? Number.NaN) * factor) / factor;
		const last = out[out.length - 1];
		if (last && last[0] === lng && last[1] === lat) continue;
		out.push([lng, lat]);
	}
	// A ring needs at least 3 distinct points plus the closing one.
	return out.length >= 4 ? out : null;
}

/**
 * Extracts Denmark from a world-atlas `countries` topology as a compact GeoJSON feature.
 * @throws Error when the topology has no feature 208.
 */
export function extractDenmarkOutline(
	topology: Topology,
	precision = DEFAULT_PRECISION
): DenmarkOutline {
	const countries = topology.objects['countries'];
	if (!countries || countries.type !== 'GeometryCollection')
		throw new Error('topology has no "countries" collection');
	const geometry = (countries.geometries as GeometryObject[]).find(
		(g) => String(g.id) === DENMARK_ISO_NUMERIC
	);
	if (!geometry)
		throw new Error(`topology has no country with id ${DENMARK_ISO_NUMERIC} (Denmark)`);
	// A single geometry object always converts to one Feature (never a FeatureCollection).
	const geo = (feature(topology, geometry) as GeoJSON.Feature).geometry;
	const polygons =
		geo.type === 'MultiPolygon'
			? geo.coordinates
			: geo.type === 'Polygon'
				? [geo.coordinates]
				: undefined;
	if (!polygons) throw new Error(`Denmark is a ${geo.type}, expected a (Multi)Polygon`);
	const factor = 10 ** precision;
	const coordinates: Ring[][] = [];
	for (const polygon of polygons) {
		const outer = roundRing(polygon[0] ?? [], factor);
		if (!outer) continue; // an islet smaller than the rounding grid
		const holes = polygon.slice(1).flatMap((ring: number[][]) => {
			const rounded = roundRing(ring, factor);
			return rounded ? [rounded] : [];
		});
		coordinates.push([outer, ...holes]);
	}
	return {
		type: 'Feature',
		properties: {
			name: 'Denmark',
			isoNumeric: DENMARK_ISO_NUMERIC,
			source: { ...OUTLINE_SOURCE, precision }
		},
		geometry: { type: 'MultiPolygon', coordinates }
	};
}

/** Reads world-atlas's 10m countries from node_modules and extracts Denmark. */
export function loadDenmarkOutline(precision = DEFAULT_PRECISION): DenmarkOutline {
	const require = createRequire(import.meta.url);
	const file = require.resolve('world-atlas/countries-10m.json');
	const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
	return extractDenmarkOutline(topology, precision);
}

/** The module text Vite serves for `virtual:denmark-outline`. */
export function outlineModule(outline: DenmarkOutline): string {
	return `export default ${JSON.stringify(outline)};\n`;
}

/** Sizes of the generated module, for the build log and the report. */
export function outlineStats(outline: DenmarkOutline): {
	polygons: number;
	vertices: number;
	bytes: number;
	gzipBytes: number;
} {
	const code = outlineModule(outline);
	const vertices = outline.geometry.coordinates.reduce(
		(n, p) => n + p.reduce((m, r) => m + r.length, 0),
		0
	);
	return {
		polygons: outline.geometry.coordinates.length,
		vertices,
		bytes: Buffer.byteLength(code),
		gzipBytes: gzipSync(code, { level: 9 }).length
	};
}

export interface DenmarkOutlineOptions {
	/** Decimal places of the coordinates (default 3). */
	precision?: number;
}

export function denmarkOutline(options: DenmarkOutlineOptions = {}): Plugin {
	let cached: string | undefined;
	return {
		name: 'industripark-guide:denmark-outline',
		resolveId(id) {
			return id === DENMARK_OUTLINE_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			if (!cached) {
				const outline = loadDenmarkOutline(options.precision);
				cached = outlineModule(outline);
				const s = outlineStats(outline);
				this.info(
					`Denmark outline: ${s.polygons} polygons, ${s.vertices} vertices, ${s.bytes} B (${s.gzipBytes} B gzip)`
				);
			}
			return cached;
		}
	};
}
