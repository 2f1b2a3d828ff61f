import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { guideMachine } from '../../src/machine/guide-machine';
import { optionSource } from '../../src/data/options';
import type { Answers, QuestionId } from '../../src/domain/types';
import { answers } from '../builders/answers';
import { givenGuide, multi, num, single } from '../builders/flow';

/** A started guide with the given answers, on the start page. */
const givenAnswers = (initial: Answers = {}) => givenGuide({ answers: initial, step: 'start' });

describe('guide machine', () => {
	it('begins on the start page', () => {
		givenAnswers().expectStep('start');
	});

	it('starts at the first question without answers', () => {
		givenAnswers().start().expectStep('project_type');
	});

	it('starts at the first unanswered question when some answers are given', () => {
		givenAnswers({ project_type: 'expand', sectors: ['maritime'] })
			.start()
			.expectStep('land_ha');
	});

	it('starts at the check page when every question is answered', () => {
		givenAnswers(answers()).start().expectStep('check');
	});

	it('keeps the step, sets the errors and keeps the typed text on an invalid answer', () => {
		const flow = givenAnswers({ project_type: 'expand', sectors: ['maritime'] })
			.start()
			.submit(num('lots'))
			.expectStep('land_ha');
		expect(flow.context.errors).toEqual([{ field: '', key: 'land_ha.not_a_number' }]);
		expect(flow.context.drafts.land_ha).toEqual(num('lots'));
		expect(flow.context.answers.land_ha).toBeUndefined();
	});

	it('saves a valid answer, clears the errors and the draft, and moves on', () => {
		const flow = givenAnswers({ project_type: 'expand', sectors: ['maritime'] })
			.start()
			.submit(num(''))
			.submit(num('2,5'));
		flow.expectStep('land_phasing');
		expect(flow.context.answers.land_ha).toBe(2.5);
		expect(flow.context.errors).toEqual([]);
		expect(flow.context.drafts.land_ha).toBeUndefined();
	});

	it('skips net_zero_tech after net_zero "no"', () => {
		givenAnswers(answers({ net_zero: undefined, critical_raw_materials: undefined }))
			.start()
			.expectStep('net_zero')
			.submit(single('no'))
			.expectStep('critical_raw_materials');
	});

	it('asks net_zero_tech after net_zero "yes"', () => {
		const flow = givenAnswers(
			answers({ net_zero: undefined, net_zero_tech: undefined, critical_raw_materials: undefined })
		)
			.start()
			.submit(single('yes'))
			.expectStep('net_zero_tech')
			.submit(multi('wind'))
			.expectStep('critical_raw_materials');
		expect(flow.context.answers.net_zero_tech).toEqual(['wind']);
	});

	it('goes back from the first question to the start page', () => {
		givenAnswers().start().back(single('expand')).expectStep('start');
	});

	it('goes back to the previous applicable question', () => {
		givenAnswers(
			answers({ net_zero: 'no', critical_raw_materials: undefined, crm_activity: undefined })
		)
			.start()
			.expectStep('critical_raw_materials')
			.back()
			.expectStep('net_zero');
	});

	it('keeps the typed text when going back, and clears the errors', () => {
		const flow = givenAnswers({ project_type: 'expand', sectors: ['maritime'] })
			.start()
			.submit(num('x'));
		flow.back(num('12 ha')).expectStep('sectors');
		expect(flow.context.drafts.land_ha).toEqual(num('12 ha'));
		expect(flow.context.errors).toEqual([]);
		flow.submit(multi('maritime')).expectStep('land_ha');
		expect(flow.context.drafts.land_ha).toEqual(num('12 ha'));
		expect(flow.context.answers.land_ha).toBeUndefined();
	});

	it('goes to the check page after the last question', () => {
		givenAnswers(answers({ financials: undefined }))
			.start()
			.expectStep('financials')
			.submit(single('yes'))
			.expectStep('check');
	});

	it('goes to the check page after employees when financials do not apply', () => {
		givenAnswers(answers({ employees: undefined, financials: undefined }))
			.start()
			.expectStep('employees')
			.submit(single('over_250'))
			.expectStep('check');
	});

	it('goes back from the check page to the last question', () => {
		givenAnswers(answers()).start().back().expectStep('financials');
	});

	describe('changing an answer from the check page', () => {
		it('opens the question in "return to check" mode and returns there after a valid answer', () => {
			const flow = givenAnswers(answers()).start().change('land_ha').expectStep('land_ha');
			expect(flow.context.returnToCheck).toBe(true);
			flow.submit(num('')).expectStep('land_ha');
			expect(flow.context.returnToCheck).toBe(true);
			flow.submit(num('12')).expectStep('check');
			expect(flow.context.returnToCheck).toBe(false);
			expect(flow.context.answers.land_ha).toBe(12);
		});

		it('returns to the check page on "back" without changing the answer', () => {
			const flow = givenAnswers(answers({ land_ha: 40 }))
				.start()
				.change('land_ha')
				.back(num('99'))
				.expectStep('check');
			expect(flow.context.answers.land_ha).toBe(40);
			expect(flow.context.returnToCheck).toBe(false);
		});

		it('asks a follow-up question that now applies, then returns to the check page', () => {
			const flow = givenAnswers(answers({ net_zero: 'no' }))
				.start()
				.change('net_zero')
				.submit(single('yes'))
				.expectStep('net_zero_tech')
				.submit(multi('solar'))
				.expectStep('check');
			expect(flow.context.answers).toMatchObject({ net_zero: 'yes', net_zero_tech: ['solar'] });
		});

		it('does not ask a follow-up that stops applying', () => {
			givenAnswers(answers({ net_zero: 'yes' }))
				.start()
				.change('net_zero')
				.submit(single('no'))
				.expectStep('check');
		});

		it('ignores a change of a question that does not apply or does not exist', () => {
			givenAnswers(answers({ net_zero: 'no' }))
				.start()
				.change('net_zero_tech')
				.expectStep('check');
			givenAnswers(answers())
				.start()
				.change('no_such_question' as QuestionId)
				.expectStep('check');
		});

		it('ignores a change while on a question page', () => {
			givenAnswers().start().change('land_ha').expectStep('project_type');
		});
	});

	describe('confirming the check page', () => {
		it('shows the results when every question is answered', () => {
			givenAnswers(answers()).start().confirm().expectStep('results');
		});

		it('goes to the first unanswered question when a follow-up was left unanswered', () => {
			const flow = givenAnswers(answers({ net_zero: 'no' }))
				.start()
				.change('net_zero')
				.submit(single('yes'))
				.expectStep('net_zero_tech')
				.back()
				.expectStep('check')
				.confirm()
				.expectStep('net_zero_tech');
			expect(flow.context.answers.net_zero_tech).toBeUndefined();
		});
	});

	describe('on the results page', () => {
		it('goes back to the check page', () => {
			givenAnswers(answers()).start().confirm().back().expectStep('check');
		});

		it('can change an answer and return to the check page', () => {
			givenAnswers(answers())
				.start()
				.confirm()
				.change('regions')
				.submit(multi('sjaelland'))
				.expectStep('check');
		});
	});

	it('restarts with no answers', () => {
		const flow = givenAnswers(answers())
			.start()
			.confirm()
			.send({ type: 'guide.restart' })
			.expectStep('start');
		expect(flow.context.answers).toEqual({});
		expect(flow.context.drafts).toEqual({});
		expect(flow.context.returnToCheck).toBe(false);
		flow.start().expectStep('project_type');
	});

	it('runs the stepChanged hook on every page change, so the app can move focus', () => {
		let calls = 0;
		const machine = guideMachine.provide({ actions: { stepChanged: () => void calls++ } });
		const actor = createActor(machine, { input: { answers: {}, optionSource } });
		actor.start();
		expect(calls).toBe(1);
		actor.send({ type: 'guide.start' });
		actor.send({ type: 'answer.submit', raw: single('expand') });
		expect(calls).toBe(3);
		actor.send({ type: 'answer.submit', raw: multi() });
		expect(calls).toBe(3);
	});
});

describe('results page settings', () => {
	it('sets and clears where the company is today and nearest-first, without leaving the page', () => {
		const guide = createActor(guideMachine, {
			input: { answers: answers(), step: 'results', optionSource }
		}).start();
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
		guide.send({ type: 'settings.set', home: { municipality: '101' }, rankByDistance: true });
		expect(guide.getSnapshot().context.answers).toMatchObject({
			home: { municipality: '101' },
			rank_by_distance: 'yes'
		});
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
		guide.send({ type: 'settings.set', home: null, rankByDistance: false });
		expect(guide.getSnapshot().context.answers.home).toBeUndefined();
		expect(guide.getSnapshot().context.answers.rank_by_distance).toBeUndefined();
		guide.send({ type: 'settings.set', shortlist: ['esbjerg', 'viborg'] });
		expect(guide.getSnapshot().context.answers.shortlist).toEqual(['esbjerg', 'viborg']);
		guide.send({ type: 'settings.set', shortlist: [] });
		expect(guide.getSnapshot().context.answers.shortlist).toBeUndefined();
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
	});
});
