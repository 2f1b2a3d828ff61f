// Where an embedded guide keeps its state in the host page's address:
//   - `param`: everything in one namespaced query parameter, the host's other parameters untouched;
//   - `hash`: only the step, as a slug in the hash (what Virksomhedsguiden expects of its apps).
import { stepFromHash, stepSlug } from '../domain/url-codec';
import type { Address } from './url-sync';

/** Only the step, in the hash, as a slug (`#land-ha`); the host's query is untouched. */
export const hashAddress: Address = {
	keepsAnswers: false,
	read: (location) => ({
		query: '',
		step: stepFromHash(location.hash),
		present: location.hash !== ''
	}),
	url: (location, _query, step) => `${location.pathname}${location.search}#${stepSlug(step)}`
};

/** A valid parameter name for `paramAddress`: letters, digits, '-', '_' and '.', starting with a letter. */
export function isParamName(name: string): boolean {
	return /^[a-z][a-z0-9._-]{0,39}$/i.test(name);
}

/**
 * Everything in one query parameter of the host's address: `?page=7&ipg=land-ha%3Av%3D1%26…` holds the step and
 * the guide's link query (`land-ha:v=1&…`). Other parameters and the hash stay exactly as the host wrote them.
 */
export function paramAddress(name: string): Address {
	if (!isParamName(name)) throw new Error(`Not a usable parameter name: ${name}`);
	const find = (search: string): { parts: string[]; index: number } => {
		const parts = search
			.replace(/^\?/, '')
			.split('&')
			.filter((p) => p !== '');
		return { parts, index: parts.findIndex((p) => p === name || p.startsWith(`${name}=`)) };
	};
	return {
		keepsAnswers: true,
		read(location) {
			const { parts, index } = find(location.search);
			if (index < 0) return { query: '', step: undefined, present: false };
			let value: string;
			try {
				value = decodeURIComponent(parts[index]!.slice(name.length + 1).replace(/\+/g, ' '));
			} catch {
				return { query: '', step: undefined, present: true };
			}
			const colon = value.indexOf(':');
			const slug = colon < 0 ? value : value.slice(0, colon);
			return {
				query: colon < 0 ? '' : value.slice(colon + 1),
				step: stepFromHash(slug),
				present: true
			};
		},
		url(location, query, step) {
			const { parts, index } = find(location.search);
			const own = `${name}=${encodeURIComponent(`${stepSlug(step)}:${query}`)}`;
			if (index < 0) parts.push(own);
			else parts[index] = own;
			return `${location.pathname}?${parts.join('&')}${location.hash}`;
		}
	};
}
