// The data report (`npm run data:report`, also printed by `npm test`): how much the guide knows, per park, and
// which facts are due for a re-check. Pure: content in, numbers and text out.
import { firstDayOf } from '../domain/source-date';
import { INFRASTRUCTURE_ITEMS, WORKFORCE_ITEMS } from '../domain/types';
import type { Content, IsoDate, Source } from '../domain/types';

/** The ten needs a company can ask of a park: 8 infrastructure items and 2 workforce items. */
export const REPORTED_NEEDS = [...INFRASTRUCTURE_ITEMS, ...WORKFORCE_ITEMS] as const;

/** The page the law's designation conditions are read from: facts that rest on it alone are counted apart. */
const LAW_13_URL = /industriparker\/paragraf\/13$/;

export interface ParkReport {
	id: string;
	/** Needs with a status other than unknown, out of REPORTED_NEEDS. */
	known: number;
	/** Of `known`: those that rest only on the law's designation conditions (§ 13). */
	knownByLaw: number;
	location: 'source' | 'estimate';
	timingKnown: boolean;
	contact: boolean;
	news: number;
}

export interface StaleSource {
	title: string;
	asOf: IsoDate;
	/** How many facts cite it. */
	facts: number;
}

export interface DataReport {
	checkedOn: IsoDate;
	/** Facts dated before this day are older than 12 months. */
	staleBefore: IsoDate;
	parks: ParkReport[];
	stale: StaleSource[];
	/**
	 * Municipalities (of 98) with a sourced business-land page, with a business service, and whose erhvervshus a
	 * source names.
	 */
	municipalities: { businessLand: number; businessService: number; erhvervshus: number };
	/** Sites of kind municipal_business_area (named areas with free plots). */
	businessAreas: number;
	/** Every cited fact, for the share that is stale. */
	factCount: number;
	/** Of `factCount`: facts from articles that show no date of their own (only the day they were read). */
	undated: number;
}

/** The day 12 months before `today` (YYYY-MM-DD; 29 February becomes 28 February). */
export function twelveMonthsBefore(today: IsoDate): IsoDate {
	const [y, m, d] = today.split('-');
	const day = m === '02' && d === '29' ? '28' : d;
	return `${Number(y) - 1}-${m}-${day}`;
}

/** Every source in the content, once per place it is cited. */
function citations(value: unknown, out: Source[] = []): Source[] {
	if (Array.isArray(value)) for (const v of value) citations(v, out);
	else if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		if (typeof record.title === 'string' && typeof record.asOf === 'string' && 'kind' in record)
			out.push(record as unknown as Source);
		else for (const v of Object.values(record)) citations(v, out);
	}
	return out;
}

export function dataReport(content: Content, today: IsoDate): DataReport {
	const parks = content.sites
		.filter((s) => s.kind === 'state_industrial_park')
		.map((site): ParkReport => {
			const facts = REPORTED_NEEDS.map((need) => site.facilities[need]).filter(
				(f) => f !== undefined && f.status !== 'unknown'
			);
			return {
				id: site.id,
				known: facts.length,
				knownByLaw: facts.filter((f) => LAW_13_URL.test(f?.source.url ?? '')).length,
				location: site.location.confidence,
				timingKnown: site.timing.note !== undefined || site.timing.status !== 'unknown',
				contact: site.contact !== undefined,
				news: site.updates?.length ?? 0
			};
		});
	const staleBefore = twelveMonthsBefore(today);
	const all = citations(content);
	const stale = new Map<string, StaleSource>();
	for (const s of all) {
		if (firstDayOf(s.asOf) >= staleBefore) continue;
		const key = `${s.title}|${s.asOf}`;
		const entry = stale.get(key) ?? { title: s.title, asOf: s.asOf, facts: 0 };
		entry.facts++;
		stale.set(key, entry);
	}
	return {
		checkedOn: content.meta.checkedOn,
		staleBefore,
		parks,
		municipalities: {
			businessLand: content.municipalBusiness.filter((m) => m.businessLand).length,
			businessService: content.municipalBusiness.filter((m) => m.businessService).length,
			erhvervshus: content.erhvervshuse.reduce(
				(n, h) => n + (h.covers?.municipalities.length ?? 0),
				0
			)
		},
		businessAreas: content.sites.filter((s) => s.kind === 'municipal_business_area').length,
		stale: [...stale.values()].sort((a, b) => a.asOf.localeCompare(b.asOf) || b.facts - a.facts),
		factCount: all.length,
		undated: all.filter((s) => s.undated).length
	};
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);

/** The report as plain text, for a terminal and for the README. */
export function formatReport(r: DataReport): string {
	const total = r.parks.length * REPORTED_NEEDS.length;
	const sum = (f: (p: ParkReport) => number) => r.parks.reduce((n, p) => n + f(p), 0);
	const lines = [
		`Data report – content checked ${r.checkedOn}`,
		'',
		`${pad('Park', 14)}${pad('Needs known', 18)}${pad('Location', 10)}${pad('Timing', 8)}${pad('Contact', 9)}News`,
		...r.parks.map(
			(p) =>
				`${pad(p.id, 14)}${pad(`${p.known}/${REPORTED_NEEDS.length}${p.knownByLaw ? ` (${p.knownByLaw} by law)` : ''}`, 18)}${pad(p.location, 10)}${pad(p.timingKnown ? 'yes' : '–', 8)}${pad(p.contact ? 'yes' : '–', 9)}${p.news}`
		),
		'',
		`Needs known: ${sum((p) => p.known)} of ${total} (${sum((p) => p.knownByLaw)} of them only by the law's designation conditions, § 13)`,
		`Locations: ${r.parks.filter((p) => p.location === 'source').length} sourced, ${r.parks.filter((p) => p.location === 'estimate').length} estimated`,
		`Timing known: ${r.parks.filter((p) => p.timingKnown).length} of ${r.parks.length} · contact: ${r.parks.filter((p) => p.contact).length} of ${r.parks.length}`,
		`Municipalities (of 98): business-land page ${r.municipalities.businessLand}, business service ${r.municipalities.businessService}, erhvervshus ${r.municipalities.erhvervshus}`,
		`Municipal business areas with free plots: ${r.businessAreas}`,
		'',
		`Facts from articles without a date of their own (shown as undated, with the day read): ${r.undated} of ${r.factCount}`,
		`Facts older than 12 months (dated before ${r.staleBefore}): ${r.stale.reduce((n, s) => n + s.facts, 0)} of ${r.factCount}`,
		...r.stale.map((s) => `  ${s.asOf}  ${s.facts}× ${s.title}`)
	];
	return lines.join('\n');
}
