// The link contract: answers <-> query string, versioned with migrations. Decoding never throws.
import { DENMARK_BOUNDS, roundPoint } from './geo';
import { QUESTIONS, questionById, type Question } from './questions';
import { optionIds, validateAnswer, type OptionSource, type RawAnswer } from './validate';
import { isApplicable, type StepId } from './flow';
import { isPageId, pageOf } from './pages';
import { parseShortlist } from './shortlist';
import { RESULT_SETTINGS, type Answers, type HomeLocation, type QuestionId } from './types';

export type { StepId };

/** The version of the link contract written today. Bump it (and add a migration) when a question changes. */
export const LINK_VERSION = 1;

/** Longest query string read; anything after it is ignored with a notice (links are meant to be short). */
export const MAX_QUERY_LENGTH = 4000;

/** Parameters the codec reserves besides the question ids and the result settings (`home`, `rank_by_distance`,
 * `shortlist`). */
export const RESERVED_PARAMS = ['v', 'lang'] as const;

/** Points picked on the map may lie up to this many degrees outside DENMARK_BOUNDS (the sea around the coast). */
export const HOME_MARGIN = 0.1;

/** `home` as its parameter value: a kommunekode ("101") or "lat,lng" with 4 decimals (about 10 m). */
export function encodeHome(home: HomeLocation): string {
	return 'municipality' in home
		? home.municipality
		: `${home.lat.toFixed(4)},${home.lng.toFixed(4)}`;
}

/**
 * A `home` parameter value, or undefined when it is neither a three-digit kommunekode nor a point in Denmark.
 * Whether a code names a real municipality is checked where the municipality list is loaded (the results page).
 * @example parseHome('55.7040,12.4940') // { lat: 55.704, lng: 12.494 }
 */
export function parseHome(value: string): HomeLocation | undefined {
	if (/^\d{3}$/.test(value)) return { municipality: value };
	const m = /^(\d{1,2}(?:\.\d{1,6})?),(\d{1,2}(?:\.\d{1,6})?)$/.exec(value);
	if (!m) return undefined;
	const { lat, lng } = roundPoint({ lat: Number(m[1]), lng: Number(m[2]) });
	const b = DENMARK_BOUNDS;
	const d = HOME_MARGIN;
	return lat >= b.south - d && lat <= b.north + d && lng >= b.west - d && lng <= b.east + d
		? { lat, lng }
		: undefined;
}

/**
 * Migrations, by the version they upgrade FROM: each turns the parameters of version n into those of n + 1.
 * Version 1 is the first published contract, so there are none yet. Example for a future rename:
 * `1: (p) => rename(p, 'land_ha', 'land_hectares')`. Keep every migration forever: links live for years.
 */
export const MIGRATIONS: Record<number, (params: Map<string, string>) => Map<string, string>> = {};

/** Something in a link that was not used, and why; shown to the user in plain words. */
export interface LinkNotice {
	/** i18n key under `link.notice.` */
	key:
		| 'unknown_param'
		| 'invalid_value'
		/** Some of a matrix's pairs or a list's options could not be used; the others are. */
		| 'invalid_part'
		| 'duplicate'
		| 'bad_encoding'
		| 'newer_version'
		| 'bad_version'
		| 'too_long'
		| 'incomplete'
		| 'not_applicable';
	/** The parameter concerned (a question id or a raw name), when there is one. */
	param?: string;
}

export interface DecodedLink {
	answers: Answers;
	/** Partial answers that are not valid on their own (e.g. a matrix with some items): prefill the page. */
	drafts: Partial<Record<QuestionId, RawAnswer>>;
	lang?: 'da' | 'en';
	version: number;
	notices: LinkNotice[];
	/** True when at least one answer came from the link. */
	prefilled: boolean;
}

const QUESTION_IDS = new Set<string>(QUESTIONS.map((q) => q.id));

/** Characters that may stay unescaped in a query value (RFC 3986) and make links readable. */
function encodeValue(value: string): string {
	return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** One answer as its parameter value, or undefined when it has none. */
export function encodeAnswer(
	q: Question,
	value: Answers[QuestionId] | undefined
): string | undefined {
	if (value === undefined) return undefined;
	switch (q.type) {
		case 'single':
			return String(value);
		case 'multi':
			return [...(value as string[])].sort().join(',');
		case 'number':
			return value === 'dont_know' ? 'dont_know' : String(value);
		case 'matrix': {
			const v = value as Record<string, string>;
			return q.items
				.filter((item) => v[item] !== undefined)
				.sort()
				.map((item) => `${item}:${v[item]}`)
				.join(',');
		}
	}
}

/**
 * Encode answers as a query string (without "?"): `v`, then one parameter per answered question in question
 * order, then `lang`. The same answers always give the same string.
 * @example encodeAnswers({ land_ha: 2.5, sectors: ['life_science', 'biosolutions'] }, 'da')
 *   // "v=1&sectors=biosolutions,life_science&land_ha=2.5&lang=da"
 */
export function encodeAnswers(answers: Answers, lang?: 'da' | 'en'): string {
	const parts = [`v=${LINK_VERSION}`];
	for (const q of QUESTIONS) {
		const encoded = encodeAnswer(q, answers[q.id]);
		if (encoded !== undefined && encoded !== '') parts.push(`${q.id}=${encodeValue(encoded)}`);
	}
	if (answers.home) parts.push(`home=${encodeValue(encodeHome(answers.home))}`);
	if (answers.rank_by_distance === 'yes') parts.push('rank_by_distance=yes');
	if (answers.shortlist?.length)
		parts.push(`shortlist=${encodeValue([...answers.shortlist].sort().join(','))}`);
	if (lang) parts.push(`lang=${lang}`);
	return parts.join('&');
}

/** Raw form input from a parameter value, so link values go through exactly the same validation as typing. */
function rawFromParam(q: Question, value: string): RawAnswer {
	switch (q.type) {
		case 'single':
			return { type: 'single', value };
		case 'multi':
			return { type: 'multi', values: value.split(',').filter((v) => v !== '') };
		case 'number': {
			// Links use a dot as the decimal mark and no grouping. A hand-edited "2,5" is read as 2.5 (a comma before one or
			// two digits cannot group thousands); "1.000" or "2.500" is refused, not read as 1 or 2.5: the guide never
			// writes a trailing zero, so it is a Danish thousands dot written by hand.
			const text = /^\d{1,3}\.\d\d0$/.test(value) ? '' : value.replace(/^(\d+),(\d\d?)$/, '$1.$2');
			return value === 'dont_know'
				? { type: 'number', text: '', dontKnow: true }
				: {
						type: 'number',
						text: /^\d+(\.\d+)?$/.test(text) ? text : `invalid:${value}`,
						dontKnow: false,
						lang: 'en'
					};
		}
		case 'matrix':
			return { type: 'matrix', values: parseMatrixParam(q, value).values };
	}
}

/** `item:level` pairs of a matrix parameter; pairs with an unknown item or level, or a repeated item, are rejected. */
function parseMatrixParam(
	q: Question,
	value: string
): { values: Record<string, string>; rejected: number } {
	const values: Record<string, string> = {};
	let rejected = 0;
	if (q.type !== 'matrix') return { values, rejected };
	for (const pair of value.split(',')) {
		if (pair === '') continue;
		const [item, level, ...rest] = pair.split(':');
		const ok =
			item !== undefined &&
			level !== undefined &&
			rest.length === 0 &&
			(q.items as readonly string[]).includes(item) &&
			(q.levels as readonly string[]).includes(level) &&
			values[item] === undefined;
		if (ok) values[item] = level;
		else rejected++;
	}
	return { values, rejected };
}

function safeDecode(s: string): string | null {
	try {
		return decodeURIComponent(s.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

/**
 * Read a query string (with or without "?"). Never throws: whatever cannot be used is reported in `notices`,
 * and the rest is used.
 * @example decodeLink('?v=1&land_ha=40&lang=en', options).answers // { land_ha: 40 }
 */
export function decodeLink(query: string, options: OptionSource): DecodedLink {
	const notices: LinkNotice[] = [];
	let q = typeof query === 'string' ? query : '';
	if (q.startsWith('?')) q = q.slice(1);
	if (q.length > MAX_QUERY_LENGTH) {
		notices.push({ key: 'too_long' });
		// Keep only whole parameters: cut at the last "&" at or before the limit.
		const lastAmp = q.lastIndexOf('&', MAX_QUERY_LENGTH);
		q = lastAmp >= 0 ? q.slice(0, lastAmp) : '';
	}

	// Parse by hand: URLSearchParams would silently turn broken %-escapes into replacement characters.
	let params = new Map<string, string>();
	// "&amp;" escaped once more on the way ("%26amp%3B") is the "&" it was: no value of the contract holds it.
	for (const part of q.replace(/%26amp%3B/gi, '&').split('&')) {
		if (part === '') continue;
		const eq = part.indexOf('=');
		// A link pasted through an HTML e-mail or a web page can arrive with each "&" as "&amp;" (review 22, G7): the
		// parameter is the name after it, so nothing an adviser filled in is lost.
		const name = safeDecode(eq >= 0 ? part.slice(0, eq) : part)?.replace(/^(amp;)+/, '') ?? null;
		const value = safeDecode(eq >= 0 ? part.slice(eq + 1) : '');
		if (name === null || value === null) {
			notices.push({ key: 'bad_encoding', param: name ?? undefined });
			continue;
		}
		if (params.has(name)) {
			notices.push({ key: 'duplicate', param: name });
			continue;
		}
		params.set(name, value);
	}

	// Version and migrations.
	let version = LINK_VERSION;
	const v = params.get('v');
	if (v !== undefined) {
		const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
		if (!Number.isInteger(n) || n < 1) notices.push({ key: 'bad_version' });
		else if (n > LINK_VERSION) {
			notices.push({ key: 'newer_version' });
			version = n;
		} else version = n;
	}
	for (let from = Math.min(version, LINK_VERSION); from < LINK_VERSION; from++) {
		const migrate = MIGRATIONS[from];
		if (migrate) params = migrate(params);
	}

	let lang: 'da' | 'en' | undefined;
	const rawLang = params.get('lang');
	if (rawLang !== undefined) {
		if (rawLang === 'da' || rawLang === 'en') lang = rawLang;
		else notices.push({ key: 'invalid_value', param: 'lang' });
	}

	const answers: Answers = {};
	const drafts: Partial<Record<QuestionId, RawAnswer>> = {};
	for (const [name, value] of params) {
		if ((RESERVED_PARAMS as readonly string[]).includes(name)) continue;
		if ((RESULT_SETTINGS as readonly string[]).includes(name)) {
			const home = name === 'home' ? parseHome(value) : undefined;
			const shortlist = name === 'shortlist' ? parseShortlist(value) : undefined;
			if (home) answers.home = home;
			else if (shortlist) answers.shortlist = shortlist;
			else if (name === 'rank_by_distance' && value === 'yes') answers.rank_by_distance = 'yes';
			else notices.push({ key: 'invalid_value', param: name });
			continue;
		}
		if (!QUESTION_IDS.has(name)) {
			notices.push({ key: 'unknown_param', param: name });
			continue;
		}
		const question = questionById(name as QuestionId);
		const raw = rawFromParam(question, value);
		// Matrix pairs that could not be used are reported even when the usable ones make a whole answer.
		const rejectedPairs =
			question.type === 'matrix' && parseMatrixParam(question, value).rejected > 0;
		let result = validateAnswer(question, raw, options);
		// A list with an option the guide does not know: the options it knows are used, and the link says so. So is a
		// list with "none of these" or "no preference" beside specific options: the specific ones are used.
		let partial = false;
		if (!result.ok && question.type === 'multi' && raw.type === 'multi') {
			const allowed = optionIds(question, options);
			const usable = raw.values.filter((v) => allowed.includes(v));
			const specific = usable.filter((v) => v !== question.exclusive);
			const known = specific.length > 0 ? specific : usable;
			partial = known.length > 0;
			if (partial) result = validateAnswer(question, { type: 'multi', values: known }, options);
		}
		if (result.ok) {
			(answers as Record<string, unknown>)[name] = result.value;
			if (rejectedPairs || partial) notices.push({ key: 'invalid_part', param: name });
		} else if (
			question.type === 'matrix' &&
			raw.type === 'matrix' &&
			Object.keys(raw.values).length > 0
		) {
			// Some items given: prefill them and let the user complete the page.
			drafts[question.id] = raw;
			if (rejectedPairs) notices.push({ key: 'invalid_part', param: name });
			notices.push({ key: 'incomplete', param: name });
		} else {
			notices.push({ key: 'invalid_value', param: name });
		}
	}

	for (const question of QUESTIONS) {
		if (
			answers[question.id] !== undefined &&
			!question.quietWhenNotAsked &&
			!isApplicable(question, answers)
		) {
			notices.push({ key: 'not_applicable', param: question.id });
		}
	}

	return {
		answers,
		drafts,
		lang,
		version,
		notices,
		prefilled: Object.keys(answers).length + Object.keys(drafts).length > 0
	};
}

// ---------------------------------------------------------------------------------------------
// The step in the URL hash
// ---------------------------------------------------------------------------------------------

/** Slug of a step for the hash: language-neutral, lower case, hyphens ("land_ha" -> "land-ha"). */
export function stepSlug(step: StepId): string {
	return step.replace(/_/g, '-');
}

/**
 * The step a hash names, or undefined for an empty or unknown hash. A question's slug from before the questions
 * were grouped (`#land-ha`, 2026-12-05) names the page that now asks it (`site`), so old links and bookmarks land
 * where that question is.
 */
export function stepFromHash(hash: string): StepId | undefined {
	const slug = (safeDecode(hash.replace(/^#/, '')) ?? '').trim().toLowerCase();
	if (slug === '') return undefined;
	const id = slug.replace(/-/g, '_');
	if (id === 'start' || id === 'check' || id === 'results' || isPageId(id)) return id;
	return QUESTION_IDS.has(id) ? pageOf(id as QuestionId) : undefined;
}
