import { describe, expect, it } from 'vitest';
import {
	applicableSteps,
	effectiveAnswers,
	firstUnanswered,
	isComplete,
	nextStep,
	previousStep,
	stepPosition
} from '../../src/domain/flow';
import { QUESTIONS } from '../../src/domain/questions';
import { answers } from '../builders/answers';

const ALL = QUESTIONS.map((q) => q.id);
const without = (...ids: string[]) => ALL.filter((id) => !ids.includes(id));

describe('applicableSteps', () => {
	it('skips the follow-up questions by default', () => {
		expect(applicableSteps(answers())).toEqual(without('net_zero_tech', 'crm_activity'));
	});

	it('asks net_zero_tech only after net_zero "yes"', () => {
		expect(applicableSteps(answers({ net_zero: 'yes' }))).toContain('net_zero_tech');
		expect(applicableSteps(answers({ net_zero: 'no' }))).not.toContain('net_zero_tech');
		expect(applicableSteps(answers({ net_zero: 'dont_know' }))).not.toContain('net_zero_tech');
	});

	it('asks crm_activity only after critical_raw_materials "yes"', () => {
		expect(applicableSteps(answers({ critical_raw_materials: 'yes' }))).toContain('crm_activity');
		expect(applicableSteps(answers({ critical_raw_materials: 'dont_know' }))).not.toContain(
			'crm_activity'
		);
	});

	it('asks financials below 250 employees only', () => {
		expect(applicableSteps(answers({ employees: 'from_50_to_249' }))).toContain('financials');
		expect(applicableSteps(answers({ employees: 'over_250' }))).not.toContain('financials');
	});

	it('does not ask financials before the headcount is known', () => {
		expect(applicableSteps({})).not.toContain('financials');
	});

	it('puts a follow-up right after the question it depends on', () => {
		const steps = applicableSteps(answers({ net_zero: 'yes', critical_raw_materials: 'yes' }));
		expect(steps).toEqual(ALL);
		expect(steps.indexOf('net_zero_tech')).toBe(steps.indexOf('net_zero') + 1);
		expect(steps.indexOf('crm_activity')).toBe(steps.indexOf('critical_raw_materials') + 1);
	});
});

describe('nextStep / previousStep', () => {
	it('goes to the next applicable question, skipping one that does not apply', () => {
		expect(nextStep(answers({ net_zero: 'no' }), 'net_zero')).toBe('critical_raw_materials');
		expect(nextStep(answers({ net_zero: 'yes' }), 'net_zero')).toBe('net_zero_tech');
	});

	it('has no next step after the last question', () => {
		expect(nextStep(answers(), 'financials')).toBeUndefined();
		expect(nextStep(answers({ employees: 'over_250' }), 'employees')).toBeUndefined();
	});

	it('goes to the first unanswered question from a question that does not apply', () => {
		expect(nextStep(answers({ land_ha: undefined }), 'net_zero_tech')).toBe('land_ha');
	});

	it('goes back to the previous applicable question', () => {
		expect(previousStep(answers({ net_zero: 'no' }), 'critical_raw_materials')).toBe('net_zero');
		expect(previousStep(answers({ net_zero: 'yes' }), 'critical_raw_materials')).toBe(
			'net_zero_tech'
		);
		expect(previousStep(answers(), 'sectors')).toBe('project_type');
	});

	it('has no previous step before the first question or from one that does not apply', () => {
		expect(previousStep(answers(), 'project_type')).toBeUndefined();
		expect(previousStep(answers(), 'net_zero_tech')).toBeUndefined();
	});
});

describe('stepPosition', () => {
	it('counts only the applicable questions', () => {
		expect(ALL).toHaveLength(18);
		expect(stepPosition(answers(), 'project_type')).toEqual({ index: 1, total: 16 });
		// net_zero_tech comes before critical_raw_materials; crm_activity (also asked) comes after it.
		expect(
			stepPosition(
				answers({ net_zero: 'yes', critical_raw_materials: 'yes' }),
				'critical_raw_materials'
			)
		).toEqual({
			index: 14,
			total: 18
		});
		expect(stepPosition(answers({ employees: 'over_250' }), 'employees')).toEqual({
			index: 15,
			total: 15
		});
	});

	it('gives index 0 for a question that does not apply', () => {
		expect(stepPosition(answers(), 'net_zero_tech')).toEqual({ index: 0, total: 16 });
	});
});

describe('firstUnanswered / isComplete', () => {
	it('finds the first applicable question without an answer', () => {
		expect(firstUnanswered({})).toBe('project_type');
		expect(firstUnanswered(answers({ regions: undefined, employees: undefined }))).toBe('regions');
		expect(firstUnanswered(answers({ net_zero: 'yes', net_zero_tech: undefined }))).toBe(
			'net_zero_tech'
		);
	});

	it('is complete when every applicable question is answered', () => {
		expect(isComplete(answers())).toBe(true);
		expect(firstUnanswered(answers())).toBeUndefined();
		expect(isComplete(answers({ net_zero: 'yes', net_zero_tech: undefined }))).toBe(false);
		expect(isComplete(answers({ financials: undefined }))).toBe(false);
		expect(isComplete(answers({ employees: 'over_250', financials: undefined }))).toBe(true);
	});
});

describe('effectiveAnswers', () => {
	it('drops answers to questions that no longer apply but leaves the stored answers alone', () => {
		const stored = answers({
			net_zero: 'no',
			net_zero_tech: ['solar'],
			employees: 'over_250',
			financials: 'no'
		});
		const effective = effectiveAnswers(stored);
		expect(effective.net_zero_tech).toBeUndefined();
		expect(effective.financials).toBeUndefined();
		expect(stored.net_zero_tech).toEqual(['solar']);
		expect(stored.financials).toBe('no');
	});

	it('keeps them again when the question applies again', () => {
		const stored = answers({ net_zero: 'no', net_zero_tech: ['solar'] });
		expect(effectiveAnswers({ ...stored, net_zero: 'yes' }).net_zero_tech).toEqual(['solar']);
	});

	it('keeps every applicable answer', () => {
		const full = answers({ critical_raw_materials: 'yes', net_zero: 'yes' });
		expect(effectiveAnswers(full)).toEqual(full);
	});
});
