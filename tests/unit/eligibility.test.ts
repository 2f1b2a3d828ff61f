import { describe, expect, it } from 'vitest';
import {
	OSS_INVESTMENT_THRESHOLD_MDKK,
	oneStopShop,
	smvStatus
} from '../../src/domain/eligibility';
import { answers } from '../builders/answers';

/** Answers where none of the three One Stop Shop criteria is met. */
const noneMet = (overrides: Parameters<typeof answers>[0] = {}) =>
	answers({
		dual_permits: 'no',
		investment_mdkk: 50,
		net_zero: 'no',
		critical_raw_materials: 'no',
		...overrides
	});

describe('oneStopShop', () => {
	it('uses the brochure’s threshold of 100 mio. kr.', () => {
		expect(OSS_INVESTMENT_THRESHOLD_MDKK).toBe(100);
	});

	it('is eligible on permits from both state and municipality alone', () => {
		expect(oneStopShop(noneMet({ dual_permits: 'yes' }))).toEqual({
			status: 'eligible',
			met: ['dual_permits'],
			unknown: [],
			notMet: ['investment', 'net_zero_crm']
		});
	});

	it.each([100, 150])('is eligible on an investment of %d mio. kr. alone', (investment_mdkk) => {
		expect(oneStopShop(noneMet({ investment_mdkk }))).toMatchObject({
			status: 'eligible',
			met: ['investment']
		});
	});

	it('is eligible on a net-zero project alone', () => {
		expect(oneStopShop(noneMet({ net_zero: 'yes' }))).toMatchObject({
			status: 'eligible',
			met: ['net_zero_crm']
		});
	});

	it('is eligible on extracting, processing or recycling critical raw materials alone', () => {
		for (const activity of ['extraction', 'processing', 'recycling']) {
			expect(
				oneStopShop(noneMet({ critical_raw_materials: 'yes', crm_activity: [activity] }))
			).toMatchObject({ status: 'eligible', met: ['net_zero_crm'] });
		}
	});

	it('calls critical raw materials unsettled until the company says what it does with them', () => {
		const { crm_activity: _, ...withoutActivity } = noneMet({ critical_raw_materials: 'yes' });
		expect(oneStopShop(withoutActivity)).toMatchObject({
			status: 'maybe',
			unknown: ['net_zero_crm']
		});
		expect(oneStopShop(noneMet({ critical_raw_materials: 'yes', crm_activity: [] })).status).toBe(
			'maybe'
		);
	});

	it('lists every criterion met', () => {
		expect(
			oneStopShop(noneMet({ dual_permits: 'yes', investment_mdkk: 500, net_zero: 'yes' })).met
		).toEqual(['dual_permits', 'investment', 'net_zero_crm']);
	});

	it('is not eligible when nothing is met, also just below the threshold', () => {
		expect(oneStopShop(noneMet({ investment_mdkk: 99.99 }))).toEqual({
			status: 'not_eligible',
			met: [],
			unknown: [],
			notMet: ['dual_permits', 'investment', 'net_zero_crm']
		});
	});

	it('is "maybe" when permits are not known, and says so', () => {
		expect(oneStopShop(noneMet({ dual_permits: 'dont_know' }))).toMatchObject({
			status: 'maybe',
			unknown: ['dual_permits']
		});
	});

	it('is "maybe" when the investment is not known, and says so', () => {
		expect(oneStopShop(noneMet({ investment_mdkk: 'dont_know' }))).toMatchObject({
			status: 'maybe',
			unknown: ['investment']
		});
	});

	it('is "maybe" when net zero or raw materials are not known and the other is not "yes"', () => {
		expect(oneStopShop(noneMet({ net_zero: 'dont_know' })).unknown).toEqual(['net_zero_crm']);
		expect(oneStopShop(noneMet({ critical_raw_materials: 'dont_know' })).unknown).toEqual([
			'net_zero_crm'
		]);
	});

	it('is eligible, not "maybe", when one criterion is met and another unknown', () => {
		expect(
			oneStopShop(noneMet({ dual_permits: 'yes', investment_mdkk: 'dont_know' }))
		).toMatchObject({
			status: 'eligible',
			unknown: ['investment']
		});
	});

	it('treats unanswered questions as unknown', () => {
		expect(oneStopShop({})).toEqual({
			status: 'maybe',
			met: [],
			unknown: ['dual_permits', 'investment', 'net_zero_crm'],
			notMet: []
		});
	});
});

describe('smvStatus', () => {
	it('is not an SMV with 250 employees or more, whatever the financials', () => {
		expect(smvStatus(answers({ employees: 'over_250', financials: 'yes' }))).toEqual({
			status: 'not_smv'
		});
	});

	it.each([
		['under_10', 'micro'],
		['from_10_to_49', 'small'],
		['from_50_to_249', 'medium']
	] as const)(
		'is an SMV with %s employees within the financial ceilings (%s by headcount)',
		(employees, category) => {
			expect(smvStatus(answers({ employees, financials: 'yes' }))).toEqual({
				status: 'smv',
				categoryByHeadcount: category
			});
		}
	);

	it('is probably an SMV when the financials are not known', () => {
		expect(smvStatus(answers({ employees: 'under_10', financials: 'dont_know' }))).toEqual({
			status: 'probably_smv',
			categoryByHeadcount: 'micro'
		});
	});

	it('is not an SMV above both financial ceilings', () => {
		expect(smvStatus(answers({ employees: 'from_10_to_49', financials: 'no' }))).toEqual({
			status: 'not_smv'
		});
	});

	it('is unknown without a headcount', () => {
		expect(smvStatus(answers({ employees: undefined }))).toEqual({ status: 'unknown' });
	});
});
