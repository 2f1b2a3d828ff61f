import { describe, expect, it } from 'vitest';
import { homePoint, resolveHome } from '../../src/domain/home';

const list = [
	{ id: '101', lat: 55.704, lng: 12.494 },
	{ id: '851', lat: 57.0, lng: 9.9 }
];

describe('resolveHome', () => {
	it('finds a municipality by its kommunekode', () => {
		const home = resolveHome({ municipality: '851' }, list);
		expect(home).toEqual({ kind: 'municipality', id: '851', point: { lat: 57.0, lng: 9.9 } });
		expect(homePoint(home)).toEqual({ lat: 57.0, lng: 9.9 });
	});

	it('says when a kommunekode is not in the list, with no point', () => {
		const home = resolveHome({ municipality: '999' }, list);
		expect(home).toEqual({ kind: 'unknown_municipality', id: '999' });
		expect(homePoint(home)).toBeUndefined();
	});

	it('takes a point picked on the map as it is, and nothing when there is no answer', () => {
		expect(homePoint(resolveHome({ lat: 56.1, lng: 10.2 }, list))).toEqual({
			lat: 56.1,
			lng: 10.2
		});
		expect(resolveHome(undefined, list)).toEqual({ kind: 'none' });
	});
});
