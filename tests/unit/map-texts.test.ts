import { describe, expect, it } from 'vitest';
import mapDa from '../../src/i18n/map.da.json';
import mapEn from '../../src/i18n/map.en.json';
import { mapTexts } from '../../src/ui/map/map-texts';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
	Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)
	);
const lookup = (bundle: Tree) => (key: string) =>
	key
		.split('.')
		.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle);

describe('map texts', () => {
	it('has the same keys in Danish and English', () => {
		expect(keys(mapEn as Tree).sort()).toEqual(keys(mapDa as Tree).sort());
	});

	it.each([
		['da', mapDa],
		['en', mapEn]
	])('gives the adapter every text it needs in %s, none empty', (_lang, bundle) => {
		const texts = mapTexts((key) => {
			const value = lookup(bundle as Tree)(key);
			if (typeof value !== 'string') throw new Error(`missing map text ${key}`);
			return value;
		});
		const leaves = (node: unknown): string[] =>
			typeof node === 'string'
				? [node]
				: Object.values(node as Record<string, unknown>).flatMap(leaves);
		for (const text of leaves(texts)) expect(text.trim()).not.toBe('');
	});

	it('uses the results page’s fit words in the legend', async () => {
		const resultDa = (await import('../../src/i18n/result.da.json')).default as {
			result: { fit: Record<string, string> };
		};
		for (const fit of ['good', 'unclear', 'partial', 'cannot'] as const) {
			expect(mapDa.map.legend[fit]).toBe(resultDa.result.fit[fit]);
		}
	});
});
