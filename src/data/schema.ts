// Content schemas and validation for src/data/content/*.json. Pure TS + zod: no Node APIs, so it can also run in the browser.
import { firstDayOf } from '../domain/source-date';
import { z } from 'zod';
import { FACILITY_IDS } from '../domain/types';
import { LEAST_NEW_LAND_HA } from '../domain/questions';
import type {
	Content,
	DataMeta,
	Erhvervshus,
	Fyrtaarn,
	GridInfo,
	MunicipalBusiness,
	OneStopShopInfo,
	Region,
	Scheme,
	Sector,
	Site
} from '../domain/types';

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

/** Folder of the content files, relative to the project root. Used in error messages. */
export const CONTENT_DIR = 'src/data/content';

export const CONTENT_FILES = [
	'meta.json',
	'sectors.json',
	'regions.json',
	'sites.json',
	'erhvervshuse.json',
	'fyrtaarne.json',
	'schemes.json',
	'one-stop-shop.json',
	'grid.json',
	'municipal-business.json'
] as const;
export type ContentFileName = (typeof CONTENT_FILES)[number];

/** Which `Content` key each file fills. */
export const CONTENT_FILE_KEYS = {
	'meta.json': 'meta',
	'sectors.json': 'sectors',
	'regions.json': 'regions',
	'sites.json': 'sites',
	'erhvervshuse.json': 'erhvervshuse',
	'fyrtaarne.json': 'fyrtaarne',
	'schemes.json': 'schemes',
	'one-stop-shop.json': 'oneStopShop',
	'grid.json': 'grid',
	'municipal-business.json': 'municipalBusiness'
} as const satisfies Record<ContentFileName, keyof Content>;

export function contentFilePath(name: ContentFileName): string {
	return `${CONTENT_DIR}/${name}`;
}

// ---------------------------------------------------------------------------------------------
// Field schemas
// ---------------------------------------------------------------------------------------------

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar date written as YYYY-MM-DD (rejects e.g. 2025-02-30). */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE_PATTERN.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * True for a source's date: an existing day (YYYY-MM-DD), or a month (YYYY-MM) or a year (YYYY) when the source gives
 * no more than that (a news page dated "november 2018", an address with "/nyheder/2023/"). A day is never guessed.
 */
export function isSourceDate(value: string): boolean {
	return isIsoDate(firstDayOf(value));
}

function isHttpsUrl(value: string): boolean {
	try {
		return new URL(value).protocol === 'https:';
	} catch {
		return false;
	}
}

const id = z
	.string()
	.regex(ID_PATTERN, 'must be a snake_case id (a-z, 0-9 and _, starting with a letter)');
const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be empty');
const isoDate = z.string().refine(isIsoDate, 'must be an existing date written as YYYY-MM-DD');
const sourceDate = z
	.string()
	.refine(
		isSourceDate,
		'must be an existing date written as YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or year'
	);
const httpsUrl = z.string().refine(isHttpsUrl, 'must be an absolute https:// URL');

const localText = z.strictObject({ da: nonEmpty, en: nonEmpty });

const source = z.strictObject({
	title: nonEmpty,
	titleEn: nonEmpty.optional(),
	url: httpsUrl.optional(),
	kind: z.enum(['primary', 'secondary']),
	asOf: sourceDate,
	undated: z.literal(true).optional(),
	lang: z.enum(['en', 'de']).optional()
});

const facilityFact = z.strictObject({
	status: z.enum(['available', 'planned', 'unknown', 'not_available']),
	note: localText,
	expected: z
		.string()
		.regex(/^\d{4}(-\d{2})?$/, 'must be a year or a month written as YYYY or YYYY-MM')
		.optional(),
	source
});

/** A general phone number as a source prints it: digits and spaces, perhaps with a country code. */
const phone = z.string().regex(/^\+?[0-9 ]{8,16}$/, 'must be a phone number of digits and spaces');

const contactSchema = z.strictObject({
	organisation: localText,
	url: httpsUrl,
	phone: phone.optional(),
	email: z.email('must be an e-mail address').optional(),
	source
});

const updateSchema = z.strictObject({ text: localText, source });

// ---------------------------------------------------------------------------------------------
// Record schemas (one per type in src/domain/types.ts)
// ---------------------------------------------------------------------------------------------

export const metaSchema = z.strictObject({ checkedOn: isoDate });

export const sectorSchema = z.strictObject({ id, label: localText, hint: localText.optional() });

export const regionSchema = z
	.strictObject({
		id,
		label: localText,
		hint: localText.optional(),
		from: isoDate.optional(),
		until: isoDate.optional(),
		mergedInto: id.optional(),
		source: source.optional()
	})
	.superRefine((region, ctx) => {
		if ((region.from || region.until) && !region.source)
			ctx.addIssue({
				code: 'custom',
				path: ['source'],
				message: 'a region that begins or ends needs a source'
			});
		if (region.mergedInto && !region.until)
			ctx.addIssue({
				code: 'custom',
				path: ['until'],
				message: 'a merged region needs its last day (until)'
			});
	});

const caveatSchema = z.strictObject({
	id: z.enum([
		'pending_designation',
		'longer_horizon',
		'co_applicants',
		'location_estimate',
		'long_term_focus'
	]),
	text: localText,
	source
});

export const siteSchema = z
	.strictObject({
		id,
		kind: z.enum(['state_industrial_park', 'municipal_business_area']),
		name: localText,
		municipality: nonEmpty,
		coApplicants: z.array(nonEmpty),
		region: id,
		erhvervshus: id,
		location: z.strictObject({
			lat: z
				.number()
				.min(54, 'must be between 54 and 58 (Denmark)')
				.max(58, 'must be between 54 and 58 (Denmark)'),
			lng: z
				.number()
				.min(8, 'must be between 8 and 15.5 (Denmark)')
				.max(15.5, 'must be between 8 and 15.5 (Denmark)'),
			confidence: z.enum(['estimate', 'source']),
			basis: localText,
			source
		}),
		focus: localText,
		focusSource: source,
		sectors: z.array(id),
		partialSectors: z.array(id),
		land: z
			.strictObject({
				totalHa: z.number().positive('must be greater than 0'),
				newPlotsHa: z.number().nonnegative('must not be negative'),
				approximate: z.boolean(),
				totalApproximate: z.boolean().optional(),
				source
			})
			.superRefine((land, ctx) => {
				if (land.newPlotsHa > land.totalHa) {
					ctx.addIssue({
						code: 'custom',
						path: ['newPlotsHa'],
						message: `must not be greater than totalHa (${land.newPlotsHa} > ${land.totalHa})`
					});
				}
			}),
		facilities: z.partialRecord(z.enum(FACILITY_IDS), facilityFact),
		timing: z.strictObject({
			status: z.enum(['unknown', 'longer', 'pending']),
			note: localText.optional(),
			source: source.optional()
		}),
		caveats: z.array(caveatSchema),
		contact: contactSchema.optional(),
		updates: z.array(updateSchema).optional()
	})
	.superRefine((site, ctx) => {
		if (
			site.location.confidence === 'estimate' &&
			!site.caveats.some((c) => c.id === 'location_estimate')
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['caveats'],
				message: "location.confidence is 'estimate', so a 'location_estimate' caveat is required"
			});
		}
		if (site.timing.note && !site.timing.source) {
			ctx.addIssue({
				code: 'custom',
				path: ['timing', 'source'],
				message: 'a timing note needs a source'
			});
		}
		for (const [facilityId, fact] of Object.entries(site.facilities)) {
			if (fact?.expected !== undefined && fact.status !== 'planned') {
				ctx.addIssue({
					code: 'custom',
					path: ['facilities', facilityId, 'expected'],
					message: "only a 'planned' facility has an expected date"
				});
			}
		}
		// i18n keys are built from caveat ids (src/i18n/content-keys.ts), so they must be unique per site.
		const seen = new Set<string>();
		site.caveats.forEach((caveat, i) => {
			if (seen.has(caveat.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['caveats', i, 'id'],
					message: `duplicate caveat id "${caveat.id}"`
				});
			}
			seen.add(caveat.id);
		});
		site.partialSectors.forEach((sectorId, i) => {
			if (site.sectors.includes(sectorId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['partialSectors', i],
					message: `"${sectorId}" is already listed in sectors`
				});
			}
		});
	});

export const erhvervshusSchema = z.strictObject({
	id,
	name: localText,
	seat: nonEmpty,
	branches: z.array(nonEmpty),
	source,
	covers: z
		.strictObject({
			municipalities: z
				.array(z.string().regex(/^\d{3}$/, 'must be a 3-digit kommunekode, e.g. "615"'))
				.min(1),
			source
		})
		.optional(),
	contact: z
		.strictObject({
			url: httpsUrl.optional(),
			phone: phone.optional(),
			email: z.email('must be an e-mail address').optional(),
			source
		})
		.refine((c) => c.url || c.phone || c.email, 'must give a url, a phone number or an e-mail')
		.optional()
});

export const fyrtaarnSchema = z.strictObject({
	id,
	name: localText,
	region: id,
	focus: localText,
	lead: localText,
	sectors: z.array(id),
	source
});

export const schemeSchema = z.strictObject({
	id,
	rule: z.enum([
		'eifo_green_production',
		'invest_in_denmark',
		'erhvervshus',
		'nzia_strategic',
		'crma_strategic'
	]),
	name: localText,
	provider: localText,
	scope: localText,
	status: z
		.strictObject({
			state: z.enum(['open', 'closed']).optional(),
			text: localText,
			checkedOn: isoDate,
			source
		})
		.optional(),
	url: httpsUrl.optional(),
	sources: z.array(source).min(1, 'must list at least one source')
});

export const oneStopShopSchema = z.strictObject({
	name: localText,
	provider: localText,
	openedText: localText,
	offers: z.array(z.strictObject({ id, text: localText })).min(1, 'must list at least one offer'),
	url: httpsUrl.optional(),
	sources: z.array(source).min(1, 'must list at least one source')
});

export const gridSchema = z.strictObject({
	facts: z
		.array(z.strictObject({ id, text: localText, source }))
		.min(1, 'must list at least one fact'),
	steps: z
		.array(z.strictObject({ id, text: localText, source: source.optional() }))
		.min(1, 'must list at least one step')
});

export const municipalBusinessSchema = z
	.strictObject({
		id: z.string().regex(/^\d{3}$/, 'must be a 3-digit kommunekode, e.g. "615"'),
		businessLand: source.extend({ url: httpsUrl }).optional(),
		businessService: z
			.strictObject({
				organisation: localText,
				url: httpsUrl.optional(),
				phone: phone.optional(),
				email: z.email('must be an e-mail address').optional(),
				source
			})
			.optional()
	})
	.refine((m) => m.businessLand !== undefined || m.businessService !== undefined, {
		message: 'list a municipality only with a business-land page or a business service'
	});

const FILE_SCHEMAS = {
	'meta.json': metaSchema,
	'sectors.json': z.array(sectorSchema),
	'regions.json': z.array(regionSchema),
	'sites.json': z.array(siteSchema),
	'erhvervshuse.json': z.array(erhvervshusSchema),
	'fyrtaarne.json': z.array(fyrtaarnSchema),
	'schemes.json': z.array(schemeSchema),
	'one-stop-shop.json': oneStopShopSchema,
	'grid.json': gridSchema,
	'municipal-business.json': z.array(municipalBusinessSchema)
} as const satisfies Record<ContentFileName, z.ZodType>;

// Compile-time guard: the schemas must produce exactly the domain types (both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchTypes: [
	Same<z.output<typeof metaSchema>, DataMeta>,
	Same<z.output<typeof sectorSchema>, Sector>,
	Same<z.output<typeof regionSchema>, Region>,
	Same<z.output<typeof siteSchema>, Site>,
	Same<z.output<typeof erhvervshusSchema>, Erhvervshus>,
	Same<z.output<typeof fyrtaarnSchema>, Fyrtaarn>,
	Same<z.output<typeof schemeSchema>, Scheme>,
	Same<z.output<typeof oneStopShopSchema>, OneStopShopInfo>,
	Same<z.output<typeof gridSchema>, GridInfo>,
	Same<z.output<typeof municipalBusinessSchema>, MunicipalBusiness>
] = [true, true, true, true, true, true, true, true, true, true];
void schemasMatchTypes;

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export interface ContentIssue {
	/** Path from the project root, e.g. "src/data/content/sites.json". */
	file: string;
	/** `"esbjerg" (#0)` for a record with an id, `#3` without one, null for a whole-file problem. */
	record: string | null;
	/** Field path inside the record, e.g. "land.newPlotsHa" or "caveats[0].text.da"; null for the whole record/file. */
	field: string | null;
	message: string;
}

export function formatContentIssue(issue: ContentIssue): string {
	const parts = [issue.file];
	if (issue.record !== null) parts.push(`record ${issue.record}`);
	if (issue.field !== null) parts.push(`field ${issue.field}`);
	return `${parts.join(' › ')}: ${issue.message}`;
}

/** Thrown when content is invalid. The message has one line per problem: file › record › field: problem. */
export class ContentError extends Error {
	override readonly name = 'ContentError';
	readonly issues: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[]) {
		super(issues.map(formatContentIssue).join('\n'));
		this.issues = issues;
	}
}

/**
 * JSON.parse with an error that names the file.
 * @example parseContentFile('sites.json', '[') // throws ContentError "src/data/content/sites.json: invalid JSON: …"
 */
export function parseContentFile(name: ContentFileName, text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		throw new ContentError([
			{
				file: contentFilePath(name),
				record: null,
				field: null,
				message: `invalid JSON: ${reason}${lineAndColumn(text, reason)}`
			}
		]);
	}
}

/** " (line 3, column 7)" when the JSON error message gives a character position, else "". */
function lineAndColumn(text: string, reason: string): string {
	const m = /position (\d+)/.exec(reason);
	if (!m || /line \d+/.test(reason)) return '';
	const before = text.slice(0, Number(m[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return ` (line ${line}, column ${column})`;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

type Path = readonly PropertyKey[];

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordLabel(data: unknown, index: number): string {
	const item = Array.isArray(data) ? (data[index] as unknown) : undefined;
	const itemId = isObject(item) ? item['id'] : undefined;
	return typeof itemId === 'string' && itemId !== '' ? `"${itemId}" (#${index})` : `#${index}`;
}

function fieldLabel(path: Path): string | null {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out === '' ? null : out;
}

/** Splits an issue path into record and field, given the raw file data. */
function locate(
	name: ContentFileName,
	data: unknown,
	path: Path
): Pick<ContentIssue, 'file' | 'record' | 'field'> {
	const file = contentFilePath(name);
	if (Array.isArray(data) && typeof path[0] === 'number') {
		return { file, record: recordLabel(data, path[0]), field: fieldLabel(path.slice(1)) };
	}
	return { file, record: null, field: fieldLabel(path) };
}

/** Ids of the records in an array file, ignoring records without a string id. */
function idsOf(data: unknown): Set<string> | null {
	if (!Array.isArray(data)) return null;
	const ids = new Set<string>();
	for (const item of data as unknown[]) {
		if (isObject(item) && typeof item['id'] === 'string') ids.add(item['id']);
	}
	return ids;
}

/** Calls `visit` for every value in `data` with its path. */
function walk(data: unknown, visit: (value: unknown, path: Path) => void, path: Path = []): void {
	visit(data, path);
	if (Array.isArray(data)) (data as unknown[]).forEach((v, i) => walk(v, visit, [...path, i]));
	else if (isObject(data)) for (const [k, v] of Object.entries(data)) walk(v, visit, [...path, k]);
}

/**
 * Validates the raw (JSON-parsed) content files and assembles them into `Content`.
 * Collects every problem and throws one ContentError listing them all.
 */
export function validateContent(
	files: Record<ContentFileName, unknown>,
	today: string = new Date().toISOString().slice(0, 10)
): Content {
	const issues: ContentIssue[] = [];
	const add = (name: ContentFileName, path: Path, message: string) =>
		issues.push({ ...locate(name, files[name], path), message });

	// 1. Shape of each file.
	const parsed: Partial<Record<ContentFileName, unknown>> = {};
	for (const name of CONTENT_FILES) {
		const raw = files[name];
		if (raw === undefined) {
			add(name, [], 'file is missing');
			continue;
		}
		const result = FILE_SCHEMAS[name].safeParse(raw);
		if (result.success) parsed[name] = result.data;
		else for (const issue of result.error.issues) add(name, issue.path, issue.message);
	}

	// 2. Ids are unique per file (and offer ids within the one-stop shop).
	for (const name of CONTENT_FILES) {
		const raw = files[name];
		const list: unknown[] | null = Array.isArray(raw)
			? (raw as unknown[])
			: name === 'one-stop-shop.json' && isObject(raw) && Array.isArray(raw['offers'])
				? (raw['offers'] as unknown[])
				: null;
		if (!list) continue;
		const prefix: Path = Array.isArray(raw) ? [] : ['offers'];
		const firstIndex = new Map<string, number>();
		list.forEach((item, i) => {
			const itemId = isObject(item) ? item['id'] : undefined;
			if (typeof itemId !== 'string') return;
			const first = firstIndex.get(itemId);
			if (first === undefined) firstIndex.set(itemId, i);
			else add(name, [...prefix, i, 'id'], `duplicate id "${itemId}" (already used by #${first})`);
		});
	}

	// 3. No date after meta.checkedOn, and meta.checkedOn not after today: no fact is dated in the future.
	const meta = parsed['meta.json'] as DataMeta | undefined;
	if (meta && meta.checkedOn > today) {
		add('meta.json', ['checkedOn'], `date ${meta.checkedOn} is in the future (today is ${today})`);
	}
	if (meta) {
		for (const name of CONTENT_FILES) {
			if (name === 'meta.json') continue;
			walk(files[name], (value, path) => {
				const key = path[path.length - 1];
				if (
					(key === 'asOf' || key === 'checkedOn') &&
					typeof value === 'string' &&
					isSourceDate(value) &&
					firstDayOf(value) > meta.checkedOn
				) {
					add(name, path, `date ${value} is after meta.checkedOn (${meta.checkedOn})`);
				}
			});
		}
	}

	// 4. Cross-references. Checked on the raw data so they are reported even when a record has other problems.
	const regionIds = idsOf(files['regions.json']);
	const sectorIds = idsOf(files['sectors.json']);
	const houseIds = idsOf(files['erhvervshuse.json']);
	const checkRef = (
		name: ContentFileName,
		path: Path,
		value: unknown,
		known: Set<string> | null,
		what: string
	) => {
		if (known && typeof value === 'string' && !known.has(value))
			add(name, path, `unknown ${what} id "${value}"`);
	};
	const checkRefList = (
		name: ContentFileName,
		path: Path,
		value: unknown,
		known: Set<string> | null,
		what: string
	) => {
		if (Array.isArray(value))
			(value as unknown[]).forEach((v, i) => checkRef(name, [...path, i], v, known, what));
	};

	const regions = files['regions.json'];
	if (Array.isArray(regions))
		(regions as unknown[]).forEach((r, i) => {
			if (isObject(r))
				checkRef('regions.json', [i, 'mergedInto'], r['mergedInto'], regionIds, 'region');
		});
	const sites = files['sites.json'];
	if (Array.isArray(sites)) {
		(sites as unknown[]).forEach((s, i) => {
			if (!isObject(s)) return;
			checkRef('sites.json', [i, 'region'], s['region'], regionIds, 'region');
			checkRef('sites.json', [i, 'erhvervshus'], s['erhvervshus'], houseIds, 'erhvervshus');
			checkRefList('sites.json', [i, 'sectors'], s['sectors'], sectorIds, 'sector');
			checkRefList('sites.json', [i, 'partialSectors'], s['partialSectors'], sectorIds, 'sector');
		});
	}
	// A municipality has one erhvervshus: no two houses may say they cover it.
	const houses = files['erhvervshuse.json'];
	if (Array.isArray(houses)) {
		const coveredBy = new Map<string, number>();
		(houses as unknown[]).forEach((h, i) => {
			const codes =
				isObject(h) && isObject(h['covers']) ? h['covers']['municipalities'] : undefined;
			if (!Array.isArray(codes)) return;
			(codes as unknown[]).forEach((code, j) => {
				if (typeof code !== 'string') return;
				const other = coveredBy.get(code);
				if (other !== undefined)
					add(
						'erhvervshuse.json',
						[i, 'covers', 'municipalities', j],
						`"${code}" is covered by record #${other} too`
					);
				else coveredBy.set(code, i);
			});
		});
	}
	const fyrtaarne = files['fyrtaarne.json'];
	if (Array.isArray(fyrtaarne)) {
		(fyrtaarne as unknown[]).forEach((f, i) => {
			if (!isObject(f)) return;
			checkRef('fyrtaarne.json', [i, 'region'], f['region'], regionIds, 'region');
			checkRefList('fyrtaarne.json', [i, 'sectors'], f['sectors'], sectorIds, 'sector');
		});
	}

	// 5. The questions ask about phasing only above the least new land of any site (LEAST_NEW_LAND_HA): a site with
	// less would be ruled out for a need the guide no longer asks about phasing for.
	const parsedSites = parsed['sites.json'] as Content['sites'] | undefined;
	if (parsedSites && parsedSites.length > 0) {
		const least = parsedSites.reduce((a, b) => (b.land.newPlotsHa < a.land.newPlotsHa ? b : a));
		if (least.land.newPlotsHa !== LEAST_NEW_LAND_HA)
			add(
				'sites.json',
				[parsedSites.indexOf(least), 'land', 'newPlotsHa'],
				`the least new land of any site is now ${least.land.newPlotsHa} ha ("${least.id}"); set LEAST_NEW_LAND_HA in src/domain/questions.ts to it (it is ${LEAST_NEW_LAND_HA}), so companies needing more are asked whether they can build in phases`
			);
	}

	if (issues.length > 0) {
		const order = (i: ContentIssue) =>
			CONTENT_FILES.findIndex((n) => contentFilePath(n) === i.file);
		throw new ContentError([...issues].sort((a, b) => order(a) - order(b)));
	}

	return {
		meta: parsed['meta.json'] as Content['meta'],
		sectors: parsed['sectors.json'] as Content['sectors'],
		regions: parsed['regions.json'] as Content['regions'],
		sites: parsed['sites.json'] as Content['sites'],
		erhvervshuse: parsed['erhvervshuse.json'] as Content['erhvervshuse'],
		fyrtaarne: parsed['fyrtaarne.json'] as Content['fyrtaarne'],
		schemes: parsed['schemes.json'] as Content['schemes'],
		oneStopShop: parsed['one-stop-shop.json'] as Content['oneStopShop'],
		grid: parsed['grid.json'] as Content['grid'],
		municipalBusiness: parsed['municipal-business.json'] as Content['municipalBusiness']
	};
}
