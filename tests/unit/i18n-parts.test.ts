// Every part's texts (src/i18n/<part>.da.json, loaded with the part) have an English twin with exactly the same keys,
// so no part of the guide can show a key instead of a text in one language. da.json/en.json: see i18n.test.ts.
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const files = import.meta.glob<Tree>('../../src/i18n/*.json', { eager: true, import: 'default' });

const leaves = (tree: Tree, prefix = ''): string[] =>
	Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)
	);
const keysOf = (part: string, lang: 'da' | 'en') => {
	const tree = files[`../../src/i18n/${part}.${lang}.json`];
	return tree ? leaves(tree).sort() : [`(no ${part}.${lang}.json)`];
};

const parts = Object.keys(files)
	.map((path) => /\/([^/]+)\.da\.json$/.exec(path)?.[1])
	.filter((part) => part !== undefined);

describe("the parts' texts", () => {
	it('are found', () => {
		expect(parts).toContain('update');
		expect(parts).toContain('start-error');
	});

	it.each(parts)('%s: the same keys in Danish and English', (part) => {
		expect(keysOf(part, 'en')).toEqual(keysOf(part, 'da'));
	});
});
