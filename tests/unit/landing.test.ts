// Where a link, a reload or the browser's back/forward lands: resolveStep, and the machine that follows it.
import { describe, expect, it } from 'vitest';
import { linkStep, resolveStep, type StepId } from '../../src/domain/flow';
import { PAGES, questionsOf, type PageId } from '../../src/domain/pages';
import { decodeLink, encodeAnswers, stepFromHash } from '../../src/domain/url-codec';
import type { Answers } from '../../src/domain/types';
import type { RawAnswers } from '../../src/machine/guide-machine';
import { optionSource } from '../../src/data/options';
import { answers } from '../builders/answers';
import { givenGuide, multi, num, single, type View } from '../builders/flow';

/** The answers of a complete set that belong to the given pages (nothing else answered). */
const answersOn = (...pages: PageId[]): Answers => {
	const full = answers() as Record<string, unknown>;
	const ids = pages.flatMap((p) => questionsOf(p));
	return Object.fromEntries(ids.filter((id) => full[id] !== undefined).map((id) => [id, full[id]]));
};

/** The first page answered; every page up to the early result answered. */
const FIRST_PAGE: Answers = { project_type: 'expand', sectors: ['maritime'] };
const UP_TO_SITE: Answers = { ...FIRST_PAGE, ...answersOn('site') };

describe('resolveStep', () => {
	it.each<[string, StepId | undefined, Answers, StepId]>([
		['no request, no answers: the start page', undefined, {}, 'start'],
		['no request, some answers: the first unanswered page', undefined, FIRST_PAGE, 'site'],
		['no request, up to the site page: the next page', undefined, UP_TO_SITE, 'needs'],
		['no request, every answer: the results', undefined, answers(), 'results'],
		[
			'no request, only an answer that does not apply: the first page',
			undefined,
			{ net_zero_tech: ['wind'] },
			'project'
		],
		['the start page, whatever the answers', 'start', answers(), 'start'],
		['the start page without answers', 'start', {}, 'start'],
		['results without answers: the first page', 'results', {}, 'project'],
		[
			'results with the first page half answered: that page',
			'results',
			{ project_type: 'expand' },
			'project'
		],
		['results with only the first page answered: the site page', 'results', FIRST_PAGE, 'site'],
		['results up to the site page: the early result', 'results', UP_TO_SITE, 'results'],
		[
			'results with the site page half answered: the site page, however much else is answered',
			'results',
			answers({ start_time: undefined }),
			'site'
		],
		['results when complete', 'results', answers(), 'results'],
		['check while incomplete: the first unanswered page', 'check', FIRST_PAGE, 'site'],
		['check after an early result: the first unanswered page', 'check', UP_TO_SITE, 'needs'],
		['check when complete', 'check', answers(), 'check'],
		['an answered page: that page', 'project', FIRST_PAGE, 'project'],
		['an answered page when complete: that page', 'site', answers(), 'site'],
		['the next page to answer: that page', 'site', FIRST_PAGE, 'site'],
		['a half-answered page: that page', 'project', { project_type: 'expand' }, 'project'],
		['a later page past an unanswered one: the first unanswered', 'conditions', FIRST_PAGE, 'site'],
		['the first page without answers: the first page', 'project', {}, 'project'],
		['a later page without answers: the first page', 'company', {}, 'project'],
		['a later page once the result can be seen: that page', 'company', UP_TO_SITE, 'company'],
		['the page after the early result: that page', 'needs', UP_TO_SITE, 'needs'],
		[
			'a page past an unanswered one once the result can be seen: that page',
			'company',
			answers({ workforce: undefined, net_zero: undefined }),
			'company'
		],
		[
			'a page whose follow-up does not apply: that page',
			'conditions',
			answers({ net_zero: 'no', net_zero_tech: ['wind'] }),
			'conditions'
		],
		[
			'a page whose follow-up applies but is unanswered: that page',
			'conditions',
			answers({ net_zero: 'yes', net_zero_tech: undefined }),
			'conditions'
		],
		[
			'the company page above 250 employees: that page',
			'company',
			answers({ employees: 'over_250' }),
			'company'
		]
	])('%s', (_name, requested, given, expected) => {
		expect(resolveStep(requested, given)).toBe(expected);
	});

	it.each(PAGES.map((p) => p.id))('opens the %s page when every answer is given', (page) => {
		expect(resolveStep(page, answers())).toBe(page);
	});
});

/** A guide opened from a link (answers, drafts, the step in the hash). */
const givenLink = givenGuide;

describe('the guide opened from a link', () => {
	it.each<[string, Answers, StepId | undefined, View]>([
		['no answers, no step: the start page', {}, undefined, 'start'],
		['some answers, no step: where the user can carry on', FIRST_PAGE, undefined, 'site'],
		['up to the site page, no step: the next page', UP_TO_SITE, undefined, 'needs'],
		['every answer, no step: the results', answers(), undefined, 'results'],
		['every answer, #check: the check page', answers(), 'check', 'check'],
		['every answer, #start: the start page', answers(), 'start', 'start'],
		['every answer, #site: that page', answers(), 'site', 'site'],
		['some answers, #results: the first unanswered page', FIRST_PAGE, 'results', 'site'],
		['up to the site page, #results: the early result', UP_TO_SITE, 'results', 'results'],
		['up to the site page, #check: the first unanswered page', UP_TO_SITE, 'check', 'needs'],
		[
			'some answers, a later #conditions: the first unanswered page',
			FIRST_PAGE,
			'conditions',
			'site'
		],
		['up to the site page, a later #company: that page', UP_TO_SITE, 'company', 'company']
	])('%s', (_name, given, step, expected) => {
		const flow = givenLink({ answers: given, step }).expectStep(expected);
		expect(flow.context.answers).toEqual(given);
		expect(flow.context.requested).toBeUndefined();
	});

	it('opens a link with an answer given in part on its page, also when it asks for the result (review 24)', () => {
		const query = encodeAnswers(answers(), 'da').replace('motorway:none', 'motorway:maybe');
		const link = decodeLink(`?${query}`, optionSource);
		expect(Object.keys(link.drafts)).toEqual(['infrastructure']);
		for (const step of ['results', 'check'] as const)
			givenLink({ answers: link.answers, drafts: link.drafts, step }).expectStep('needs');
		// A page asked for by name is opened as before; a link without a part answer opens its result.
		givenLink({ answers: link.answers, drafts: link.drafts, step: 'site' }).expectStep('site');
		expect(linkStep('results', {})).toBe('results');
		expect(linkStep(undefined, link.drafts)).toBeUndefined();
	});

	it('lands where a decoded link says', () => {
		const link = decodeLink(`?${encodeAnswers(answers(), 'da')}`, optionSource);
		givenLink({ answers: link.answers, drafts: link.drafts }).expectStep('results');
		const early = decodeLink(`?${encodeAnswers(UP_TO_SITE, 'da')}`, optionSource);
		expect(early.answers).toEqual(UP_TO_SITE);
		givenLink({ answers: early.answers, step: 'results' }).expectStep('results');
	});

	it('keeps the drafts from the link in context.drafts and opens their page', () => {
		const link = decodeLink(
			'?v=1&project_type=expand&sectors=maritime&land_ha=4&land_phasing=no&regions=no_preference' +
				'&start_time=later&infrastructure=port:must',
			optionSource
		);
		const flow = givenLink({ answers: link.answers, drafts: link.drafts }).expectStep('needs');
		expect(flow.context.drafts).toEqual({
			infrastructure: { type: 'matrix', values: { port: 'must' } }
		});
		expect(flow.context.answers.infrastructure).toBeUndefined();
	});

	it('clears a draft once its page is answered', () => {
		const workforce = { type: 'matrix', values: { labour_catchment: 'must' } } as const;
		const flow = givenLink({ answers: { project_type: 'expand' }, drafts: { workforce } });
		flow.expectStep('project');
		flow
			.submit({ project_type: single('expand'), sectors: multi('maritime') })
			.expectStep('site')
			.submit({
				land_ha: num('4'),
				land_phasing: single('no'),
				regions: multi('no_preference'),
				start_time: single('within_2y')
			})
			.expectStep('needs');
		expect(flow.context.drafts).toEqual({ workforce });
		const needs: RawAnswers = {
			infrastructure: {
				type: 'matrix',
				values: Object.fromEntries(
					Object.keys(answers().infrastructure ?? {}).map((i) => [i, 'none'])
				)
			},
			workforce: {
				type: 'matrix',
				values: { labour_catchment: 'must', education_clusters: 'nice' }
			}
		};
		flow.submit(needs).expectStep('conditions');
		expect(flow.context.drafts).toEqual({});
		expect(flow.context.answers.workforce).toEqual({
			labour_catchment: 'must',
			education_clusters: 'nice'
		});
	});
});

describe('a link with a question slug from before the pages', () => {
	it.each<[string, PageId]>([
		['#project-type', 'project'],
		['#sectors', 'project'],
		['#land-ha', 'site'],
		['#regions', 'site'],
		['#infrastructure', 'needs'],
		['#net-zero-tech', 'conditions'],
		['#crm-activity', 'conditions'],
		['#investment-mdkk', 'company'],
		['#financials', 'company']
	])('%s opens the page that asks it now (%s)', (hash, page) => {
		expect(stepFromHash(hash)).toBe(page);
		givenLink({ answers: answers(), step: stepFromHash(hash) }).expectStep(page);
	});

	it('opens the page of a follow-up that does not apply', () => {
		givenLink({
			answers: answers({ net_zero: 'no' }),
			step: stepFromHash('#net-zero-tech')
		}).expectStep('conditions');
		givenLink({
			answers: answers({ employees: 'over_250' }),
			step: stepFromHash('#financials')
		}).expectStep('company');
	});

	it('cannot skip ahead past an unanswered page', () => {
		givenLink({ answers: FIRST_PAGE, step: stepFromHash('#financials') }).expectStep('site');
		givenLink({ answers: {}, step: stepFromHash('#land-ha') }).expectStep('project');
	});

	it('opens a later page once the result can be seen', () => {
		givenLink({ answers: UP_TO_SITE, step: stepFromHash('#employees') }).expectStep('company');
	});

	it('still opens a page by its own slug', () => {
		expect(stepFromHash('#conditions')).toBe('conditions');
		givenLink({ answers: answers(), step: stepFromHash('#needs') }).expectStep('needs');
	});
});

describe('step.goto (browser back/forward)', () => {
	it('moves back and forward through the pages the user has seen', () => {
		const flow = givenLink({ answers: {} }).expectStep('start');
		flow
			.start()
			.expectStep('project')
			.submit({ project_type: single('expand'), sectors: multi('maritime') })
			.expectStep('site');
		// Back, back …
		flow.goto('project').expectStep('project').goto('start').expectStep('start');
		// … and forward again, up to the page the user had reached.
		flow.goto('project').expectStep('project').goto('site').expectStep('site');
		expect(flow.context.answers).toEqual(FIRST_PAGE);
	});

	it('cannot skip ahead past an unanswered page', () => {
		const flow = givenLink({ answers: FIRST_PAGE, step: 'project' }).expectStep('project');
		flow.goto('conditions').expectStep('site');
		flow.goto('check').expectStep('site');
		flow.goto('results').expectStep('site');
		flow.goto('company').expectStep('site');
	});

	it('moves freely between the pages and the early result once it can be seen', () => {
		const flow = givenLink({ answers: UP_TO_SITE, step: 'results' }).expectStep('results');
		flow.goto('company').expectStep('company').goto('needs').expectStep('needs');
		flow.goto('results').expectStep('results').goto('project').expectStep('project');
		flow.goto('check').expectStep('needs');
		expect(flow.context.answers).toEqual(UP_TO_SITE);
	});

	it('moves between the results, the check page and an answered page', () => {
		const flow = givenLink({ answers: answers() }).expectStep('results');
		flow.goto('check').expectStep('check').goto('company').expectStep('company');
		flow.goto('check').expectStep('check').goto('results').expectStep('results');
		flow.goto('start').expectStep('start').goto('results').expectStep('results');
	});

	it('leaves "return to check" mode when the browser goes back to the check page', () => {
		const flow = givenLink({ answers: answers(), step: 'check' }).change('land_ha');
		flow.expectStep('site');
		expect(flow.context.returnToCheck).toBe(true);
		flow.goto('check').expectStep('check');
		expect(flow.context.returnToCheck).toBe(false);
	});

	it('clears the errors of the page it leaves, and keeps its drafts', () => {
		const raw: RawAnswers = { land_ha: num('lots'), land_phasing: single('no') };
		const flow = givenLink({ answers: FIRST_PAGE }).expectStep('site').submit(raw);
		expect(flow.context.errors).not.toEqual([]);
		flow.goto('project').expectStep('project');
		expect(flow.context.errors).toEqual([]);
		expect(flow.context.drafts).toEqual(raw);
	});
});
