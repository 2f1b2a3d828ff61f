import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import {
	DENMARK_OUTLINE_ID,
	denmarkOutline,
	extractDenmarkOutline,
	loadDenmarkOutline,
	outlineModule,
	outlineStats
} from '../../scripts/vite-plugin-denmark';

describe('the Denmark outline (Natural Earth 1:10m via world-atlas)', () => {
	const outline = loadDenmarkOutline();
	const rings = outline.geometry.coordinates.map((polygon) => polygon[0]!);
	const all = rings.flat();

	it('is a MultiPolygon of Denmark with its source', () => {
		expect(outline.geometry.type).toBe('MultiPolygon');
		expect(outline.properties.isoNumeric).toBe('208');
		expect(outline.properties.source.title).toContain('Natural Earth');
		expect(outline.properties.source.title).toContain('v4.1.0');
		expect(outline.properties.source.licence).toMatch(/public domain/i);
		expect(outline.geometry.coordinates.length).toBeGreaterThanOrEqual(10);
	});

	it('includes Bornholm and stays inside Denmark’s bounding box (no Greenland, no Faroes)', () => {
		const bornholm = rings.filter((ring) => ring.every(([lng]) => lng > 14.6));
		expect(bornholm).toHaveLength(1);
		for (const [lng, lat] of all) {
			expect(lng).toBeGreaterThan(8);
			expect(lng).toBeLessThan(15.3);
			expect(lat).toBeGreaterThan(54.5);
			expect(lat).toBeLessThan(57.8);
		}
	});

	it('has closed rings rounded to 3 decimals without repeated points', () => {
		for (const ring of rings) {
			expect(ring[0]).toEqual(ring[ring.length - 1]);
			for (let i = 1; i < ring.length; i++) expect(ring[i]).not.toEqual(ring[i - 1]);
		}
		for (const [lng, lat] of all) {
			expect(Math.round(lng * 1000) / 1000).toBe(lng);
			expect(Math.round(lat * 1000) / 1000).toBe(lat);
		}
	});

	it('is small: well under 15 KB gzip as a module', () => {
		const stats = outlineStats(outline);
		expect(stats.gzipBytes).toBeLessThan(15 * 1024);
		expect(
			JSON.parse(
				outlineModule(outline)
					.replace(/^export default /, '')
					.replace(/;\n$/, '')
			)
		).toEqual(outline);
	});

	it('fails clearly for a topology without Denmark', () => {
		const topology = {
			type: 'Topology',
			objects: { countries: { type: 'GeometryCollection', geometries: [] } },
			arcs: []
		} as unknown as Topology;
		expect(() => extractDenmarkOutline(topology)).toThrow(/208/);
	});

	it('serves the virtual module through the plugin', async () => {
		const plugin = denmarkOutline();
		const resolve = plugin.resolveId as (id: string) => string | undefined;
		const resolved = resolve(DENMARK_OUTLINE_ID);
		expect(resolved).toBeDefined();
		expect(resolve('something-else')).toBeUndefined();
		const load = plugin.load as (
			this: { info: (m: string) => void },
			id: string
		) => string | undefined;
		const messages: string[] = [];
		const code = load.call({ info: (m) => messages.push(m) }, resolved!);
		expect(code).toMatch(/^export default \{"type":"Feature"/);
		expect(messages[0]).toMatch(/gzip/);
	});
});
