import { describe, expect, it } from 'vitest';
import raw from '../../src/data/content/municipalities.json';
import { MUNICIPALITY_COUNT, parseMunicipalities } from '../../src/data/municipalities-schema';
import { distanceKm } from '../../src/domain/distance';
import { DENMARK_BOUNDS } from '../../src/domain/geo';

const fresh = () =>
	JSON.parse(JSON.stringify(raw)) as { municipalities: Record<string, unknown>[] } & Record<
		string,
		unknown
	>;

describe('municipalities.json', () => {
	const file = parseMunicipalities(raw);
	const list = file.municipalities;
	const byId = new Map(list.map((m) => [m.id, m]));

	it('lists all 98 municipalities once, with 3-digit kommunekoder', () => {
		expect(list).toHaveLength(MUNICIPALITY_COUNT);
		expect(new Set(list.map((m) => m.id)).size).toBe(98);
		expect(new Set(list.map((m) => m.name.da)).size).toBe(98);
		for (const m of list) expect(m.id).toMatch(/^\d{3}$/);
	});

	it('has the official codes and names', () => {
		const expected: Record<string, string> = {
			'101': 'København',
			'147': 'Frederiksberg',
			'169': 'Høje-Taastrup',
			'400': 'Bornholm',
			'461': 'Odense',
			'492': 'Ærø',
			'751': 'Aarhus',
			'810': 'Brønderslev',
			'820': 'Vesthimmerlands',
			'825': 'Læsø',
			'851': 'Aalborg',
			'860': 'Hjørring'
		};
		for (const [id, name] of Object.entries(expected)) expect(byId.get(id)?.name.da).toBe(name);
		// Christiansø (411) is administered by the state, not a municipality.
		expect(byId.has('411')).toBe(false);
	});

	it('puts each municipality in its region (29 + 17 + 22 + 19 + 11)', () => {
		const count = (region: string) => list.filter((m) => m.region === region).length;
		expect([
			count('hovedstaden'),
			count('sjaelland'),
			count('syddanmark'),
			count('midtjylland'),
			count('nordjylland')
		]).toEqual([29, 17, 22, 19, 11]);
		expect(byId.get('400')?.region).toBe('hovedstaden');
		expect(byId.get('615')?.region).toBe('midtjylland');
		expect(byId.get('630')?.region).toBe('syddanmark');
	});

	it('has every point inside Denmark’s bounding box and labelled approximate', () => {
		for (const m of list) {
			expect(m.lat).toBeGreaterThanOrEqual(DENMARK_BOUNDS.south);
			expect(m.lat).toBeLessThanOrEqual(DENMARK_BOUNDS.north);
			expect(m.lng).toBeGreaterThanOrEqual(DENMARK_BOUNDS.west);
			expect(m.lng).toBeLessThanOrEqual(DENMARK_BOUNDS.east);
			expect(m.approximate).toBe(true);
		}
	});

	it('puts points where the places are', () => {
		// DAWA's own visual centre of København (kode 0101) is 55.7041, 12.4939; ours is computed the same way.
		expect(distanceKm(byId.get('101')!, { lat: 55.7041, lng: 12.4939 })).toBeLessThan(1);
		expect(byId.get('400')!.lng).toBeGreaterThan(14.6); // Bornholm
		expect(byId.get('825')!.lat).toBeGreaterThan(57.1); // Læsø
		expect(byId.get('360')!.lat).toBeLessThan(55); // Lolland
		expect(distanceKm(byId.get('101')!, byId.get('751')!)).toBeGreaterThan(140);
		expect(distanceKm(byId.get('101')!, byId.get('751')!)).toBeLessThan(170);
	});

	it('says where the points come from and how they were made', () => {
		expect(file.source.title).toContain('DAGI');
		expect(file.source.url).toMatch(/^https:\/\//);
		expect(file.derivation.da).toMatch(/længst fra kommunegrænsen/);
		expect(file.derivation.en).toMatch(/farthest from its boundary/);
	});
});

describe('parseMunicipalities rejects bad data with record and field', () => {
	it('a missing municipality', () => {
		const data = fresh();
		data.municipalities.pop();
		expect(() => parseMunicipalities(data)).toThrow(/all 98 municipalities \(found 97\)/);
	});

	it('a duplicate id', () => {
		const data = fresh();
		data.municipalities[1]!['id'] = '101';
		expect(() => parseMunicipalities(data)).toThrow(
			/record "101" \(#1\) › field id: duplicate id "101"/
		);
	});

	it('a point outside Denmark', () => {
		const data = fresh();
		data.municipalities[0]!['lat'] = 59.9;
		expect(() => parseMunicipalities(data)).toThrow(
			/record "101" \(#0\) › field lat: must be between 54.5 and 57.8/
		);
	});

	it('a point not labelled approximate, a 4-digit code and an unknown region', () => {
		const data = fresh();
		data.municipalities[0]!['approximate'] = false;
		data.municipalities[2]!['id'] = '0151';
		data.municipalities[3]!['region'] = 'skaane';
		const message = (() => {
			try {
				parseMunicipalities(data);
				return '';
			} catch (e) {
				return (e as Error).message;
			}
		})();
		expect(message).toMatch(/field approximate/);
		expect(message).toMatch(/record "0151" \(#2\) › field id: must be a 3-digit kommunekode/);
		expect(message).toMatch(/field region/);
	});
});
