// Turns content data into i18next resources: every { da, en } text becomes a key like `sites.esbjerg.focus`.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isLocalText(v: unknown): v is { da: string; en: string } {
	return (
		typeof v === 'object' &&
		v !== null &&
		!Array.isArray(v) &&
		typeof (v as Record<string, unknown>).da === 'string' &&
		typeof (v as Record<string, unknown>).en === 'string'
	);
}

/**
 * Flatten the texts of one language. Array elements are keyed by their `id` (or index when they have none).
 * @example flattenContent({ sites: [{ id: 'skive', focus: { da: 'x', en: 'y' } }] }, 'en') // { sites: { skive: { focus: 'y' } } }
 */
export function flattenContent(value: unknown, lang: 'da' | 'en'): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	walk(value as Json, lang, out);
	return out;
}

function walk(value: Json, lang: 'da' | 'en', out: Record<string, unknown>): void {
	if (value === null || typeof value !== 'object') return;
	const entries: [string, Json][] = Array.isArray(value)
		? value.map((v, i) => [keyOf(v, i), v])
		: Object.entries(value);
	for (const [key, child] of entries) {
		if (isLocalText(child)) {
			out[key] = child[lang];
		} else if (child !== null && typeof child === 'object') {
			const nested: Record<string, unknown> = {};
			walk(child, lang, nested);
			if (Object.keys(nested).length > 0) out[key] = nested;
		}
	}
}

function keyOf(v: Json, i: number): string {
	if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.id === 'string') return v.id;
	return String(i);
}

/** The key of a content text, e.g. contentKey('sites', 'skive', 'focus') → 'content:sites.skive.focus'. */
export function contentKey(collection: string, id: string, path: string): `content:${string}` {
	return `content:${collection}.${id}.${path}`;
}
