// Builder for escaping tests: the real content files with every human-readable text replaced by XSS payloads.
import {
	CONTENT_FILES,
	CONTENT_FILE_KEYS,
	validateContent,
	type ContentFileName
} from '../../src/data/schema';
import type { Content } from '../../src/domain/types';

/** Keys whose string values are texts people read (not ids, URLs, dates or enums). */
const TEXT_KEYS = new Set(['title', 'titleEn', 'municipality', 'seat']);
/** Keys whose arrays hold texts people read. */
const TEXT_LIST_KEYS = new Set(['coApplicants', 'branches']);

const isLocalText = (v: unknown): v is { da: string; en: string } =>
	typeof v === 'object' &&
	v !== null &&
	!Array.isArray(v) &&
	Object.keys(v).sort().join() === 'da,en';

/**
 * `content` (e.g. the real content, src/data/index.ts) with each text (every `{ da, en }`, source titles, municipality names, co-applicants, seats,
 * branches) replaced by the next payload in turn, and validated like a content file at build time — so the
 * payloads are content the build would let through. `used` maps each replaced text's path to its payload.
 * @example const { content: withPayloads } = contentWithTexts(content, XSS_PAYLOADS)
 */
export function contentWithTexts(
	content: Content,
	payloads: readonly string[]
): { content: Content; used: Map<string, string> } {
	// As content files (a deep copy), so the result goes through the same validation as the files at build time.
	const files = Object.fromEntries(
		CONTENT_FILES.map((name) => [
			name,
			structuredClone(content[CONTENT_FILE_KEYS[name]]) as unknown
		])
	) as Record<ContentFileName, unknown>;
	const used = new Map<string, string>();
	let next = 0;
	const take = (path: string): string => {
		const payload = payloads[next++ % payloads.length] as string;
		used.set(path, payload);
		return payload;
	};
	const walk = (value: unknown, path: string): unknown => {
		if (isLocalText(value)) return { da: take(`${path}.da`), en: take(`${path}.en`) };
		if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}[${i}]`));
		if (typeof value !== 'object' || value === null) return value;
		const out: Record<string, unknown> = {};
		for (const [key, v] of Object.entries(value)) {
			const at = `${path}.${key}`;
			if (TEXT_KEYS.has(key) && typeof v === 'string') out[key] = take(at);
			else if (TEXT_LIST_KEYS.has(key) && Array.isArray(v))
				out[key] = v.map((_, i) => take(`${at}[${i}]`));
			else out[key] = walk(v, at);
		}
		return out;
	};
	const replaced = Object.fromEntries(
		Object.entries(files).map(([name, data]) => [
			name,
			name === 'meta.json' ? data : walk(data, name)
		])
	) as Record<ContentFileName, unknown>;
	return { content: validateContent(replaced), used };
}
