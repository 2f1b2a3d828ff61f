import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	decodeLink,
	encodeAnswer,
	encodeAnswers,
	LINK_VERSION,
	MAX_QUERY_LENGTH,
	MIGRATIONS,
	stepFromHash,
	stepSlug,
	type StepId
} from '../../src/domain/url-codec';
import { effectiveAnswers, isComplete } from '../../src/domain/flow';
import { PAGES, pageOf } from '../../src/domain/pages';
import { QUESTIONS, questionById } from '../../src/domain/questions';
import type { Answers } from '../../src/domain/types';
import { optionSource } from '../../src/data/options';
import { answers } from '../builders/answers';
import { allLinkFixtures, LINK_FIXTURES } from '../fixtures/links';

const decode = (query: string) => decodeLink(query, optionSource);
const names = (query: string) => query.split('&').map((p) => p.split('=')[0]);

/** Every step a hash can name. */
const ALL_STEPS: StepId[] = ['start', ...PAGES.map((p) => p.id), 'check', 'results'];

describe('encodeAnswers', () => {
	it('gives the same string for the same answers', () => {
		const a = answers({ net_zero: 'yes', critical_raw_materials: 'yes' });
		expect(encodeAnswers(a, 'da')).toBe(encodeAnswers(structuredClone(a), 'da'));
	});

	it('writes v first, the questions in question order and lang last', () => {
		const a = answers({ land_ha: 80, net_zero: 'yes', critical_raw_materials: 'yes' });
		expect(names(encodeAnswers(a, 'en'))).toEqual(['v', ...QUESTIONS.map((q) => q.id), 'lang']);
	});

	it('writes the current version and leaves lang out when none is given', () => {
		expect(encodeAnswers({ land_ha: 40 })).toBe(`v=${LINK_VERSION}&land_ha=40`);
		expect(encodeAnswers({})).toBe(`v=${LINK_VERSION}`);
	});

	it('sorts multiple choices and joins them with commas', () => {
		expect(encodeAnswers({ sectors: ['life_science', 'biosolutions'] }, 'da')).toBe(
			'v=1&sectors=biosolutions,life_science&lang=da'
		);
		expect(encodeAnswers({ regions: ['syddanmark', 'hovedstaden', 'midtjylland'] })).toBe(
			'v=1&regions=hovedstaden,midtjylland,syddanmark'
		);
	});

	it('writes a matrix as item:level pairs sorted by item', () => {
		const a = answers({
			infrastructure: { port: 'must', water_volume: 'nice' },
			workforce: { labour_catchment: 'must' }
		});
		expect(encodeAnswer(questionById('infrastructure'), a.infrastructure)).toBe(
			'high_power:none,motorway:none,pipeline:none,port:must,rail:none,symbiosis:none,wastewater:none,water_volume:nice'
		);
		expect(encodeAnswers({ workforce: a.workforce })).toBe(
			'v=1&workforce=education_clusters:none,labour_catchment:must'
		);
	});

	it('writes numbers with a dot as the decimal mark and "dont_know" as it is', () => {
		expect(encodeAnswers({ land_ha: 2.5, investment_mdkk: 1000000 })).toBe(
			'v=1&land_ha=2.5&investment_mdkk=1000000'
		);
		expect(encodeAnswers({ land_ha: 0.01, investment_mdkk: 'dont_know' })).toBe(
			'v=1&land_ha=0.01&investment_mdkk=dont_know'
		);
		expect(encodeAnswers({ land_ha: 123.456789 })).toBe('v=1&land_ha=123.456789');
	});

	it('leaves out unanswered questions and empty answers', () => {
		expect(encodeAnswer(questionById('land_ha'), undefined)).toBeUndefined();
		expect(encodeAnswers({ sectors: [], infrastructure: {}, project_type: 'expand' })).toBe(
			'v=1&project_type=expand'
		);
	});

	it("round-trips the builders' complete answers", () => {
		for (const a of [
			answers(),
			answers({ net_zero: 'yes', critical_raw_materials: 'yes' }),
			answers({
				employees: 'over_250',
				investment_mdkk: 'dont_know',
				regions: ['nordjylland', 'hovedstaden']
			}),
			answers({ sectors: ['wind_offshore', 'maritime', 'transport_logistics'], land_ha: 0.5 })
		]) {
			for (const lang of ['da', 'en'] as const) {
				const decoded = decode(encodeAnswers(a, lang));
				expect(decoded.answers).toEqual(a);
				expect(decoded.lang).toBe(lang);
				expect(decoded.notices).toEqual([]);
				expect(decoded.drafts).toEqual({});
				expect(decoded.prefilled).toBe(true);
			}
		}
	});
});

describe('link fixtures (links already out in the world)', () => {
	it("has fixtures for every version of the contract up to today's", () => {
		for (let version = 1; version <= LINK_VERSION; version++) {
			expect(LINK_FIXTURES[version]?.length ?? 0, `fixtures for v${version}`).toBeGreaterThan(0);
		}
	});

	it("has a migration for every version before today's", () => {
		const missing = [];
		for (let version = 1; version < LINK_VERSION; version++)
			if (typeof MIGRATIONS[version] !== 'function') missing.push(version);
		expect(missing).toEqual([]);
	});

	for (const { version, fixture } of allLinkFixtures()) {
		it(`v${version}: ${fixture.name}`, () => {
			expect(fixture.query).toMatch(new RegExp(`(^|&)v=${version}(&|$)`));
			for (const query of [fixture.query, `?${fixture.query}`]) {
				const decoded = decode(query);
				expect(decoded.notices).toEqual([]);
				expect(decoded.answers).toEqual(fixture.answers);
				expect(decoded.drafts).toEqual(fixture.drafts ?? {});
				expect(decoded.lang).toBe(fixture.lang);
				expect(decoded.version).toBe(version);
				expect(decoded.prefilled).toBe(true);
			}
		});
	}
});

describe('decodeLink with bad input: a notice, the rest is used, never a throw', () => {
	it('reports an unknown parameter and uses the rest', () => {
		const d = decode('v=1&utm_source=mail&land_ha=40');
		expect(d.answers).toEqual({ land_ha: 40 });
		expect(d.notices).toEqual([{ key: 'unknown_param', param: 'utm_source' }]);
	});

	it('reads a link whose "&" became "&amp;" (an HTML e-mail, a web page) as the link it was (review 22, G7)', () => {
		const plain = 'v=1&project_type=new_plant&sectors=agro_industry&land_ha=3&lang=en';
		const d = decode(plain.replaceAll('&', '&amp;'));
		expect(d.notices).toEqual([]);
		expect(d).toEqual(decode(plain));
		expect(decode('v=1&amp;amp;land_ha=3').answers).toEqual({ land_ha: 3 });
		// The "&amp;" escaped once more, as some mail programs pass a link on.
		expect(decode(plain.replaceAll('&', '%26amp%3B'))).toEqual(decode(plain));
		expect(decode(plain.replaceAll('&', '%26AMP%3b'))).toEqual(decode(plain));
		// Only at the start of a name: anything else stays unknown.
		expect(decode('v=1&xamp;land_ha=3').notices).toEqual([
			{ key: 'unknown_param', param: 'xamp;land_ha' }
		]);
	});

	it('reports an option that does not exist, and keeps the known options of a list', () => {
		const d = decode('v=1&project_type=demolish&sectors=maritime,space&land_phasing=yes');
		expect(d.answers).toEqual({ sectors: ['maritime'], land_phasing: 'yes' });
		expect(d.notices).toEqual([
			{ key: 'invalid_value', param: 'project_type' },
			{ key: 'invalid_part', param: 'sectors' }
		]);
		expect(decode('v=1&sectors=space,moon').notices).toEqual([
			{ key: 'invalid_value', param: 'sectors' }
		]);
	});

	it('keeps the specific options of a list that also has its exclusive one, and says so', () => {
		const d = decode('v=1&regions=no_preference,sjaelland&sectors=other,biosolutions,space');
		expect(d.answers).toEqual({ regions: ['sjaelland'], sectors: ['biosolutions'] });
		expect(d.notices).toEqual([
			{ key: 'invalid_part', param: 'regions' },
			{ key: 'invalid_part', param: 'sectors' }
		]);
		// The exclusive option alone, beside an option the guide does not know, is kept.
		const alone = decode('v=1&sectors=other,space');
		expect(alone.answers).toEqual({ sectors: ['other'] });
		expect(alone.notices).toEqual([{ key: 'invalid_part', param: 'sectors' }]);
	});

	it('reports a number out of range', () => {
		for (const query of [
			'land_ha=0',
			'land_ha=20000',
			'investment_mdkk=1000001',
			'land_ha=0.001'
		]) {
			const d = decode(`v=1&${query}`);
			expect(d.answers, query).toEqual({});
			expect(d.notices, query).toEqual([{ key: 'invalid_value', param: query.split('=')[0] }]);
		}
	});

	it('reads a hand-written decimal comma ("2,5"), but not one that could group thousands', () => {
		expect(decode('v=1&land_ha=2,5').answers).toEqual({ land_ha: 2.5 });
		expect(decode('v=1&land_ha=0,75').answers).toEqual({ land_ha: 0.75 });
		expect(decode('v=1&land_ha=2,5').notices).toEqual([]);
		expect(decode('v=1&investment_mdkk=1,000').notices).toEqual([
			{ key: 'invalid_value', param: 'investment_mdkk' }
		]);
	});

	it('reports a number with grouping, a sign or a unit (links use a bare dot decimal)', () => {
		// "1.000" and "2.500" are a Danish thousands dot written by hand (the guide writes no trailing zero): not 1 or 2.5.
		for (const value of ['1.500,5', '2,500', '1.000', '2.500', '-3', '12ha', '1e3', ' 40', '']) {
			const d = decode(`v=1&land_ha=${encodeURIComponent(value)}`);
			expect(d.answers, value).toEqual({});
			expect(d.notices, value).toEqual([{ key: 'invalid_value', param: 'land_ha' }]);
		}
	});

	it('takes "dont_know" for the land (offered since 2026-12-07: a company may not know it yet)', () => {
		const d = decode('v=1&land_ha=dont_know');
		expect(d.answers).toEqual({ land_ha: 'dont_know' });
		expect(d.notices).toEqual([]);
	});

	it('reports "dont_know" where the question does not offer it', () => {
		expect(decode('v=1&start_time=dont_know').notices).toEqual([
			{ key: 'invalid_value', param: 'start_time' }
		]);
	});

	it('uses the first of a duplicated parameter', () => {
		const d = decode('v=1&land_ha=40&land_ha=7&lang=en&lang=da');
		expect(d.answers).toEqual({ land_ha: 40 });
		expect(d.lang).toBe('en');
		expect(d.notices).toEqual([
			{ key: 'duplicate', param: 'land_ha' },
			{ key: 'duplicate', param: 'lang' }
		]);
	});

	it('reports broken percent-encoding and keeps the other parameters', () => {
		const d = decode('v=1&project_type=%E0%A4%A&land_ha=40&sectors=%zz&land_phasing=no');
		expect(d.answers).toEqual({ land_ha: 40, land_phasing: 'no' });
		expect(d.notices).toEqual([
			{ key: 'bad_encoding', param: 'project_type' },
			{ key: 'bad_encoding', param: 'sectors' }
		]);
	});

	it('reports a parameter name with broken percent-encoding', () => {
		const d = decode('v=1&%zz=1&land_ha=40');
		expect(d.answers).toEqual({ land_ha: 40 });
		expect(d.notices).toEqual([{ key: 'bad_encoding' }]);
	});

	it('uses what it knows from a link of a newer version and says so', () => {
		const d = decode('v=99&project_type=expand&rocket_fuel=yes&land_ha=40&lang=en');
		expect(d.version).toBe(99);
		expect(d.answers).toEqual({ project_type: 'expand', land_ha: 40 });
		expect(d.lang).toBe('en');
		expect(d.notices).toEqual([
			{ key: 'newer_version' },
			{ key: 'unknown_param', param: 'rocket_fuel' }
		]);
	});

	it("reads a link with a bad version as today's version", () => {
		for (const v of ['abc', '0', '-1', '1.0', '', '12345']) {
			const d = decode(`v=${v}&land_ha=40`);
			expect(d.version, v).toBe(LINK_VERSION);
			expect(d.answers, v).toEqual({ land_ha: 40 });
			expect(d.notices, v).toEqual([{ key: 'bad_version' }]);
		}
	});

	it('reads only the first MAX_QUERY_LENGTH characters of an over-long link, without the parameter cut in half', () => {
		const valid = encodeAnswers(answers({ land_ha: 12.5 }), 'en');
		const d = decode(`${valid}&note=${'x'.repeat(MAX_QUERY_LENGTH)}`);
		expect(d.answers).toEqual(answers({ land_ha: 12.5 }));
		expect(d.lang).toBe('en');
		expect(d.notices).toEqual([{ key: 'too_long' }]);
	});

	it('drops an answer the cut falls inside', () => {
		const padding = `v=1&note=${'x'.repeat(MAX_QUERY_LENGTH - 'v=1&note='.length - 'land_ha=4'.length - 1)}`;
		const query = `${padding}&land_ha=40&project_type=expand`;
		expect(query.indexOf('land_ha=40') + 'land_ha=4'.length).toBe(MAX_QUERY_LENGTH);
		const d = decode(query);
		expect(d.answers).toEqual({});
		expect(d.notices).toEqual([{ key: 'too_long' }, { key: 'unknown_param', param: 'note' }]);
	});

	// Regression: a cut falling exactly on '&' once dropped the complete parameter before it.
	it('keeps a complete parameter that ends exactly at the cut', () => {
		const padding = `v=1&note=${'x'.repeat(MAX_QUERY_LENGTH - 'v=1&note='.length - '&land_ha=40'.length)}`;
		const query = `${padding}&land_ha=40&project_type=expand`;
		expect(query[MAX_QUERY_LENGTH]).toBe('&');
		expect(decode(query).answers).toEqual({ land_ha: 40 });
	});

	it('reads an empty link, "?" alone and a lone "&" as no answers and no notices', () => {
		for (const query of ['', '?', '&', '?&&']) {
			const d = decode(query);
			expect(d.answers, query).toEqual({});
			expect(d.drafts, query).toEqual({});
			expect(d.notices, query).toEqual([]);
			expect(d.version, query).toBe(LINK_VERSION);
			expect(d.prefilled, query).toBe(false);
			expect(d.lang, query).toBeUndefined();
		}
	});

	it('prefills a matrix with only some items as a draft and says it is incomplete', () => {
		const d = decode('v=1&infrastructure=port:must,rail:nice&land_ha=40');
		expect(d.answers).toEqual({ land_ha: 40 });
		expect(d.drafts).toEqual({
			infrastructure: { type: 'matrix', values: { port: 'must', rail: 'nice' } }
		});
		expect(d.notices).toEqual([{ key: 'incomplete', param: 'infrastructure' }]);
		expect(d.prefilled).toBe(true);
	});

	it('prefilled is true for a draft alone', () => {
		expect(decode('v=1&workforce=labour_catchment:must').prefilled).toBe(true);
	});

	it('reports an empty matrix as an invalid value, not a draft', () => {
		const d = decode('v=1&infrastructure=&workforce=foo:bar');
		expect(d.drafts).toEqual({});
		expect(d.notices).toEqual([
			{ key: 'invalid_value', param: 'infrastructure' },
			{ key: 'invalid_value', param: 'workforce' }
		]);
	});

	// Regression: unusable matrix pairs ("lift:must", no colon, a repeated item) were once dropped silently.
	it('reports matrix pairs it cannot use', () => {
		const complete = encodeAnswer(questionById('workforce'), answers().workforce) ?? '';
		const d = decode(`v=1&workforce=${complete},lift:must`);
		expect(d.answers.workforce).toEqual(answers().workforce);
		expect(d.notices).toEqual([{ key: 'invalid_part', param: 'workforce' }]);
	});

	// Review: a link cut off inside a matrix said both "not valid, answer it yourself" and "not quite complete".
	it('says that part of a cut-off matrix was skipped and the rest is kept to complete', () => {
		const d = decode('v=1&infrastructure=high_power:must,moto');
		expect(d.drafts).toEqual({
			infrastructure: { type: 'matrix', values: { high_power: 'must' } }
		});
		expect(d.notices).toEqual([
			{ key: 'invalid_part', param: 'infrastructure' },
			{ key: 'incomplete', param: 'infrastructure' }
		]);
	});

	it('keeps an answer to a question that does not apply, with a notice', () => {
		const d = decode('v=1&net_zero=no&net_zero_tech=wind');
		// Kept so that switching net_zero to "yes" restores it; left out of matching by effectiveAnswers.
		expect(d.answers).toEqual({ net_zero: 'no', net_zero_tech: ['wind'] });
		expect(d.notices).toEqual([{ key: 'not_applicable', param: 'net_zero_tech' }]);
	});

	it('keeps phasing from a link written when every company was asked, without a notice', () => {
		// Until 2026-12-07 phasing was asked whatever the land; now only above the least new land of any site.
		const d = decode('v=1&land_ha=6&land_phasing=no');
		expect(d.answers).toEqual({ land_ha: 6, land_phasing: 'no' });
		expect(d.notices).toEqual([]);
		expect(effectiveAnswers(d.answers)).toEqual({ land_ha: 6 });
		expect(effectiveAnswers(decode('v=1&land_ha=80&land_phasing=no').answers)).toEqual({
			land_ha: 80,
			land_phasing: 'no'
		});
	});

	it('reports a follow-up whose condition is not answered', () => {
		expect(decode('v=1&financials=yes&crm_activity=recycling').notices).toEqual([
			{ key: 'not_applicable', param: 'crm_activity' },
			{ key: 'not_applicable', param: 'financials' }
		]);
	});

	it('reports an unknown language and keeps the answers', () => {
		const d = decode('v=1&land_ha=40&lang=xx');
		expect(d.lang).toBeUndefined();
		expect(d.answers).toEqual({ land_ha: 40 });
		expect(d.notices).toEqual([{ key: 'invalid_value', param: 'lang' }]);
	});

	it('reads "+" as a space, like a form would', () => {
		expect(decode('v=1&project_type=new+plant').notices).toEqual([
			{ key: 'invalid_value', param: 'project_type' }
		]);
	});

	it('never throws on hostile input', () => {
		for (const query of [
			'%',
			'=',
			'==&==',
			'__proto__=1',
			'constructor=x&toString=y',
			'infrastructure=__proto__:must',
			'#'
		]) {
			expect(() => decode(query), query).not.toThrow();
		}
		expect(() => decodeLink(undefined as unknown as string, optionSource)).not.toThrow();
	});
});

describe('stepSlug / stepFromHash', () => {
	it('round-trips every step', () => {
		for (const step of ALL_STEPS) {
			expect(stepFromHash(`#${stepSlug(step)}`), step).toBe(step);
			expect(stepFromHash(stepSlug(step)), step).toBe(step);
		}
	});

	it('reads the slug of every question from before the pages were grouped as the page that asks it now', () => {
		for (const q of QUESTIONS) {
			const oldSlug = q.id.replace(/_/g, '-');
			expect(stepFromHash(`#${oldSlug}`), oldSlug).toBe(pageOf(q.id));
		}
		expect(stepFromHash('#land-ha')).toBe('site');
		expect(stepFromHash('#net-zero-tech')).toBe('conditions');
		expect(stepFromHash('#financials')).toBe('company');
	});

	it('writes slugs in lower case with hyphens, never underscores', () => {
		expect(stepSlug('site')).toBe('site');
		expect(stepSlug('results')).toBe('results');
		for (const step of ALL_STEPS) expect(stepSlug(step)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('gives undefined for an empty or unknown hash', () => {
		for (const hash of [
			'',
			'#',
			'#nowhere',
			'#land',
			'#%zz',
			'#%E0%A4%A',
			'#land ha',
			'#__proto__',
			'#constructor'
		]) {
			expect(stepFromHash(hash), hash).toBeUndefined();
		}
	});

	it('reads a percent-encoded, upper-case or padded hash', () => {
		expect(stepFromHash('#LAND-HA')).toBe('site');
		expect(stepFromHash('#land%2Dha')).toBe('site');
		expect(stepFromHash('#%6C%61%6E%64-ha')).toBe('site');
		expect(stepFromHash('#NEEDS')).toBe('needs');
		expect(stepFromHash('#Results')).toBe('results');
		expect(stepFromHash('#%20check%20')).toBe('check');
	});
});

describe("the README's example links", () => {
	const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
	const section = readme.split(/^## /m).find((s) => s.startsWith('The link contract')) ?? '';
	const links = [...section.matchAll(/^\?(v=[^\s#]+)(#[a-z-]+)?$/gm)];

	it('has a link contract section with two complete example links', () => {
		expect(section).not.toBe('');
		expect(links).toHaveLength(2);
	});

	for (const [n, link] of links.entries()) {
		it(`example ${n + 1} decodes to complete answers without notices and is written the way encodeAnswers writes it`, () => {
			const query = link[1] ?? '';
			const decoded = decode(query);
			expect(decoded.notices).toEqual([]);
			expect(decoded.drafts).toEqual({});
			expect(isComplete(decoded.answers as Answers)).toBe(true);
			expect(encodeAnswers(decoded.answers, decoded.lang)).toBe(query);
			if (link[2]) expect(stepFromHash(link[2])).toBeDefined();
		});
	}
});

describe('the shortlist of parks to compare', () => {
	it('encodes the ids sorted, after the ranking setting', () => {
		expect(
			encodeAnswers({ land_ha: 2, rank_by_distance: 'yes', shortlist: ['viborg', 'esbjerg'] }, 'en')
		).toBe('v=1&land_ha=2&rank_by_distance=yes&shortlist=esbjerg,viborg&lang=en');
		expect(encodeAnswers({ shortlist: [] })).toBe('v=1');
	});

	it('reads back one to three distinct ids', () => {
		const d = decodeLink('v=1&shortlist=skive,aalborg,esbjerg', optionSource);
		expect(d.answers).toEqual({ shortlist: ['aalborg', 'esbjerg', 'skive'] });
		expect(d.notices).toEqual([]);
	});

	it('ignores, with a notice, more than three parks, a repeated park or a value that is no park id', () => {
		for (const bad of [
			'a,b,c,d',
			'esbjerg,esbjerg',
			'',
			'Esbjerg',
			'esbjerg,',
			'<script>',
			'a'.repeat(41)
		]) {
			const d = decodeLink(`v=1&shortlist=${encodeURIComponent(bad)}`, optionSource);
			expect(d.answers, bad).toEqual({});
			expect(d.notices, bad).toEqual([{ key: 'invalid_value', param: 'shortlist' }]);
		}
	});
});

describe('where the company is today (home) and ranking by distance', () => {
	it('encodes a municipality or a point after the questions, before the language', () => {
		expect(
			encodeAnswers({ land_ha: 2, home: { municipality: '101' }, rank_by_distance: 'yes' }, 'da')
		).toBe('v=1&land_ha=2&home=101&rank_by_distance=yes&lang=da');
		expect(encodeAnswers({ home: { lat: 55.70401, lng: 12.5 } })).toBe('v=1&home=55.7040,12.5000');
	});

	it('reads them back', () => {
		const d = decodeLink('v=1&home=55.7040,12.5000&rank_by_distance=yes', optionSource);
		expect(d.answers).toEqual({ home: { lat: 55.704, lng: 12.5 }, rank_by_distance: 'yes' });
		expect(d.notices).toEqual([]);
		expect(decodeLink('home=851', optionSource).answers).toEqual({ home: { municipality: '851' } });
	});

	it('ignores, with a notice, a home that is neither a kommunekode nor a point in Denmark, and other ranking values', () => {
		for (const bad of ['1010', 'abc', '48.85,2.35', '55.7,12.5,3', '-55.7,12.5', '55.7;12.5', '']) {
			const d = decodeLink(`v=1&home=${encodeURIComponent(bad)}&rank_by_distance=no`, optionSource);
			expect(d.answers, bad).toEqual({});
			expect(d.notices, bad).toEqual([
				{ key: 'invalid_value', param: 'home' },
				{ key: 'invalid_value', param: 'rank_by_distance' }
			]);
		}
	});
});
