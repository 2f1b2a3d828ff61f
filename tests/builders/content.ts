// Builders for content tests: fresh deep copies of the real content files, plus small helpers to mutate one record.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_FILES, type ContentFileName } from '../../src/data/schema';

export const CONTENT_DIR_ABS = fileURLToPath(new URL('../../src/data/content/', import.meta.url));

export type RawRecord = Record<string, unknown>;

export function contentText(name: ContentFileName): string {
	return readFileSync(`${CONTENT_DIR_ABS}${name}`, 'utf8');
}

/** The real content files, JSON-parsed anew on every call, so each test can mutate its own copy. */
export function contentFiles(): Record<ContentFileName, unknown> {
	return Object.fromEntries(
		CONTENT_FILES.map((name) => [name, JSON.parse(contentText(name)) as unknown])
	) as Record<ContentFileName, unknown>;
}

/** The records of an array file (throws if the file is not an array). */
export function recordsOf(
	files: Record<ContentFileName, unknown>,
	name: ContentFileName
): RawRecord[] {
	const data = files[name];
	if (!Array.isArray(data)) throw new Error(`${name} is not an array`);
	return data as RawRecord[];
}

/** The record with the given id in an array file (throws if missing). */
export function recordOf(
	files: Record<ContentFileName, unknown>,
	name: ContentFileName,
	id: string
): RawRecord {
	const found = recordsOf(files, name).find((r) => r['id'] === id);
	if (!found) throw new Error(`${name} has no record "${id}"`);
	return found;
}

/** Walks `path` (e.g. "land.newPlotsHa") inside `record` and returns the parent object and the last key. */
export function at(record: RawRecord, path: string): [RawRecord, string] {
	const keys = path.split('.');
	const last = keys.pop() as string;
	let obj: RawRecord = record;
	for (const key of keys) obj = obj[key] as RawRecord;
	return [obj, last];
}

export function setField(record: RawRecord, path: string, value: unknown): void {
	const [obj, key] = at(record, path);
	obj[key] = value;
}

export function deleteField(record: RawRecord, path: string): void {
	const [obj, key] = at(record, path);
	delete obj[key];
}
