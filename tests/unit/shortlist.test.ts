import { describe, expect, it } from 'vitest';
import {
	SHORTLIST_MAX,
	parseShortlist,
	resolveShortlist,
	toggleShortlist
} from '../../src/domain/shortlist';
import { content } from '../../src/data/index';

describe('the shortlist', () => {
	it('adds a park in link order and takes it off again', () => {
		expect(toggleShortlist(undefined, 'viborg')).toEqual(['viborg']);
		expect(toggleShortlist(['viborg'], 'esbjerg')).toEqual(['esbjerg', 'viborg']);
		expect(toggleShortlist(['esbjerg', 'viborg'], 'viborg')).toEqual(['esbjerg']);
	});

	it(`holds at most ${SHORTLIST_MAX} parks: a full list is left as it is`, () => {
		const full = ['aalborg', 'esbjerg', 'viborg'];
		expect(toggleShortlist(full, 'skive')).toEqual(full);
		expect(toggleShortlist(full, 'aalborg')).toEqual(['esbjerg', 'viborg']);
	});

	it('parses a link value that toggling writes', () => {
		const list = toggleShortlist(toggleShortlist(undefined, 'skive'), 'horsens');
		expect(parseShortlist(list.join(','))).toEqual(list);
		expect(parseShortlist('x,y,z,w')).toBeUndefined();
	});

	it('separates the parks the guide knows from ids it does not', () => {
		const r = resolveShortlist(['esbjerg', 'gone_park'], content.sites);
		expect(r.sites.map((s) => s.id)).toEqual(['esbjerg']);
		expect(r.unknown).toEqual(['gone_park']);
		expect(resolveShortlist(undefined, content.sites)).toEqual({ sites: [], unknown: [] });
	});
});
