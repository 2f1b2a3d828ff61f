// Builders for domain and flow tests: a complete valid answer set and a minimal valid site, both with overrides.
import { isApplicable } from '../../src/domain/flow';
import { QUESTIONS } from '../../src/domain/questions';
import {
	INFRASTRUCTURE_ITEMS,
	WORKFORCE_ITEMS,
	type Answers,
	type FacilityFact,
	type FacilityId,
	type FacilityStatus,
	type InfrastructureId,
	type Need,
	type QuestionId,
	type Site,
	type Source,
	type WorkforceId
} from '../../src/domain/types';

const allNone = <T extends string>(items: readonly T[]): Record<T, Need> =>
	Object.fromEntries(items.map((i) => [i, 'none'])) as Record<T, Need>;

/** Defaults for every question, including the conditional ones (used only when their condition holds). */
function defaults(): Required<Pick<Answers, QuestionId>> {
	return {
		project_type: 'new_plant',
		sectors: ['wind_offshore'],
		land_ha: 40,
		land_phasing: 'no',
		infrastructure: allNone(INFRASTRUCTURE_ITEMS),
		workforce: allNone(WORKFORCE_ITEMS),
		env_demanding: 'no',
		regions: ['no_preference'],
		start_time: 'in_2_5y',
		investment_mdkk: 50,
		dual_permits: 'no',
		net_zero: 'no',
		net_zero_tech: ['wind'],
		critical_raw_materials: 'no',
		crm_activity: ['processing'],
		company_origin: 'danish',
		employees: 'from_10_to_49',
		financials: 'yes'
	};
}

/**
 * A complete, valid answer set: every question that applies is answered.
 * - A key given in `overrides` always wins, even for a question that does not apply (to test that such answers are ignored).
 * - A key given as `undefined` is left out (to build incomplete answers).
 * - Conditional questions without an override are answered only when they apply
 *   (e.g. `answers({ net_zero: 'yes' })` also answers net_zero_tech with ['wind']).
 * - `infrastructure` / `workforce` overrides are merged over "all none".
 * @example answers({ land_ha: 600, infrastructure: { port: 'must' } })
 */
export function answers(
	overrides: Omit<Partial<Answers>, 'infrastructure' | 'workforce'> & {
		infrastructure?: Partial<Record<InfrastructureId, Need>> | undefined;
		workforce?: Partial<Record<WorkforceId, Need>> | undefined;
	} = {}
): Answers {
	const base = defaults();
	const merged: Record<string, unknown> = { ...base, ...overrides };
	if (overrides.infrastructure)
		merged['infrastructure'] = { ...base.infrastructure, ...overrides.infrastructure };
	if (overrides.workforce) merged['workforce'] = { ...base.workforce, ...overrides.workforce };
	const out: Record<string, unknown> = {};
	for (const q of QUESTIONS) {
		const given = Object.prototype.hasOwnProperty.call(overrides, q.id);
		if (given) {
			if (merged[q.id] !== undefined) out[q.id] = merged[q.id];
		} else if (isApplicable(q, merged as Answers)) {
			out[q.id] = merged[q.id];
		}
	}
	return out as Answers;
}

export function aSource(overrides: Partial<Source> = {}): Source {
	return { title: 'Test source', kind: 'primary', asOf: '2025-10-28', ...overrides };
}

export function aFact(status: FacilityStatus): FacilityFact {
	return {
		status,
		note: { da: `Note ${status}`, en: `Note ${status}` },
		source: aSource({ title: `Source ${status}` })
	};
}

export interface SiteOverrides extends Partial<
	Omit<Site, 'land' | 'location' | 'timing' | 'facilities' | 'name' | 'focus'>
> {
	name?: Partial<Site['name']>;
	focus?: Partial<Site['focus']>;
	land?: Partial<Site['land']>;
	location?: Partial<Site['location']>;
	timing?: Partial<Site['timing']>;
	/** A status is short for a fact with that status (`{ port: 'available' }`). */
	facilities?: Partial<Record<FacilityId, FacilityStatus | FacilityFact>>;
}

/**
 * A minimal valid site (a state industrial park with no known facilities and unknown timing).
 * Nested objects are merged, arrays replaced.
 * @example aSite({ id: 'b', land: { newPlotsHa: 10 }, facilities: { port: 'not_available' } })
 */
export function aSite(overrides: SiteOverrides = {}): Site {
	const { name, focus, land, location, timing, facilities, ...rest } = overrides;
	const id = rest.id ?? 'test_site';
	const facts: Site['facilities'] = {};
	for (const [key, value] of Object.entries(facilities ?? {}) as [
		FacilityId,
		FacilityStatus | FacilityFact
	][]) {
		facts[key] = typeof value === 'string' ? aFact(value) : value;
	}
	return {
		id,
		kind: 'state_industrial_park',
		municipality: 'Testkommune',
		coApplicants: [],
		region: 'syddanmark',
		erhvervshus: 'sydjylland',
		focusSource: aSource({ title: 'Focus source' }),
		sectors: ['wind_offshore'],
		partialSectors: [],
		caveats: [],
		...rest,
		name: { da: `Park ${id}`, en: `Park ${id}`, ...name },
		focus: { da: 'Fokus', en: 'Focus', ...focus },
		land: {
			totalHa: 150,
			newPlotsHa: 100,
			approximate: false,
			source: aSource({ title: 'Land source' }),
			...land
		},
		location: {
			lat: 55.5,
			lng: 9.5,
			confidence: 'estimate',
			basis: { da: 'Skøn', en: 'Estimate' },
			source: aSource({ title: 'Location source' }),
			...location
		},
		timing: { status: 'unknown', ...timing },
		facilities: facts
	};
}
