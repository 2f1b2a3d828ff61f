// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CONTENT_FILES,
	ContentError,
	parseContentFile,
	validateContent,
	type ContentFileName
} from '../../src/data/schema';
import { content } from '../../src/data/index';
import { checkContentDir } from '../../scripts/vite-plugin-content';
import {
	CONTENT_DIR_ABS,
	contentFiles,
	contentText,
	deleteField,
	recordOf,
	recordsOf,
	setField,
	type RawRecord
} from '../builders/content';

type Files = Record<ContentFileName, unknown>;

function problemsOf(files: Files): string {
	try {
		validateContent(files);
	} catch (e) {
		if (e instanceof ContentError) return e.message;
		throw e;
	}
	throw new Error('expected validateContent to throw a ContentError');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line "src/data/content/<file> › record "<id>" (#n) › field <field>: …<text>…". */
function problemLine(file: ContentFileName, id: string | null, field: string, text = ''): RegExp {
	const record = id === null ? '' : ` › record "${escape(id)}" \\(#\\d+\\)`;
	return new RegExp(
		`^src/data/content/${escape(file)}${record} › field ${escape(field)}: .*${escape(text)}`,
		'm'
	);
}

describe('real content', () => {
	it('validates', () => {
		expect(() => validateContent(contentFiles())).not.toThrow();
	});

	it('passes the build-time check of the content folder', () => {
		expect(checkContentDir(CONTENT_DIR_ABS)).toMatchObject({ ok: true });
	});

	it('has the 11 state industrial parks and the agreed ids', () => {
		const valid = validateContent(contentFiles());
		const parks = valid.sites.filter((s) => s.kind === 'state_industrial_park');
		expect(parks.map((s) => s.id)).toEqual([
			'esbjerg',
			'aalborg',
			'kalundborg',
			'horsens',
			'kerteminde',
			'aabenraa',
			'viborg',
			'naestved',
			'skive',
			'ikast_brande',
			'lolland'
		]);
		expect(valid.sectors.map((s) => s.id)).toEqual([
			'wind_offshore',
			'hydrogen_ptx',
			'ccus_energy',
			'green_tech',
			'life_science',
			'biosolutions',
			'food_tech',
			'agro_industry',
			'defence_aerospace',
			'maritime',
			'circular_recycling',
			'heavy_industry',
			'transport_logistics',
			'other'
		]);
		// Five until 2027, then four: Region Østdanmark replaces Region Sjælland and Region Hovedstaden (ids kept).
		expect(valid.regions.map((r) => r.id)).toEqual([
			'nordjylland',
			'midtjylland',
			'syddanmark',
			'sjaelland',
			'hovedstaden',
			'oestdanmark'
		]);
		expect(valid.erhvervshuse).toHaveLength(6);
		expect(valid.fyrtaarne).toHaveLength(8);
		expect(valid.schemes.map((s) => s.rule).sort()).toEqual([
			'crma_strategic',
			'eifo_green_production',
			'erhvervshus',
			'invest_in_denmark',
			'nzia_strategic'
		]);
	});

	it('is what src/data/index.ts exports', () => {
		expect(content).toEqual(validateContent(contentFiles()));
	});
});

describe('invalid content is reported with file, record and field', () => {
	const cases: {
		name: string;
		file: ContentFileName;
		id: string | null;
		field: string;
		text: string;
		mutate: (files: Files) => void;
	}[] = [
		{
			name: 'a wrong type',
			file: 'sites.json',
			id: 'esbjerg',
			field: 'land.totalHa',
			text: 'expected number',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'esbjerg'), 'land.totalHa', '158')
		},
		{
			name: 'a missing da text',
			file: 'sites.json',
			id: 'kalundborg',
			field: 'focus.da',
			text: 'expected string',
			mutate: (f) => deleteField(recordOf(f, 'sites.json', 'kalundborg'), 'focus.da')
		},
		{
			name: 'a blank en text',
			file: 'fyrtaarne.json',
			id: 'co2vision',
			field: 'lead.en',
			text: 'must not be empty',
			mutate: (f) => setField(recordOf(f, 'fyrtaarne.json', 'co2vision'), 'lead.en', '   ')
		},
		{
			name: 'an unknown sector id on a site',
			file: 'sites.json',
			id: 'horsens',
			field: 'sectors[2]',
			text: 'unknown sector id "space_mining"',
			mutate: (f) =>
				(recordOf(f, 'sites.json', 'horsens')['sectors'] as string[]).push('space_mining')
		},
		{
			name: 'an unknown sector id on a fyrtårn',
			file: 'fyrtaarne.json',
			id: 'bornholm_green_energy',
			field: 'sectors[0]',
			text: 'unknown sector id "solar"',
			mutate: (f) =>
				setField(recordOf(f, 'fyrtaarne.json', 'bornholm_green_energy'), 'sectors', ['solar'])
		},
		{
			name: 'an unknown region id',
			file: 'sites.json',
			id: 'skive',
			field: 'region',
			text: 'unknown region id "vestjylland"',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'skive'), 'region', 'vestjylland')
		},
		{
			name: 'an unknown erhvervshus id',
			file: 'sites.json',
			id: 'lolland',
			field: 'erhvervshus',
			text: 'unknown erhvervshus id "lolland_falster"',
			mutate: (f) =>
				setField(recordOf(f, 'sites.json', 'lolland'), 'erhvervshus', 'lolland_falster')
		},
		{
			name: 'a municipality covered by two erhvervshuse',
			file: 'erhvervshuse.json',
			id: 'sjaelland',
			field: 'covers.municipalities[17]',
			text: '"751" is covered by record #1 too',
			mutate: (f) =>
				(
					recordOf(f, 'erhvervshuse.json', 'sjaelland')['covers'] as { municipalities: string[] }
				).municipalities.push('751')
		},
		{
			name: 'an erhvervshus contact with no way in (only its source)',
			file: 'erhvervshuse.json',
			id: 'sydjylland',
			field: 'contact',
			text: 'must give a url, a phone number or an e-mail',
			mutate: (f) =>
				setField(recordOf(f, 'erhvervshuse.json', 'sydjylland'), 'contact.url', undefined)
		},
		{
			name: 'an erhvervshus website that is not https',
			file: 'erhvervshuse.json',
			id: 'sydjylland',
			field: 'contact.url',
			text: 'https',
			mutate: (f) =>
				setField(recordOf(f, 'erhvervshuse.json', 'sydjylland'), 'contact.url', 'http://ehsyd.dk')
		},
		{
			name: 'a site with less new land than the phasing question assumes',
			file: 'sites.json',
			id: 'viborg',
			field: 'land.newPlotsHa',
			text: 'the least new land of any site is now 20 ha ("viborg"); set LEAST_NEW_LAND_HA',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'viborg'), 'land.newPlotsHa', 20)
		},
		{
			name: 'newPlotsHa greater than totalHa',
			file: 'sites.json',
			id: 'aalborg',
			field: 'land.newPlotsHa',
			text: 'must not be greater than totalHa',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'aalborg'), 'land.newPlotsHa', 300)
		},
		{
			name: 'a duplicate id',
			file: 'sectors.json',
			id: 'maritime',
			field: 'id',
			text: 'duplicate id "maritime"',
			mutate: (f) =>
				recordsOf(f, 'sectors.json').push(structuredClone(recordOf(f, 'sectors.json', 'maritime')))
		},
		{
			name: 'an id that is not snake_case',
			file: 'regions.json',
			id: 'Region-X',
			field: 'id',
			text: 'snake_case',
			mutate: (f) =>
				recordsOf(f, 'regions.json').push({ id: 'Region-X', label: { da: 'X', en: 'X' } })
		},
		{
			name: 'a region that ends without a source',
			file: 'regions.json',
			id: 'sjaelland',
			field: 'source',
			text: 'a region that begins or ends needs a source',
			mutate: (f) => {
				delete (recordOf(f, 'regions.json', 'sjaelland') as Record<string, unknown>).source;
			}
		},
		{
			name: 'a region merged into one that does not exist',
			file: 'regions.json',
			id: 'hovedstaden',
			field: 'mergedInto',
			text: 'unknown region id "storkoebenhavn"',
			mutate: (f) =>
				setField(recordOf(f, 'regions.json', 'hovedstaden'), 'mergedInto', 'storkoebenhavn')
		},
		{
			name: 'a date that does not exist',
			file: 'schemes.json',
			id: 'eifo_green_production',
			field: 'status.checkedOn',
			text: 'YYYY-MM-DD',
			mutate: (f) =>
				setField(
					recordOf(f, 'schemes.json', 'eifo_green_production'),
					'status.checkedOn',
					'2025-02-30'
				)
		},
		{
			name: 'a source dated to a month that does not exist',
			file: 'sites.json',
			id: 'viborg',
			field: 'land.source.asOf',
			text: 'YYYY-MM or YYYY when the source gives only the month or year',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'viborg'), 'land.source.asOf', '2019-13')
		},
		{
			name: 'a source dated to a month after meta.checkedOn',
			file: 'sites.json',
			id: 'viborg',
			field: 'land.source.asOf',
			text: 'after meta.checkedOn',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'viborg'), 'land.source.asOf', '2099-01')
		},
		{
			name: 'a date after meta.checkedOn',
			file: 'sites.json',
			id: 'viborg',
			field: 'land.source.asOf',
			text: 'after meta.checkedOn',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'viborg'), 'land.source.asOf', '2099-01-01')
		},
		{
			name: 'an estimated location without a location_estimate caveat',
			file: 'sites.json',
			id: 'esbjerg',
			field: 'caveats',
			text: 'location_estimate',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'esbjerg'), 'caveats', [])
		},
		{
			name: 'a duplicate caveat id on a site',
			file: 'sites.json',
			id: 'viborg',
			field: 'caveats[2].id',
			text: 'duplicate caveat id "co_applicants"',
			mutate: (f) => {
				const caveats = recordOf(f, 'sites.json', 'viborg')['caveats'] as RawRecord[];
				caveats.push(
					structuredClone(caveats.find((c) => c['id'] === 'co_applicants') as RawRecord)
				);
			}
		},
		{
			name: 'a latitude outside Denmark',
			file: 'sites.json',
			id: 'naestved',
			field: 'location.lat',
			text: 'between 54 and 58',
			mutate: (f) => setField(recordOf(f, 'sites.json', 'naestved'), 'location.lat', 60.1)
		},
		{
			name: 'a URL that is not https',
			file: 'schemes.json',
			id: 'invest_in_denmark',
			field: 'url',
			text: 'https',
			mutate: (f) =>
				setField(recordOf(f, 'schemes.json', 'invest_in_denmark'), 'url', 'http://investindk.com')
		},
		{
			name: 'an unknown facility',
			file: 'sites.json',
			id: 'kerteminde',
			field: 'facilities',
			text: 'Unrecognized key: "helipad"',
			mutate: (f) => {
				const facilities = recordOf(f, 'sites.json', 'kerteminde')['facilities'] as RawRecord;
				facilities['helipad'] = facilities['port'];
			}
		},
		{
			name: 'a missing text in the one-stop shop (a single-object file)',
			file: 'one-stop-shop.json',
			id: null,
			field: 'offers[1].text.da',
			text: 'expected string',
			mutate: (f) =>
				deleteField(
					((f['one-stop-shop.json'] as RawRecord)['offers'] as RawRecord[])[1] as RawRecord,
					'text.da'
				)
		},
		{
			name: 'a contact URL that is not https',
			file: 'sites.json',
			id: 'esbjerg',
			field: 'contact.url',
			text: 'https://',
			mutate: (f) =>
				setField(recordOf(f, 'sites.json', 'esbjerg'), 'contact', {
					organisation: { da: 'Kommunen', en: 'The municipality' },
					url: 'http://example.dk/erhverv',
					source: { title: 'Kommunen', kind: 'primary', asOf: '2026-12-01' }
				})
		},
		{
			name: 'a contact without a source',
			file: 'sites.json',
			id: 'esbjerg',
			field: 'contact.source',
			text: 'expected object',
			mutate: (f) =>
				setField(recordOf(f, 'sites.json', 'esbjerg'), 'contact', {
					organisation: { da: 'Kommunen', en: 'The municipality' },
					url: 'https://example.dk/erhverv'
				})
		},
		{
			name: 'a timing note without a source',
			file: 'sites.json',
			id: 'esbjerg',
			field: 'timing.source',
			text: 'needs a source',
			mutate: (f) =>
				setField(recordOf(f, 'sites.json', 'esbjerg'), 'timing', {
					status: 'unknown',
					note: { da: 'Byggemodning i 2027.', en: 'Site servicing in 2027.' }
				})
		},
		{
			name: 'an expected date on a facility that is not planned',
			file: 'sites.json',
			id: 'esbjerg',
			field: 'facilities.port.expected',
			text: "only a 'planned' facility",
			mutate: (f) =>
				setField(recordOf(f, 'sites.json', 'esbjerg'), 'facilities.port.expected', '2028')
		},
		{
			name: 'a grid fact without a source',
			file: 'grid.json',
			id: null,
			field: 'facts[0].source',
			text: 'expected object',
			mutate: (f) => deleteField((f['grid.json'] as { facts: RawRecord[] }).facts[0]!, 'source')
		},
		{
			name: 'content checked on a day in the future',
			file: 'meta.json',
			id: null,
			field: 'checkedOn',
			text: 'is in the future',
			mutate: (f) => setField(f['meta.json'] as RawRecord, 'checkedOn', '2999-01-01')
		},
		{
			name: 'a bad meta.checkedOn',
			file: 'meta.json',
			id: null,
			field: 'checkedOn',
			text: 'YYYY-MM-DD',
			mutate: (f) => setField(f['meta.json'] as RawRecord, 'checkedOn', '29-11-2026')
		}
	];

	it.each(cases)('$name', ({ file, id, field, text, mutate }) => {
		const files = contentFiles();
		mutate(files);
		expect(problemsOf(files)).toMatch(problemLine(file, id, field, text));
	});

	it('names a record without an id by its index', () => {
		const files = contentFiles();
		recordsOf(files, 'regions.json').push({ label: { da: 'X', en: 'X' } });
		expect(problemsOf(files)).toMatch(
			/^src\/data\/content\/regions\.json › record #6 › field id: /m
		);
	});

	it('collects all problems, one per line', () => {
		const files = contentFiles();
		setField(recordOf(files, 'sites.json', 'aalborg'), 'land.newPlotsHa', 300);
		deleteField(recordOf(files, 'fyrtaarne.json', 'co2vision'), 'focus.en');
		setField(recordOf(files, 'schemes.json', 'crma_strategic'), 'rule', 'unknown_rule');

		const message = problemsOf(files);

		expect(message.split('\n')).toHaveLength(3);
		expect(message).toMatch(problemLine('sites.json', 'aalborg', 'land.newPlotsHa'));
		expect(message).toMatch(problemLine('fyrtaarne.json', 'co2vision', 'focus.en'));
		expect(message).toMatch(problemLine('schemes.json', 'crma_strategic', 'rule'));
	});

	it('reports a missing file', () => {
		const files = contentFiles() as Partial<Files>;
		delete files['regions.json'];
		expect(problemsOf(files as Files)).toMatch(
			/^src\/data\/content\/regions\.json: file is missing$/m
		);
	});
});

describe('malformed JSON', () => {
	it('parseContentFile names the file', () => {
		expect(() => parseContentFile('sites.json', '[{"id": "esbjerg",]')).toThrow(ContentError);
		expect(() => parseContentFile('sites.json', '[{"id": "esbjerg",]')).toThrow(
			/^src\/data\/content\/sites\.json: invalid JSON: /
		);
	});

	it('parseContentFile returns the parsed data for valid JSON', () => {
		expect(parseContentFile('meta.json', contentText('meta.json'))).toEqual({
			checkedOn: expect.any(String)
		});
	});

	it('fails the folder check with the file name', () => {
		const dir = mkdtempSync(join(tmpdir(), 'content-'));
		try {
			for (const name of CONTENT_FILES) writeFileSync(join(dir, name), contentText(name));
			writeFileSync(join(dir, 'schemes.json'), contentText('schemes.json').slice(0, -10));

			const result = checkContentDir(dir);

			expect(result.ok).toBe(false);
			expect(result.ok ? '' : result.message).toMatch(
				/^src\/data\/content\/schemes\.json: invalid JSON: /
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
