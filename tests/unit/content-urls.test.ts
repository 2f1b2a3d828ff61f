// @vitest-environment node
// A content file cannot smuggle a script into a link: every URL field must be https (javascript:, data: and
// vbscript: in any spelling are refused), and a refused file stops the build with a message that names the file,
// the record and the field. (Other validation problems: tests/unit/data-schema.test.ts.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CONTENT_FILES,
	ContentError,
	validateContent,
	type ContentFileName
} from '../../src/data/schema';
import { contentValidation } from '../../scripts/vite-plugin-content';
import { contentFiles, contentText, recordOf, setField, type RawRecord } from '../builders/content';

type Files = Record<ContentFileName, unknown>;

function problems(files: Files): string {
	try {
		validateContent(files);
	} catch (e) {
		if (e instanceof ContentError) return e.message;
		throw e;
	}
	throw new Error('expected validateContent to refuse the content');
}

const line = (file: string, record: string | null, field: string) =>
	new RegExp(
		`^src/data/content/${file.replace('.', '\\.')}${record ? ` › record "${record}" \\(#\\d+\\)` : ''} › field ${field.replace(/[.[\]]/g, '\\$&')}: .*https`,
		'm'
	);

const firstSourced = (files: Files, name: ContentFileName): RawRecord =>
	(files[name] as RawRecord[])[0] as RawRecord;

describe('URLs in content files', () => {
	const cases: {
		url: string;
		file: ContentFileName;
		record: string | null;
		field: string;
		set: (f: Files, url: string) => void;
	}[] = [
		{
			url: 'javascript:alert(1)',
			file: 'schemes.json',
			record: 'invest_in_denmark',
			field: 'url',
			set: (f, url) => setField(recordOf(f, 'schemes.json', 'invest_in_denmark'), 'url', url)
		},
		{
			url: 'JaVaScRiPt:alert(1)',
			file: 'one-stop-shop.json',
			record: null,
			field: 'url',
			set: (f, url) => setField(f['one-stop-shop.json'] as RawRecord, 'url', url)
		},
		{
			url: ' javascript:alert(1)',
			file: 'schemes.json',
			record: 'eifo_green_production',
			field: 'sources[0].url',
			set: (f, url) =>
				setField(
					(
						recordOf(f, 'schemes.json', 'eifo_green_production')['sources'] as RawRecord[]
					)[0] as RawRecord,
					'url',
					url
				)
		},
		{
			url: 'data:text/html,<script>alert(1)</script>',
			file: 'sites.json',
			record: 'esbjerg',
			field: 'location.source.url',
			set: (f, url) => setField(recordOf(f, 'sites.json', 'esbjerg'), 'location.source.url', url)
		},
		{
			url: 'vbscript:msgbox(1)',
			file: 'erhvervshuse.json',
			record: String(firstSourced(contentFiles(), 'erhvervshuse.json')['id']),
			field: 'source.url',
			set: (f, url) => setField(firstSourced(f, 'erhvervshuse.json'), 'source.url', url)
		}
	];

	it.each(cases)(
		'refuses $url in $file › $field, naming file, record and field',
		({ url, file, record, field, set }) => {
			const files = contentFiles();
			set(files, url);
			expect(problems(files)).toMatch(line(file, record, field));
		}
	);

	it('stops the build: the Vite plugin fails with the file, record and field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'content-'));
		try {
			for (const name of CONTENT_FILES) writeFileSync(join(dir, name), contentText(name));
			const schemes = JSON.parse(contentText('schemes.json')) as RawRecord[];
			const scheme = schemes.find((s) => s['id'] === 'invest_in_denmark') as RawRecord;
			scheme['url'] = 'javascript:alert(1)';
			writeFileSync(join(dir, 'schemes.json'), JSON.stringify(schemes));

			const plugin = contentValidation({ dir });
			const context = {
				addWatchFile: () => {},
				error: (message: string): never => {
					throw new Error(message);
				}
			};
			const buildStart = plugin.buildStart as unknown as (this: typeof context) => void;
			expect(() => buildStart.call(context)).toThrow(
				/^Invalid content in src\/data\/content[^\n]*\nsrc\/data\/content\/schemes\.json › record "invest_in_denmark" \(#\d+\) › field url: .*https/
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
