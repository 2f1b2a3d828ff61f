import { describe, expect, it } from 'vitest';
import municipalityFile from '../../src/data/content/municipalities.json';
import { content } from '../../src/data/index';
import { SMALL_LAND_HA, localLand } from '../../src/domain/local-land';

const municipalities = municipalityFile.municipalities;
const horsens = municipalities.find((m) => m.id === '615')!;

describe('business land near the company', () => {
	it('is not shown for a large project whose company has not said where it is', () => {
		expect(localLand({ land_ha: 40 }, municipalities, undefined)).toBeUndefined();
	});

	it('is shown for a small area, with a prompt when the company has not said where it is', () => {
		expect(localLand({ land_ha: SMALL_LAND_HA }, municipalities, undefined)).toEqual({
			reason: 'small_land',
			nearby: []
		});
	});

	it('shows the chosen municipality first and up to four others within 40 km, nearest first', () => {
		const local = localLand(
			{ land_ha: 40, home: { municipality: '615' } },
			municipalities,
			horsens
		)!;
		expect(local.reason).toBe('home');
		expect(local.own?.id).toBe('615');
		expect(local.nearby.length).toBeGreaterThan(0);
		expect(local.nearby.length).toBeLessThanOrEqual(4);
		expect(local.nearby.map((m) => m.id)).not.toContain('615');
	});

	it('takes the municipality nearest a point picked on the map as the company’s own', () => {
		const point = { lat: horsens.lat + 0.001, lng: horsens.lng };
		expect(localLand({ land_ha: 2, home: point }, municipalities, point)?.own?.id).toBe('615');
	});

	it('knows only municipalities that are in the municipality list', () => {
		const ids = new Set(municipalities.map((m) => m.id));
		expect(content.municipalBusiness.map((e) => e.id).filter((id) => !ids.has(id))).toEqual([]);
	});
});
