// What a host page gives as its prefill (the web component's `prefill`, the iframe's `data-prefill`): the answers as
// a query in the link contract, or – as easily pasted – a whole guide link copied from the guide or the adviser page.

/**
 * The query and the `#page` of a prefill. A whole link's address before "?" is not an answer, nor is its "#results":
 * read as part of the last parameter, it cost that answer and showed every visitor a notice (review 25, B2).
 * @example prefillParts('https://guide.example.dk/?v=1&lang=da#results') // { query: 'v=1&lang=da', hash: '#results' }
 * @example prefillParts('v=1&project_type=expand') // { query: 'v=1&project_type=expand', hash: '' }
 */
export function prefillParts(text: string): { query: string; hash: string } {
	let rest = text.trim();
	const hashAt = rest.indexOf('#');
	const hash = hashAt >= 0 ? rest.slice(hashAt) : '';
	if (hashAt >= 0) rest = rest.slice(0, hashAt);
	const queryAt = rest.indexOf('?');
	if (queryAt >= 0) return { query: rest.slice(queryAt + 1), hash };
	// An address without a query holds no answers (every parameter of the link contract has a "=").
	return { query: rest.includes('=') ? rest : '', hash };
}
