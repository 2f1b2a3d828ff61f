import { describe, expect, it } from 'vitest';
import {
	questionById,
	type MatrixQuestion,
	type MultiQuestion,
	type NumberQuestion,
	type SingleQuestion
} from '../../src/domain/questions';
import {
	chosenOptions,
	optionIds,
	rawFromChosen,
	rawFromAnswer,
	validateAnswer,
	type RawAnswer
} from '../../src/domain/validate';
import { INFRASTRUCTURE_ITEMS } from '../../src/domain/types';
import { optionSource } from '../../src/data/options';

const single = (value: string | undefined): RawAnswer => ({ type: 'single', value });
const multi = (...values: string[]): RawAnswer => ({ type: 'multi', values });
const num = (text: string, dontKnow = false): RawAnswer => ({ type: 'number', text, dontKnow });
const matrix = (values: Record<string, string | undefined>): RawAnswer => ({
	type: 'matrix',
	values
});

const validate = (id: Parameters<typeof questionById>[0], raw: RawAnswer | undefined) =>
	validateAnswer(questionById(id), raw, optionSource);

const error = (key: string, field = '', params?: Record<string, string | number>) => ({
	ok: false,
	errors: [{ field, key, ...(params ? { params } : {}) }]
});

describe('single choice', () => {
	it('gives the chosen option', () => {
		expect(validate('project_type', single('expand'))).toEqual({ ok: true, value: 'expand' });
	});

	it.each([undefined, ''])('requires an answer (%j)', (value) => {
		expect(validate('project_type', single(value))).toEqual(error('project_type.required'));
	});

	it('requires an answer when nothing was submitted', () => {
		expect(validate('employees', undefined)).toEqual(error('employees.required'));
	});

	it('rejects an option the question does not have', () => {
		expect(validate('project_type', single('demolish'))).toEqual(error('invalid_option'));
	});

	it('treats a raw answer of another type as no answer', () => {
		expect(validate('net_zero', multi('yes'))).toEqual(error('net_zero.required'));
	});
});

describe('multiple choice', () => {
	it('gives the values in the order the options are listed, without duplicates', () => {
		expect(validate('sectors', multi('green_tech', 'wind_offshore', 'green_tech'))).toEqual({
			ok: true,
			value: ['wind_offshore', 'green_tech']
		});
		expect(validate('net_zero_tech', multi('grid', 'solar'))).toEqual({
			ok: true,
			value: ['solar', 'grid']
		});
	});

	it('requires at least one value', () => {
		expect(validate('sectors', multi())).toEqual(error('sectors.required'));
		expect(validate('crm_activity', undefined)).toEqual(error('crm_activity.required'));
	});

	it('rejects an unknown option', () => {
		expect(validate('sectors', multi('wind_offshore', 'tobacco'))).toEqual(error('invalid_option'));
		expect(validate('regions', multi('bornholm_only'))).toEqual(error('invalid_option'));
	});

	it('accepts the exclusive option alone', () => {
		expect(validate('sectors', multi('other'))).toEqual({ ok: true, value: ['other'] });
		expect(validate('regions', multi('no_preference'))).toEqual({
			ok: true,
			value: ['no_preference']
		});
	});

	it('rejects the exclusive option combined with others', () => {
		expect(validate('sectors', multi('other', 'wind_offshore'))).toEqual(
			error('sectors.exclusive')
		);
		expect(validate('regions', multi('sjaelland', 'no_preference'))).toEqual(
			error('regions.exclusive')
		);
	});

	it('takes content-driven options from the option source and adds a missing exclusive option', () => {
		const q = questionById('regions') as MultiQuestion;
		const ids = optionIds(q, { sectors: [], regions: ['north', 'south'] });
		expect(ids).toEqual(['north', 'south', 'no_preference']);
		expect(
			validateAnswer(q, multi('south', 'north'), { sectors: [], regions: ['north', 'south'] })
		).toEqual({
			ok: true,
			value: ['north', 'south']
		});
		expect(
			validateAnswer(q, multi('sjaelland'), { sectors: [], regions: ['north', 'south'] })
		).toEqual(error('invalid_option'));
	});

	it('does not list the exclusive option twice when the content already has it', () => {
		const ids = optionIds(questionById('sectors') as MultiQuestion, optionSource);
		expect(ids.filter((id) => id === 'other')).toEqual(['other']);
	});
});

describe('number', () => {
	it('gives the parsed number', () => {
		expect(validate('land_ha', num('2,5'))).toEqual({ ok: true, value: 2.5 });
		expect(validate('investment_mdkk', num('1,5 mia. kr.'))).toEqual({ ok: true, value: 1500 });
	});

	it('requires a number', () => {
		expect(validate('land_ha', num(''))).toEqual(error('land_ha.required'));
		expect(validate('investment_mdkk', undefined)).toEqual(error('investment_mdkk.required'));
	});

	it('rejects text that is not a number', () => {
		expect(validate('land_ha', num('a lot'))).toEqual(error('land_ha.not_a_number'));
		expect(validate('investment_mdkk', num('5 kroner'))).toEqual(
			error('investment_mdkk.not_a_number')
		);
		expect(validate('investment_mdkk', num('EUR 16 million'))).toEqual(
			error('investment_mdkk.euro')
		);
	});

	it('calls a negative number too small: it is a number, below the minimum', () => {
		expect(validate('investment_mdkk', num('-5'))).toEqual(error('investment_mdkk.too_small'));
		expect(validate('land_ha', num('-1'))).toEqual(error('land_ha.too_small'));
	});

	it('rejects a number below the minimum and accepts the minimum', () => {
		const q = questionById('land_ha') as NumberQuestion;
		expect(validate('land_ha', num('0'))).toEqual(error('land_ha.too_small'));
		expect(validate('land_ha', num('0,0099'))).toEqual(error('land_ha.too_small'));
		expect(validate('land_ha', num(String(q.min)))).toEqual({ ok: true, value: q.min });
	});

	it('rejects a number above the maximum with the maximum as a parameter, and accepts the maximum', () => {
		const q = questionById('land_ha') as NumberQuestion;
		expect(validate('land_ha', num('10001'))).toEqual(
			error('land_ha.too_large', '', { max: q.max })
		);
		expect(validate('land_ha', num(String(q.max)))).toEqual({ ok: true, value: q.max });
		expect(validate('investment_mdkk', num('2.000 mia. kr.'))).toEqual(
			error('investment_mdkk.too_large', '', { max: 1000000 })
		);
	});

	it('gives dont_know when "I don’t know" is ticked and nothing typed', () => {
		expect(validate('investment_mdkk', num('', true))).toEqual({ ok: true, value: 'dont_know' });
		expect(validate('investment_mdkk', num('  ', true))).toEqual({ ok: true, value: 'dont_know' });
	});

	it('takes "I don’t know" over a number typed before it was ticked (the field is disabled, not emptied)', () => {
		expect(validate('investment_mdkk', num('25', true))).toEqual({ ok: true, value: 'dont_know' });
	});

	it('takes "I don’t know yet" for the land, also with a number typed before', () => {
		expect(validate('land_ha', num('', true))).toEqual({ ok: true, value: 'dont_know' });
		expect(validate('land_ha', num('12', true))).toEqual({ ok: true, value: 'dont_know' });
	});
});

describe('matrix', () => {
	const q = questionById('infrastructure') as MatrixQuestion;
	const allNone = () =>
		Object.fromEntries(INFRASTRUCTURE_ITEMS.map((i) => [i, 'none'])) as Record<string, string>;

	it('gives the level of every item', () => {
		const values = { ...allNone(), port: 'must', rail: 'nice' };
		expect(validate('infrastructure', matrix(values))).toEqual({ ok: true, value: values });
	});

	it('reports every missing item separately, in item order', () => {
		const values: Record<string, string | undefined> = {
			...allNone(),
			rail: undefined,
			high_power: ''
		};
		delete values['symbiosis'];
		expect(validate('infrastructure', matrix(values))).toEqual({
			ok: false,
			errors: [
				{ field: 'high_power', key: 'infrastructure.required_item' },
				{ field: 'rail', key: 'infrastructure.required_item' },
				{ field: 'symbiosis', key: 'infrastructure.required_item' }
			]
		});
	});

	it('reports an item with an unknown level', () => {
		expect(
			validate('workforce', matrix({ labour_catchment: 'maybe', education_clusters: 'none' }))
		).toEqual({
			ok: false,
			errors: [{ field: 'labour_catchment', key: 'invalid_option' }]
		});
	});

	it('reports all items when nothing was submitted', () => {
		const result = validate('infrastructure', undefined);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors.map((e) => e.field)).toEqual([...q.items]);
	});

	it('drops values for items the question does not have', () => {
		expect(
			validate(
				'workforce',
				matrix({ labour_catchment: 'must', education_clusters: 'none', port: 'must' })
			)
		).toEqual({
			ok: true,
			value: { labour_catchment: 'must', education_clusters: 'none' }
		});
	});
});

describe('rawFromAnswer', () => {
	it('turns stored answers back into form values that validate to the same answer', () => {
		const cases: [Parameters<typeof questionById>[0], unknown][] = [
			['project_type', 'convert'],
			['sectors', ['wind_offshore', 'green_tech']],
			['land_ha', 40],
			['land_ha', 2.5],
			['land_ha', 1500],
			['investment_mdkk', 'dont_know'],
			['workforce', { labour_catchment: 'must', education_clusters: 'nice' }]
		];
		for (const [id, value] of cases) {
			const q = questionById(id);
			expect(validateAnswer(q, rawFromAnswer(q, value as never), optionSource)).toEqual({
				ok: true,
				value
			});
		}
	});

	it('gives empty form values for an unanswered question', () => {
		expect(rawFromAnswer(questionById('project_type'), undefined)).toEqual(single(undefined));
		expect(rawFromAnswer(questionById('sectors'), undefined)).toEqual(multi());
		expect(rawFromAnswer(questionById('land_ha'), undefined)).toEqual({ ...num(''), lang: 'da' });
		expect(rawFromAnswer(questionById('workforce'), undefined)).toEqual(matrix({}));
	});

	it('copies a multi answer so the form cannot change the stored one', () => {
		const stored = ['wind_offshore'];
		const raw = rawFromAnswer(questionById('sectors'), stored);
		if (raw.type === 'multi') raw.values.push('green_tech');
		expect(stored).toEqual(['wind_offshore']);
	});

	// BUG (src/domain/validate.ts:117, rawFromAnswer): a stored number is shown back as String(value) ("2.125"), which
	// parseNumberInput reads as thousands ("1.500" = 1500), so re-submitting an unchanged answer (e.g. after "Ret"
	// on 21.250 m² = 2.125 ha) multiplies it by 1000. Fix: emit text the parser reads back unambiguously, e.g.
	// formatNumberForInput(value, lang) with a trailing 0 when the fraction has exactly three digits ("2,1250"),
	// or keep the typed text in the context instead of deleting the draft on a valid submit.
	it('round-trips a number with exactly three decimals', () => {
		const q = questionById('land_ha');
		expect(validateAnswer(q, rawFromAnswer(q, 2.125), optionSource)).toEqual({
			ok: true,
			value: 2.125
		});
	});
});

describe('chosen options and raw input', () => {
	const projectType = questionById('project_type') as SingleQuestion;
	const sectors = questionById('sectors') as MultiQuestion;

	it('reads the options chosen from raw input, none for a question left open', () => {
		expect(chosenOptions({ type: 'single', value: 'expand' })).toEqual(['expand']);
		expect(chosenOptions({ type: 'single', value: undefined })).toEqual([]);
		expect(chosenOptions({ type: 'multi', values: ['food_tech', 'maritime'] })).toEqual([
			'food_tech',
			'maritime'
		]);
		expect(chosenOptions(undefined)).toEqual([]);
		expect(chosenOptions({ type: 'number', text: '2', dontKnow: false })).toEqual([]);
	});

	it('makes raw input from the options chosen, and back', () => {
		expect(rawFromChosen(projectType, ['expand'])).toEqual({ type: 'single', value: 'expand' });
		expect(rawFromChosen(projectType, [])).toEqual({ type: 'single', value: undefined });
		const raw = rawFromChosen(sectors, ['food_tech', 'maritime']);
		expect(raw).toEqual({ type: 'multi', values: ['food_tech', 'maritime'] });
		expect(chosenOptions(raw)).toEqual(['food_tech', 'maritime']);
		expect(validateAnswer(sectors, raw, optionSource).ok).toBe(true);
	});
});
