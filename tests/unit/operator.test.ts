// The operator's configuration for the accessibility statement: filled-in fields are used, null stays "not
// filled in", and anything malformed is named (file › field) and left out rather than shown.
import { describe, expect, it } from 'vitest';
import operatorJson from '../../src/data/operator.json';
import { readOperatorConfig } from '../../src/data/operator';

describe('operator configuration', () => {
	it('the shipped file is valid and leaves the contact for the operator to fill in', () => {
		const { config, problems } = readOperatorConfig(operatorJson);
		expect(problems).toEqual([]);
		expect(config.email).toBeNull();
		expect(config.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('uses every well-formed field', () => {
		const { config, problems } = readOperatorConfig({
			organisation: 'Erhvervsstyrelsen',
			email: 'guide@example.dk',
			phone: '+45 12 34 56 78',
			statementUrl: 'https://was.example/guide',
			lastReviewed: '2026-11-29'
		});
		expect(problems).toEqual([]);
		expect(config).toEqual({
			organisation: 'Erhvervsstyrelsen',
			email: 'guide@example.dk',
			phone: '+45 12 34 56 78',
			statementUrl: 'https://was.example/guide',
			lastReviewed: '2026-11-29'
		});
	});

	it('names each malformed field and leaves it out', () => {
		const { config, problems } = readOperatorConfig({
			organisation: '',
			email: 'not-an-address',
			phone: 'call us',
			statementUrl: 'javascript:alert(1)',
			lastReviewed: '29/11/2026',
			extra: 1
		});
		expect(config).toEqual({
			organisation: null,
			email: null,
			phone: null,
			statementUrl: null,
			lastReviewed: null
		});
		expect(problems).toHaveLength(6);
		expect(problems.join('\n')).toMatch(
			/src\/data\/operator\.json › statementUrl: expected an https:\/\/ address/
		);
		expect(problems.join('\n')).toMatch(/› extra: unknown field/);
	});

	it('rejects a file that is not an object', () => {
		for (const raw of [null, [], 'x', 3]) expect(readOperatorConfig(raw).problems).toHaveLength(1);
	});
});
