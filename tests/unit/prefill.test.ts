// A host's prefill: the query of the link contract, or a whole guide link pasted as it was copied (review 25, B2).
import { describe, expect, it } from 'vitest';
import { prefillParts } from '../../src/embed/prefill';

describe('prefillParts', () => {
	it('takes a query as it is, with or without its "?"', () => {
		expect(prefillParts('v=1&project_type=expand')).toEqual({
			query: 'v=1&project_type=expand',
			hash: ''
		});
		expect(prefillParts(' ?v=1&lang=da ')).toEqual({ query: 'v=1&lang=da', hash: '' });
	});

	it('leaves out the address before "?" and keeps the "#page" apart from the last answer', () => {
		expect(
			prefillParts('https://guide.example.dk/index.html?v=1&start_time=in_2_5y#results')
		).toEqual({ query: 'v=1&start_time=in_2_5y', hash: '#results' });
		expect(prefillParts('?v=1&lang=da#results')).toEqual({
			query: 'v=1&lang=da',
			hash: '#results'
		});
	});

	it('finds no answers in an address without a query', () => {
		expect(prefillParts('https://guide.example.dk/')).toEqual({ query: '', hash: '' });
		expect(prefillParts('//guide.example.dk/#site')).toEqual({ query: '', hash: '#site' });
		expect(prefillParts('')).toEqual({ query: '', hash: '' });
		// Without its scheme (code review 25, D6).
		expect(prefillParts('guide.example.dk/index.html#results')).toEqual({
			query: '',
			hash: '#results'
		});
	});
});
