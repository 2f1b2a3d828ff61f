// Schema of src/data/content/municipalities.json: the 98 Danish municipalities with an approximate point each, for
// "Where are you today?". Pure TS + zod (no Node APIs), like schema.ts. Proposed as a separate file so it can be wired
// into the content checks (scripts/vite-plugin-content.ts) when the map lands.
import { z } from 'zod';
import { isIsoDate } from './schema';
import type { IsoDate, LocalText, Source } from '../domain/types';
import { DENMARK_BOUNDS } from '../domain/geo';

/** Denmark has had exactly 98 municipalities since the 2007 reform. */
export const MUNICIPALITY_COUNT = 98;

export const REGION_IDS = [
	'nordjylland',
	'midtjylland',
	'syddanmark',
	'sjaelland',
	'hovedstaden'
] as const;

export interface Municipality {
	/** Official 3-digit kommunekode, e.g. "101" for København (DAWA writes it with a leading zero: "0101"). */
	id: string;
	name: LocalText;
	/** Region id as in regions.json. */
	region: (typeof REGION_IDS)[number];
	lat: number;
	lng: number;
	/** Always true: one point stands for a whole municipality. */
	approximate: true;
}

export interface MunicipalityFile {
	/** Where the geometry behind the points comes from. */
	source: Source;
	/** Where each municipality's region comes from. */
	regionSource: Source;
	/** How each point was derived from the source, in plain words. */
	derivation: LocalText;
	computedOn: IsoDate;
	municipalities: Municipality[];
}

const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be empty');
const isoDate = z.string().refine(isIsoDate, 'must be an existing date written as YYYY-MM-DD');
const localText = z.strictObject({ da: nonEmpty, en: nonEmpty });
const source = z.strictObject({
	title: nonEmpty,
	url: z
		.string()
		.refine(
			(s) => URL.canParse(s) && new URL(s).protocol === 'https:',
			'must be an absolute https:// URL'
		)
		.optional(),
	kind: z.enum(['primary', 'secondary']),
	asOf: isoDate
});
const inDenmark = (axis: 'lat' | 'lng') => {
	const [min, max] =
		axis === 'lat'
			? [DENMARK_BOUNDS.south, DENMARK_BOUNDS.north]
			: [DENMARK_BOUNDS.west, DENMARK_BOUNDS.east];
	return z
		.number()
		.min(min, `must be between ${min} and ${max} (Denmark)`)
		.max(max, `must be between ${min} and ${max} (Denmark)`);
};

export const municipalitySchema = z.strictObject({
	id: z.string().regex(/^\d{3}$/, 'must be a 3-digit kommunekode, e.g. "101"'),
	name: localText,
	region: z.enum(REGION_IDS),
	lat: inDenmark('lat'),
	lng: inDenmark('lng'),
	approximate: z.literal(true)
});

export const municipalityFileSchema = z
	.strictObject({
		source,
		regionSource: source,
		derivation: localText,
		computedOn: isoDate,
		municipalities: z.array(municipalitySchema)
	})
	.superRefine((file, ctx) => {
		if (file.municipalities.length !== MUNICIPALITY_COUNT) {
			ctx.addIssue({
				code: 'custom',
				path: ['municipalities'],
				message: `must list all ${MUNICIPALITY_COUNT} municipalities (found ${file.municipalities.length})`
			});
		}
		const ids = new Set<string>();
		const names = new Set<string>();
		file.municipalities.forEach((m, i) => {
			if (ids.has(m.id))
				ctx.addIssue({
					code: 'custom',
					path: ['municipalities', i, 'id'],
					message: `duplicate id "${m.id}"`
				});
			if (names.has(m.name.da)) {
				ctx.addIssue({
					code: 'custom',
					path: ['municipalities', i, 'name', 'da'],
					message: `duplicate name "${m.name.da}"`
				});
			}
			ids.add(m.id);
			names.add(m.name.da);
		});
	});

/**
 * Validates the municipalities file; the error names the record and field, like the content checks.
 * @throws Error listing every problem as `municipalities.json › record "101" (#0) › field lat: …`.
 */
export function parseMunicipalities(data: unknown): MunicipalityFile {
	const result = municipalityFileSchema.safeParse(data);
	if (result.success) return result.data as MunicipalityFile;
	const records = (data as { municipalities?: { id?: unknown }[] } | null)?.municipalities;
	const lines = result.error.issues.map((issue) => {
		const [head, index, ...rest] = issue.path;
		if (head === 'municipalities' && typeof index === 'number') {
			const id = records?.[index]?.id;
			return `municipalities.json › record ${JSON.stringify(id)} (#${index}) › field ${rest.join('.') || '(record)'}: ${issue.message}`;
		}
		return `municipalities.json › field ${issue.path.join('.') || '(file)'}: ${issue.message}`;
	});
	throw new Error(`Invalid municipalities data:\n${lines.join('\n')}`);
}
