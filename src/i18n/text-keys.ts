// The keys of the guide's texts, as a type: `i18n.t` accepts a key that exists in the Danish text files (the English
// files have the same keys; a unit test holds them equal), a content text's key (`content:…`), or a key in one of the
// families below, whose last part is an id or a code that the domain or the content files give at run time (an
// option, a facility, an error, a reason). Unit tests (i18n.test.ts) check that every such id and code has its text.
import type da from './da.json';
import type adviser from './adviser.da.json';
import type answers from './answers.da.json';
import type link from './link.da.json';
import type map from './map.da.json';
import type question from './question.da.json';
import type result from './result.da.json';
import type startError from './start-error.da.json';
import type statement from './statement.da.json';
import type storage from './storage.da.json';
import type update from './update.da.json';

type Texts = typeof da &
	typeof adviser &
	typeof answers &
	typeof link &
	typeof map &
	typeof question &
	typeof result &
	typeof startError &
	typeof statement &
	typeof storage &
	typeof update;

/** i18next's plural forms: `count_one` and `count_other` are asked for as `count`. */
type Plural<K extends string> =
	K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** Every text's dotted path, e.g. 'nav.next'. */
type Paths<T, Prefix extends string = ''> = {
	[K in keyof T & string]: T[K] extends string
		? `${Prefix}${Plural<K>}`
		: T[K] extends object
			? Paths<T[K], `${Prefix}${K}.`>
			: never;
}[keyof T & string];

/** Keys completed at run time by an id or code from the domain or the content files. */
type Family =
	| `option.${string}`
	| `facility.${string}`
	| `error.${string}`
	| `result.criterion.${string}`
	| `result.next.${string}`
	| `result.support.reason.${string}`
	| `result.early.sharpens.${string}`;

export type TextKey = Paths<Texts> | Family | `content:${string}`;
