import { describe, expect, it } from 'vitest';
import daCore from '../../src/i18n/da.json';
import enCore from '../../src/i18n/en.json';
import questionDa from '../../src/i18n/question.da.json';
import questionEn from '../../src/i18n/question.en.json';
import resultDa from '../../src/i18n/result.da.json';
import resultEn from '../../src/i18n/result.en.json';
import answersDa from '../../src/i18n/answers.da.json';
import answersEn from '../../src/i18n/answers.en.json';
import { contentKey, flattenContent } from '../../src/i18n/content-keys';
import { I18n, PAGE_TEXTS, type Lang } from '../../src/i18n/i18n.svelte';
import type { TextKey } from '../../src/i18n/text-keys';
import { QUESTIONS, type Question } from '../../src/domain/questions';
import { EARLY_RESULT_AFTER, PAGES } from '../../src/domain/pages';
import { optionIds, validateAnswer, type RawAnswer } from '../../src/domain/validate';
import { oneStopShop, smvStatus, type OssCriterion } from '../../src/domain/eligibility';
import { assessSite, rankSites } from '../../src/domain/match-sites';
import { SCHEME_RULES, nextSteps, type SchemeMatch } from '../../src/domain/match-support';
import {
	FACILITY_IDS,
	type Answers,
	type FacilityStatus,
	type Scheme
} from '../../src/domain/types';
import { content } from '../../src/data/index';
import { optionSource } from '../../src/data/options';
import { aSite, answers } from '../builders/answers';
import type { Change } from '../../src/domain/what-would-change';

/** The guide's own texts: the core (first page load) and the questions' (loaded with the question pages). */
const da = { ...daCore, ...questionDa };
const en = { ...enCore, ...questionEn };

/** A text the test adds itself, under a key the guide's text files do not have. */
const text = (i18n: I18n, key: string, params?: Record<string, unknown>) =>
	i18n.t(key as TextKey, params);

type Tree = { [key: string]: string | Tree };

/** All leaf keys of a translation tree, dotted. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [k, v] of Object.entries(tree)) {
		if (typeof v === 'string') out.set(prefix + k, v);
		else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
	}
	return out;
}

const bundles: Record<Lang, Map<string, string>> = {
	da: new Map([...leaves(da as Tree), ...leaves(resultDa as Tree), ...leaves(answersDa as Tree)]),
	en: new Map([...leaves(en as Tree), ...leaves(resultEn as Tree), ...leaves(answersEn as Tree)])
};

/** The app's own i18next set-up with every bundle loaded, so lookups resolve the way they do in the app. */
async function loadedI18n(): Promise<I18n> {
	const i18n = new I18n();
	i18n.addTexts({ da: questionDa, en: questionEn });
	i18n.addTexts({ da: resultDa, en: resultEn });
	i18n.addTexts({ da: answersDa, en: answersEn });
	i18n.addContent(content);
	await i18n.setLang('en');
	return i18n;
}
const i18n = await loadedI18n();

function missingIn(keys: Iterable<string>): Record<Lang, string[]> {
	const unique = [...new Set(keys)];
	return {
		da: unique.filter(
			(k) => !i18n.instance.exists(k, { lng: 'da' }) || i18n.instance.t(k, { lng: 'da' }) === ''
		),
		en: unique.filter(
			(k) => !i18n.instance.exists(k, { lng: 'en' }) || i18n.instance.t(k, { lng: 'en' }) === ''
		)
	};
}

function expectAllExist(keys: Iterable<string>) {
	expect(missingIn(keys)).toEqual({ da: [], en: [] });
}

describe('translation files', () => {
	it('have the same keys in Danish and English', () => {
		const onlyDa = [...bundles.da.keys()].filter((k) => !bundles.en.has(k));
		const onlyEn = [...bundles.en.keys()].filter((k) => !bundles.da.has(k));
		expect({ missingInEnglish: onlyDa, missingInDanish: onlyEn }).toEqual({
			missingInEnglish: [],
			missingInDanish: []
		});
	});

	it('have no empty texts', () => {
		const empty = (['da', 'en'] as const).flatMap((lang) =>
			[...bundles[lang]].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`)
		);
		expect(empty).toEqual([]);
	});

	it('use the same interpolation placeholders in both languages', () => {
		const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
		const differing = [...bundles.da]
			.filter(
				([k, v]) =>
					JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(bundles.en.get(k) ?? ''))
			)
			.map(([k]) => k);
		expect(differing).toEqual([]);
	});

	it('are found by the app’s i18next set-up, including keys with dots inside a segment', () => {
		expect(i18n.instance.t('result.criterion.sector.met', { lng: 'da', sectors: 'X' })).toBe(
			'Parken har fokus på jeres branche: X.'
		);
		expect(missingIn(['no.such.key'])).toEqual({ da: ['no.such.key'], en: ['no.such.key'] });
	});
});

describe('keys of the questions', () => {
	it('has a title and a short label for every question', () => {
		expectAllExist(QUESTIONS.flatMap((q) => [`question.${q.id}.title`, `question.${q.id}.short`]));
	});

	it('has a hint for every number and matrix question (the fields always show one)', () => {
		expectAllExist(
			QUESTIONS.filter((q) => q.type === 'number' || q.type === 'matrix').map(
				(q) => `question.${q.id}.hint`
			)
		);
	});

	it('has a label for every fixed option, and for the exclusive option of a content list', () => {
		const keys = QUESTIONS.flatMap((q) => {
			if (q.type === 'single') return q.options.map((o) => `option.${q.id}.${o}`);
			if (q.type === 'multi') {
				if (Array.isArray(q.options))
					return (q.options as readonly string[]).map((o) => `option.${q.id}.${o}`);
				return q.exclusive ? [`option.${q.id}.${q.exclusive}`] : [];
			}
			return [];
		});
		expect(keys).toContain('option.sectors.other');
		expect(keys).toContain('option.regions.no_preference');
		expectAllExist(keys);
	});

	it('has a content label for every option of a content list', () => {
		const keys = QUESTIONS.flatMap((q) => {
			if (q.type !== 'multi' || Array.isArray(q.options)) return [];
			const { from } = q.options as { from: 'sectors' | 'regions' };
			return optionIds(q, optionSource)
				.filter((o) => o !== q.exclusive)
				.map((o) => contentKey(from, o, 'label'));
		});
		expect(keys).toContain('content:sectors.wind_offshore.label');
		expectAllExist(keys);
	});

	it('has a name for every facility (every matrix item among them) and a label for every level', () => {
		const items = QUESTIONS.flatMap((q) => (q.type === 'matrix' ? q.items : []));
		expect(items.every((i) => (FACILITY_IDS as readonly string[]).includes(i))).toBe(true);
		const levels = QUESTIONS.flatMap((q) => (q.type === 'matrix' ? q.levels : []));
		expectAllExist([
			...FACILITY_IDS.map((id) => `facility.${id}`),
			...levels.map((l) => `matrix.level.${l}`),
			'number.unit.ha',
			'number.unit.mdkk',
			'number.dont_know'
		]);
	});
});

describe('keys of the error messages', () => {
	/** Raw answers that provoke every error a question can give. */
	function badAnswers(q: Question): (RawAnswer | undefined)[] {
		switch (q.type) {
			case 'single':
				return [undefined, { type: 'single', value: '' }, { type: 'single', value: '__nope__' }];
			case 'multi': {
				const ids = optionIds(q, optionSource);
				const notExclusive = ids.find((o) => o !== q.exclusive) ?? '';
				return [
					{ type: 'multi', values: [] },
					{ type: 'multi', values: ['__nope__'] },
					...(q.exclusive ? [{ type: 'multi' as const, values: [q.exclusive, notExclusive] }] : [])
				];
			}
			case 'number':
				return ['', 'abc', '0', '99999999999'].flatMap((text) => [
					{ type: 'number' as const, text, dontKnow: false },
					{ type: 'number' as const, text, dontKnow: true }
				]);
			case 'matrix':
				return [{ type: 'matrix', values: { [q.items[0] as string]: '__nope__' } }];
		}
	}

	const produced = QUESTIONS.flatMap((q) =>
		badAnswers(q).flatMap((raw) => {
			const v = validateAnswer(q, raw, optionSource);
			return v.ok ? [] : v.errors.map((e) => `error.${e.key}`);
		})
	);

	it('provokes the expected kinds of errors', () => {
		expect(produced).toEqual(
			expect.arrayContaining([
				'error.invalid_option',
				'error.project_type.required',
				'error.sectors.exclusive',
				'error.regions.exclusive',
				'error.land_ha.not_a_number',
				'error.land_ha.too_small',
				'error.land_ha.too_large',
				'error.investment_mdkk.too_small',
				'error.infrastructure.required_item',
				'error.workforce.required_item'
			])
		);
		// Every question can be left unanswered.
		expect(
			QUESTIONS.every((q) => produced.some((k) => k.startsWith(`error.${q.id}.required`)))
		).toBe(true);
	});

	it('has a message for every error the validation can give', () => {
		expectAllExist([...produced, 'error.summary_heading', 'app.error_prefix']);
	});
});

describe('keys of the results', () => {
	// The criterion keys are built inside match-sites.ts (not data), so they are listed here; the test below
	// checks the list against what assessSite actually produces over every outcome, so it cannot go stale silently.
	const CRITERION_KEYS = [
		'sector.met',
		'sector.later',
		'sector.not_met',
		'sector.other',
		'land.met',
		'land.phased',
		'land.not_met',
		'facility.available',
		'facility.planned',
		'facility.unknown',
		'facility.not_available',
		'region.met',
		'region.not_met',
		'timing.pending',
		'timing.longer_soon',
		'timing.longer_mid',
		'timing.longer_later',
		'timing.unknown'
	];
	// Every kind of change what-would-change.ts can name, with its text keys (a new kind fails to compile here).
	const CHANGE_KEYS: Record<Change['kind'], string[]> = {
		relax: ['relax'],
		require: ['require'],
		phasing: ['phasing'],
		less_land: ['less_land'],
		any_region: ['any_region'],
		later_start: ['later_start_in_2_5y', 'later_start_later']
	};

	it('lists every criterion key that matching produces', () => {
		const statuses: FacilityStatus[] = ['available', 'planned', 'unknown', 'not_available'];
		const sites = [
			...statuses.map((s) =>
				aSite({ facilities: { port: s }, partialSectors: ['maritime'], land: { newPlotsHa: 10 } })
			),
			aSite({ timing: { status: 'pending' } }),
			aSite({ timing: { status: 'longer' } })
		];
		const answerSets: Answers[] = [
			...(['within_2y', 'in_2_5y', 'later'] as const).map((start_time) =>
				answers({
					start_time,
					regions: ['syddanmark'],
					infrastructure: { port: 'must' },
					land_ha: 5
				})
			),
			answers({
				sectors: ['maritime'],
				regions: ['hovedstaden'],
				land_ha: 50,
				land_phasing: 'yes'
			}),
			answers({ sectors: ['life_science'], land_ha: 50 }),
			answers({ sectors: ['other'] })
		];
		const produced = new Set(
			sites.flatMap((s) => answerSets.flatMap((a) => assessSite(s, a).criteria.map((c) => c.key)))
		);
		expect([...produced].sort()).toEqual([...CRITERION_KEYS].sort());
	});

	it('has a text for every criterion, label, outcome, importance and fit', () => {
		expectAllExist([
			...CRITERION_KEYS.map((k) => `result.criterion.${k}`),
			'result.criterion.facility.unknown_note',
			'result.criterion.approx',
			...['sector', 'land', 'region', 'timing'].map((k) => `result.criterion.${k}`),
			...['met', 'partly', 'unknown', 'not_met', 'info'].map((k) => `result.outcome.${k}`),
			...['must', 'nice', 'preference'].map((k) => `result.importance.${k}`),
			...['good', 'partial', 'cannot'].map((k) => `result.fit.${k}`)
		]);
	});

	it('has a text for every change and effect the result can name', () => {
		expectAllExist(
			[
				...Object.values(CHANGE_KEYS).flat(),
				'heading',
				'none',
				'fits_one',
				'fits_other',
				'new_top_one',
				'new_top_other'
			].map((k) => `result.change.${k}`)
		);
	});

	it('has a reason text for every reason the support rules give', () => {
		const answerSets = [
			answers({
				sectors: ['wind_offshore', 'hydrogen_ptx'],
				critical_raw_materials: 'yes',
				net_zero: 'yes'
			}),
			answers({ company_origin: 'foreign_first' }),
			answers({ company_origin: 'foreign_present' })
		];
		const smvs = [smvStatus(answers()), smvStatus(answers({ employees: 'over_250' }))];
		const byRule = (Object.keys(SCHEME_RULES) as Scheme['rule'][]).map((rule) =>
			answerSets.flatMap((a) =>
				smvs.flatMap((smv) => SCHEME_RULES[rule](a, { smv }).map((r) => r.key))
			)
		);
		// Every rule gives at least one reason for some answers.
		expect(byRule.every((keys) => keys.length > 0)).toBe(true);
		const keys = byRule.flat();
		expectAllExist(keys.map((k) => `result.support.reason.${k}`));
	});

	it('has a text for every next step', () => {
		// Every scheme as open for applications, so that every step is produced.
		const all: SchemeMatch[] = content.schemes.map(({ status: _status, ...scheme }) => ({
			scheme,
			reasons: []
		}));
		const fits = rankSites(content.sites, answers()).fits;
		const house = { house: content.erhvervshuse[0] };
		const keys = [
			...nextSteps(answers(), oneStopShop(answers({ dual_permits: 'yes' })), fits, all, house),
			...nextSteps(answers(), oneStopShop({}), [], [], { house: undefined })
			// The best parks named when the ranking's top 3 has a park focused on other sectors (match-support tests).
		]
			.map((s) => s.key)
			.concat('contact_sector_parks', 'contact_region_parks');
		expect(new Set(keys).size).toBe(11);
		// The parks' steps name one park or several.
		// The parks' steps name one park or several; the One Stop Shop's check one open criterion or several.
		const plural = new Set([
			'contact_parks',
			'contact_sector_parks',
			'contact_region_parks',
			'oss_check'
		]);
		expectAllExist(
			keys.flatMap((k) =>
				plural.has(k) ? [`result.next.${k}_one`, `result.next.${k}_other`] : [`result.next.${k}`]
			)
		);
	});

	it('says what every page after the early result sharpens', () => {
		const after = PAGES.slice(PAGES.findIndex((p) => p.id === EARLY_RESULT_AFTER) + 1);
		expect(after.length).toBeGreaterThan(0);
		expectAllExist(after.map((p) => `result.early.sharpens.${p.id}`));
	});

	it('has a text for every One Stop Shop status and criterion, and every SMV status and category', () => {
		const criteria: OssCriterion[] = oneStopShop({}).unknown;
		expect(criteria).toHaveLength(3);
		expectAllExist([
			...criteria.map((c) => `result.oss.criterion.${c}`),
			...['eligible', 'maybe', 'not_eligible', 'met', 'unknown', 'not_met'].map(
				(s) => `result.oss.${s}`
			),
			...['smv', 'probably_smv', 'not_smv', 'unknown', 'micro', 'small', 'medium'].map(
				(s) => `result.smv.${s}`
			)
		]);
	});
});

describe('content texts', () => {
	it('flattens { da, en } texts by record id', () => {
		expect(
			flattenContent({ sites: [{ id: 'skive', focus: { da: 'x', en: 'y' }, n: 1 }] }, 'en')
		).toEqual({
			sites: { skive: { focus: 'y' } }
		});
		expect(flattenContent({ list: [{ label: { da: 'a', en: 'b' } }] }, 'da')).toEqual({
			list: { 0: { label: 'a' } }
		});
	});

	it('has a name, focus, caveat and facility note for every site in both languages', () => {
		const keys = content.sites.flatMap((s) => [
			contentKey('sites', s.id, 'name'),
			contentKey('sites', s.id, 'focus'),
			contentKey('sites', s.id, 'location.basis'),
			...s.caveats.map((c) => contentKey('sites', s.id, `caveats.${c.id}.text`)),
			...Object.keys(s.facilities).map((f) => contentKey('sites', s.id, `facilities.${f}.note`))
		]);
		expect(keys.length).toBeGreaterThan(33);
		expectAllExist(keys);
		const esbjerg = contentKey('sites', 'esbjerg', 'name');
		expect(i18n.instance.t(esbjerg, { lng: 'da' })).toBe(
			content.sites.find((s) => s.id === 'esbjerg')?.name.da
		);
		expect(i18n.instance.t(esbjerg, { lng: 'en' })).toBe(
			content.sites.find((s) => s.id === 'esbjerg')?.name.en
		);
	});

	it('has the texts the results page reads for schemes, erhvervshuse, erhvervsfyrtårne, regions and the One Stop Shop', () => {
		expectAllExist([
			...content.schemes.flatMap((s) => [
				contentKey('schemes', s.id, 'name'),
				contentKey('schemes', s.id, 'provider'),
				contentKey('schemes', s.id, 'scope'),
				...(s.status ? [contentKey('schemes', s.id, 'status.text')] : [])
			]),
			...content.erhvervshuse.map((h) => contentKey('erhvervshuse', h.id, 'name')),
			...content.fyrtaarne.flatMap((f) => [
				contentKey('fyrtaarne', f.id, 'name'),
				contentKey('fyrtaarne', f.id, 'lead')
			]),
			...content.regions.map((r) => contentKey('regions', r.id, 'label')),
			...content.oneStopShop.offers.map((o) => `content:oneStopShop.offers.${o.id}.text`),
			'content:oneStopShop.openedText'
		]);
	});
});

describe('every lazily loaded part of the texts (adviser, link, storage, statement, map, …)', () => {
	const parts = import.meta.glob<{ default: Tree }>('../../src/i18n/*.{da,en}.json', {
		eager: true
	});
	const names = [...new Set(Object.keys(parts).map((p) => p.replace(/\.(da|en)\.json$/, '')))];

	it('exists in both languages', () => {
		expect(names.length).toBeGreaterThanOrEqual(5);
		for (const name of names) {
			expect(parts[`${name}.da.json`], `${name}.da.json`).toBeDefined();
			expect(parts[`${name}.en.json`], `${name}.en.json`).toBeDefined();
		}
	});

	it('has the same keys in Danish and English, none empty', () => {
		for (const name of names) {
			const daKeys = leaves(parts[`${name}.da.json`]!.default);
			const enKeys = leaves(parts[`${name}.en.json`]!.default);
			expect([...daKeys.keys()].sort(), name).toEqual([...enKeys.keys()].sort());
			for (const [key, value] of [...daKeys, ...enKeys])
				expect(value.trim(), `${name}: ${key}`).not.toBe('');
		}
	});
});

describe('a text looked up directly (no plural, context or nesting)', () => {
	const parts = import.meta.glob<{ default: Tree }>('../../src/i18n/*.json', { eager: true });

	it('reads the same as i18next for every text of every file and every content text, in both languages', async () => {
		const i18n = new I18n({ documentLang: false });
		const files = Object.entries(parts);
		for (const lang of ['da', 'en'] as const)
			for (const [path, file] of files)
				if (path.endsWith(`.${lang}.json`) || (lang === 'da' && path.endsWith('/da.json')))
					i18n.instance.addResourceBundle(lang, 'translation', file.default, true, false);
		i18n.instance.addResourceBundle('en', 'translation', parts['../../src/i18n/en.json']!.default);
		i18n.addContent(content);
		let compared = 0;
		for (const lang of ['da', 'en'] as const) {
			await i18n.setLang(lang);
			const keys = [
				...leaves(i18n.instance.getResourceBundle(lang, 'translation') as Tree).entries()
			];
			for (const [key, value] of keys) {
				const names = [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
				// Every placeholder given, as a string and as a number; one left out (i18next's own handling).
				for (const params of [
					Object.fromEntries(names.map((n) => [n, `<${n}>`])),
					Object.fromEntries(names.map((n, i) => [n, i + 0.5])),
					Object.fromEntries(names.slice(1).map((n) => [n, n]))
				]) {
					expect(text(i18n, key, params), `${lang}: ${key}`).toBe(
						i18n.instance.t(key, { lng: lang, ...params })
					);
					compared++;
				}
			}
			for (const key of Object.keys(
				i18n.instance.getResourceBundle(lang, 'content') as Record<string, string>
			))
				expect(i18n.t(`content:${key}` as TextKey), key).toBe(
					i18n.instance.t(`content:${key}`, { lng: lang, skipInterpolation: true })
				);
		}
		expect(compared).toBeGreaterThan(2000);
	});
});

describe('texts asked for again', () => {
	it('are looked up anew once texts are added or the language changes', async () => {
		const i18n = new I18n({ documentLang: false });
		expect(text(i18n, 'later.hello')).toBe('later.hello'); // not there yet: the key itself
		i18n.addTexts({ da: { later: { hello: 'Hej' } }, en: { later: { hello: 'Hello' } } });
		expect(text(i18n, 'later.hello')).toBe('Hej');
		expect(text(i18n, 'later.hello')).toBe('Hej');
		await i18n.setLang('en');
		expect(text(i18n, 'later.hello')).toBe('Hello');
		const key = contentKey('things', 'a', 'name');
		i18n.addContent({ things: [{ id: 'a', name: { da: 'Første', en: 'First' } }] });
		expect(i18n.t(key)).toBe('First');
		i18n.addContent({ things: [{ id: 'a', name: { da: 'Anden', en: 'Second' } }] }); // content overwrites
		expect(i18n.t(key)).toBe('Second');
	});

	it('give each call its own parameters', () => {
		const i18n = new I18n({ documentLang: false });
		i18n.addTexts({ da: { later: { n: 'Nr. {{n}}' } }, en: { later: { n: 'No. {{n}}' } } });
		expect(text(i18n, 'later.n', { n: 1 })).toBe('Nr. 1');
		expect(text(i18n, 'later.n', { n: 2 })).toBe('Nr. 2');
	});
});

describe('text parts loaded per language', () => {
	const part = (calls: Lang[]) => ({
		da: async () => (calls.push('da'), { part: { hello: 'Hej' } }),
		en: async () => (calls.push('en'), { part: { hello: 'Hello' } })
	});

	it('fetches only the language in use, once', async () => {
		const calls: Lang[] = [];
		const texts = part(calls);
		const i18n = new I18n({ documentLang: false });
		await i18n.usePart(texts);
		await i18n.usePart(texts);
		expect(text(i18n, 'part.hello')).toBe('Hej');
		expect(calls).toEqual(['da']);
	});

	it('fetches the other language before a switch to it completes', async () => {
		const calls: Lang[] = [];
		const i18n = new I18n({ documentLang: false });
		await i18n.usePart(part(calls));
		await i18n.setLang('en');
		expect(text(i18n, 'part.hello')).toBe('Hello');
		expect(calls).toEqual(['da', 'en']);
	});

	it('lets the last of two quick language switches win', async () => {
		const i18n = new I18n({ documentLang: false });
		await i18n.usePart(part([]));
		const first = i18n.setLang('en');
		const second = i18n.setLang('da');
		await Promise.all([first, second]);
		expect(i18n.lang).toBe('da');
		expect(i18n.target).toBe('da');
		expect(text(i18n, 'part.hello')).toBe('Hej');
	});

	it('has a part in both languages when it is asked for during a switch', async () => {
		const calls: Lang[] = [];
		const i18n = new I18n({ documentLang: false });
		const switching = i18n.setLang('en');
		await i18n.usePart(part(calls));
		expect(text(i18n, 'part.hello')).toBe(i18n.lang === 'da' ? 'Hej' : 'Hello');
		await switching;
		expect(text(i18n, 'part.hello')).toBe('Hello');
		expect([...calls].sort()).toEqual(['da', 'en']);
	});

	it('stays in the language shown when the other language cannot be fetched', async () => {
		const i18n = new I18n({ documentLang: false });
		await i18n.usePart({
			da: async () => ({ part: { hello: 'Hej' } }),
			en: async () => {
				throw new Error('offline');
			}
		});
		await expect(i18n.setLang('en')).rejects.toThrow('offline');
		expect(i18n.lang).toBe('da');
		expect(i18n.target).toBe('da');
		expect(text(i18n, 'part.hello')).toBe('Hej');
	});

	it("loads the check and results pages' texts in both languages with the same keys", async () => {
		const [daTexts, enTexts] = await Promise.all([PAGE_TEXTS.da(), PAGE_TEXTS.en()]);
		expect(Object.keys(daTexts).sort()).toEqual([
			'check',
			'conditions',
			'error',
			'facility',
			'follow_up',
			'list',
			'map',
			'matrix',
			'needs',
			'number',
			'option',
			'question',
			'result',
			'summary'
		]);
		expect([...leaves(daTexts as Tree).keys()].sort()).toEqual(
			[...leaves(enTexts as Tree).keys()].sort()
		);
	});
});

describe('where the company is today, for a foreign company new to Denmark', () => {
	it('asks where to measure from instead, in both languages; others are asked where they are', async () => {
		const { placeContext } = await import('../../src/ui/results/result-text');
		const i18n = new I18n();
		await i18n.usePart(PAGE_TEXTS);
		const newcomer = placeContext({ company_origin: 'foreign_first' });
		const danish = placeContext({ company_origin: 'danish' });
		expect(i18n.t('map.origin_heading', newcomer)).toBe('Hvor i Danmark vil I måle fra?');
		expect(i18n.t('map.origin_heading', danish)).toBe('Hvor er I i dag?');
		expect(i18n.t('map.origin_heading', placeContext({}))).toBe('Hvor er I i dag?');
		expect(i18n.t('result.local.own', { name: 'Vejle', ...newcomer })).toBe(
			'Vejle (den valgte kommune)'
		);
		await i18n.setLang('en');
		expect(i18n.t('map.origin_heading', newcomer)).toBe(
			'Where in Denmark should distances be measured from?'
		);
		expect(i18n.t('result.local.own', { name: 'Vejle', ...danish })).toBe(
			'Vejle (your municipality)'
		);
	});
});
