// Property tests for the link contract: decoding survives anything, valid answers survive a round trip.
// fast-check picks a new seed each run and prints seed + path on a failure; replay it with fc.assert(..., { seed, path }).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeLink,
	encodeAnswers,
	encodeHome,
	HOME_MARGIN,
	LINK_VERSION,
	parseHome,
	type DecodedLink,
	type LinkNotice
} from '../../src/domain/url-codec';
import { isApplicable } from '../../src/domain/flow';
import { QUESTIONS, isQuestionId, questionById, type Question } from '../../src/domain/questions';
import { optionIds, rawFromAnswer, validateAnswer } from '../../src/domain/validate';
import type { Answers, HomeLocation, QuestionId } from '../../src/domain/types';
import { optionSource } from '../../src/data/options';
import { DENMARK_BOUNDS as B } from '../../src/domain/geo';
import { parseShortlist } from '../../src/domain/shortlist';

/** Enough runs to find edge cases, few enough to keep the suite fast on two cores. */
const RUNS = 500;
/** A bound of the area a picked point may lie in, in ten-thousandths of a degree. */
const edge = (degrees: number) => Math.round(degrees * 1e4);

const NOTICE_KEYS: readonly LinkNotice['key'][] = [
	'unknown_param',
	'invalid_value',
	'invalid_part',
	'duplicate',
	'bad_encoding',
	'newer_version',
	'bad_version',
	'too_long',
	'incomplete',
	'not_applicable'
];

/** The invariants every decoded link keeps, whatever it was decoded from. */
function expectValidState(d: DecodedLink): void {
	for (const [id, value] of Object.entries(d.answers)) {
		if (id === 'home') {
			// A kommunekode or a point in Denmark, and it survives its own encoding.
			expect(parseHome(encodeHome(value as HomeLocation)), id).toEqual(value);
			continue;
		}
		if (id === 'rank_by_distance') {
			expect(value).toBe('yes');
			continue;
		}
		if (id === 'shortlist') {
			// 1–3 distinct ids, sorted, surviving their own encoding.
			expect(parseShortlist((value as string[]).join(','))).toEqual(value);
			continue;
		}
		expect(isQuestionId(id), id).toBe(true);
		const q = questionById(id as QuestionId);
		// Through the same validation as typing (numbers written back the English way, with a dot).
		const v = validateAnswer(q, rawFromAnswer(q, value, 'en'), optionSource);
		expect(v.ok, `${id}=${JSON.stringify(value)}`).toBe(true);
		if (v.ok) expect(v.value, id).toEqual(value);
	}
	for (const [id, raw] of Object.entries(d.drafts)) {
		const q = questionById(id as QuestionId);
		expect(q.type, id).toBe('matrix');
		expect(raw.type, id).toBe('matrix');
		if (q.type === 'matrix' && raw.type === 'matrix') {
			for (const item of Object.keys(raw.values)) expect(q.items, id).toContain(item);
		}
		expect(d.answers[id as keyof Answers], id).toBeUndefined();
	}
	for (const n of d.notices) {
		expect(NOTICE_KEYS).toContain(n.key);
		if (n.param !== undefined) expect(typeof n.param).toBe('string');
	}
	expect([undefined, 'da', 'en']).toContain(d.lang);
	expect(Number.isInteger(d.version) && d.version >= 1).toBe(true);
	expect(d.prefilled).toBe(Object.keys(d.answers).length + Object.keys(d.drafts).length > 0);
}

function decodeValid(query: string): DecodedLink {
	let d: DecodedLink | undefined;
	expect(() => (d = decodeLink(query, optionSource))).not.toThrow();
	expectValidState(d as DecodedLink);
	return d as DecodedLink;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Every option and item id, and the tokens the codec treats specially. */
const TOKENS = [
	...new Set(
		QUESTIONS.flatMap((q) =>
			q.type === 'matrix'
				? [...q.items, ...q.levels]
				: q.type === 'number'
					? ['dont_know']
					: [...optionIds(q, optionSource)]
		)
	),
	String(LINK_VERSION),
	'da',
	'en'
];
const NAMES = [...QUESTIONS.map((q) => q.id), 'home', 'rank_by_distance', 'shortlist', 'v', 'lang'];

const percentEscape = fc.oneof(
	fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`),
	fc.constantFrom(
		'%',
		'%2',
		'%zz',
		'%E0%A4%A',
		'%C3%A6',
		'%2C',
		'%3A',
		'%26',
		'%3D',
		'%23',
		'%FF',
		'%00',
		'%ED%A0%80'
	)
);
const fragment = fc.oneof(
	fc.constantFrom(...TOKENS),
	fc.constantFrom('&', '=', '#', '+', ',', ':', '?', '.', '-', ''),
	percentEscape,
	fc.string({ maxLength: 6 }),
	fc.double({ noNaN: false }).map(String),
	fc.integer({ min: -5, max: 1_000_001 }).map(String)
);
const paramValue = fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join(''));
const paramName = fc.oneof(
	{ weight: 5, arbitrary: fc.constantFrom(...NAMES) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
	{ weight: 1, arbitrary: percentEscape }
);
/** `name=value` pairs built from real question ids, joined by '&' (sometimes with a stray separator). */
const pairQuery = fc
	.array(
		fc.tuple(
			paramName,
			fc.constantFrom('=', '=', '=', '', '=='),
			paramValue,
			fc.constantFrom('&', '&', '&', '&&', '#', '+', '')
		),
		{ maxLength: 25 }
	)
	.chain((pairs) =>
		fc
			.constantFrom('', '?')
			.map((prefix) => prefix + pairs.map(([n, eq, v, sep]) => `${n}${eq}${v}${sep}`).join(''))
	);

/** A valid answer for one question, in the form validateAnswer returns it (multi values in option order). */
function answerArb(q: Question): fc.Arbitrary<unknown> {
	switch (q.type) {
		case 'single':
			return fc.constantFrom(...q.options);
		case 'multi': {
			const all = optionIds(q, optionSource);
			const rest = all.filter((id) => id !== q.exclusive);
			const subset = fc.subarray([...rest], { minLength: 1 });
			return q.exclusive
				? fc.oneof(
						{ weight: 4, arbitrary: subset },
						{ weight: 1, arbitrary: fc.constant([q.exclusive]) }
					)
				: subset;
		}
		case 'number': {
			// Up to 6 decimals, like parseNumberInput keeps: k millionths within [min, max].
			const micro = fc
				.integer({ min: Math.round(q.min * 1e6), max: Math.round(q.max * 1e6) })
				.map((k) => k / 1e6);
			const whole = fc.integer({ min: Math.ceil(q.min), max: q.max });
			const short = fc
				.integer({ min: Math.round(q.min * 100), max: Math.min(q.max, 1000) * 100 })
				.map((k) => k / 100);
			const numbers = fc.oneof(micro, whole, short, fc.constantFrom(q.min, q.max));
			return q.allowDontKnow
				? fc.oneof(
						{ weight: 4, arbitrary: numbers },
						{ weight: 1, arbitrary: fc.constant('dont_know') }
					)
				: numbers;
		}
		case 'matrix':
			return fc.record(
				Object.fromEntries(q.items.map((item) => [item, fc.constantFrom(...q.levels)]))
			);
	}
}

/**
 * Any valid Answers: each question answered or not, independently. A conditional question may be answered
 * while its condition does not hold (the app keeps such answers so switching back restores them); the link
 * keeps them too and adds a 'not_applicable' notice.
 */
const validAnswers: fc.Arbitrary<Answers> = fc
	.tuple(...QUESTIONS.map((q) => fc.option(answerArb(q), { nil: undefined, freq: 3 })))
	.map((values) => {
		const out: Record<string, unknown> = {};
		QUESTIONS.forEach((q, i) => {
			if (values[i] !== undefined) out[q.id] = values[i];
		});
		return out as Answers;
	})
	.chain((answers) =>
		fc
			.record(
				{
					home: fc.oneof(
						fc.stringMatching(/^\d{3}$/).map((municipality): HomeLocation => ({ municipality })),
						fc
							.record({
								lat: fc.integer({
									min: edge(B.south - HOME_MARGIN),
									max: edge(B.north + HOME_MARGIN)
								}),
								lng: fc.integer({
									min: edge(B.west - HOME_MARGIN),
									max: edge(B.east + HOME_MARGIN)
								})
							})
							.map(({ lat, lng }): HomeLocation => ({ lat: lat / 1e4, lng: lng / 1e4 }))
					),
					rank_by_distance: fc.constant('yes' as const),
					// Sorted ids (a subarray keeps this order), including one the guide does not know.
					shortlist: fc.subarray(['aalborg', 'esbjerg', 'gone-park', 'skive', 'viborg'], {
						minLength: 1,
						maxLength: 3
					})
				},
				{ requiredKeys: [] }
			)
			.map((settings) => ({ ...answers, ...settings }))
	);
const lang = fc.constantFrom(undefined, 'da' as const, 'en' as const);

/** The answers to questions whose condition does not hold: the only ones a valid link reports. */
function notApplicable(a: Answers): LinkNotice[] {
	return QUESTIONS.filter(
		(q) => a[q.id] !== undefined && !isApplicable(q, a) && !q.quietWhenNotAsked
	).map((q) => ({
		key: 'not_applicable',
		param: q.id
	}));
}

/** Deterministic permutation from a list of random numbers (fast-check shrinks those, not the result). */
function permute<T>(items: readonly T[], rnd: readonly number[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = (rnd[i % rnd.length] ?? 0) % (i + 1);
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/** The same answers with keys, multi values and matrix items in another order. */
function reordered(a: Answers, rnd: readonly number[]): Answers {
	const entries = permute(Object.entries(a), rnd).map(([id, value]) => {
		if (Array.isArray(value)) return [id, permute(value, [...rnd].reverse())];
		if (value && typeof value === 'object')
			return [id, Object.fromEntries(permute(Object.entries(value), rnd))];
		return [id, value];
	});
	return Object.fromEntries(entries) as Answers;
}

type Mutation =
	| { kind: 'drop'; at: number }
	| { kind: 'duplicate'; at: number }
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'swapCase'; at: number; length: number }
	| { kind: 'truncate'; at: number }
	| { kind: 'swapParams'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.oneof(fragment, fc.string({ maxLength: 4, unit: 'binary' }))
	}),
	fc.record({
		kind: fc.constant('swapCase' as const),
		at: fc.nat(),
		length: fc.integer({ min: 1, max: 20 })
	}),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('swapParams' as const), at: fc.nat() })
);

function mutate(query: string, m: Mutation): string {
	const at = query.length === 0 ? 0 : m.at % (query.length + 1);
	const params = query.split('&');
	const p = m.at % params.length;
	switch (m.kind) {
		case 'drop':
			return query.slice(0, at) + query.slice(at + 1);
		case 'duplicate':
			return [...params.slice(0, p + 1), params[p], ...params.slice(p + 1)].join('&');
		case 'insert':
			return query.slice(0, at) + m.text + query.slice(at);
		case 'swapCase': {
			const part = query.slice(at, at + m.length);
			const swapped = [...part]
				.map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
				.join('');
			return query.slice(0, at) + swapped + query.slice(at + m.length);
		}
		case 'truncate':
			return query.slice(0, at);
		case 'swapParams': {
			const q = (p + 1) % params.length;
			const out = [...params];
			[out[p], out[q]] = [out[q] as string, out[p] as string];
			return out.join('&');
		}
	}
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('decodeLink never throws and always returns a valid state', () => {
	it('for arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (s) => void decodeValid(s)),
			{ numRuns: RUNS }
		);
	});

	it('for arbitrary Unicode, including lone surrogates', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => void decodeValid(s)),
			{ numRuns: RUNS }
		);
	});

	it('for name=value pairs built from real question ids, random values and percent-escapes', () => {
		fc.assert(
			fc.property(pairQuery, (s) => void decodeValid(s)),
			{ numRuns: 1000 }
		);
	});

	it('for over-long queries', () => {
		fc.assert(
			fc.property(pairQuery, fc.integer({ min: 3900, max: 4100 }), (s, length) => {
				const long = (s + '&').repeat(Math.ceil(length / (s.length + 1))).slice(0, length);
				void decodeValid(long);
			}),
			{ numRuns: 100 }
		);
	});
});

describe('round trip of valid answers', () => {
	it('gives back exactly the same answers, with a notice only for answers whose condition does not hold', () => {
		fc.assert(
			fc.property(validAnswers, lang, (a, l) => {
				const d = decodeValid(encodeAnswers(a, l));
				expect(d.answers).toEqual(a);
				expect(d.drafts).toEqual({});
				expect(d.lang).toBe(l);
				expect(d.version).toBe(LINK_VERSION);
				expect(d.notices).toEqual(notApplicable(a));
			}),
			{ numRuns: RUNS }
		);
	});

	it('gives no notices at all for answers that all apply', () => {
		const applicable = validAnswers.filter((a) => notApplicable(a).length === 0);
		fc.assert(
			fc.property(applicable, lang, (a, l) => {
				expect(decodeValid(encodeAnswers(a, l)).notices).toEqual([]);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('mutated links', () => {
	it('decode without throwing, and every kept answer is valid', () => {
		fc.assert(
			fc.property(
				validAnswers,
				lang,
				fc.array(mutation, { minLength: 1, maxLength: 5 }),
				(a, l, ms) => {
					void decodeValid(ms.reduce(mutate, encodeAnswers(a, l)));
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('a duplicated parameter changes nothing but a "duplicate" notice', () => {
		fc.assert(
			fc.property(validAnswers, lang, fc.nat(), (a, l, at) => {
				const query = encodeAnswers(a, l);
				const d = decodeValid(mutate(query, { kind: 'duplicate', at }));
				const params = query.split('&');
				expect(d.answers).toEqual(a);
				expect(d.lang).toBe(l);
				expect(d.notices).toContainEqual({
					key: 'duplicate',
					param: params[at % params.length]?.split('=')[0]
				});
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('encoding', () => {
	it('is deterministic and independent of key, value and item order', () => {
		fc.assert(
			fc.property(
				validAnswers,
				lang,
				fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
				(a, l, rnd) => {
					const query = encodeAnswers(a, l);
					expect(encodeAnswers(a, l)).toBe(query);
					expect(encodeAnswers(reordered(a, rnd), l)).toBe(query);
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('writes only characters that need no escaping in a query, besides %-escapes', () => {
		fc.assert(
			fc.property(validAnswers, lang, (a, l) => {
				expect(encodeAnswers(a, l)).toMatch(/^[a-z0-9_.,:=&-]+$/);
			}),
			{ numRuns: RUNS }
		);
	});
});
