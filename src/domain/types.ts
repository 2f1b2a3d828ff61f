// Domain types: plain data shared by questions, content files, matching and eligibility. No framework imports.

/** ISO date (YYYY-MM-DD) on which a fact was true / was checked. */
export type IsoDate = string;

/** A visible text in both languages. Data texts are registered in i18next under the `content` namespace. */
export interface LocalText {
	da: string;
	en: string;
}

/** Where a fact comes from. `kind` says how strong the source is (mirrors the fact sheet's labels). */
export interface Source {
	/** Short human name, e.g. "Brochure: Industriparker sætter skub i produktionen i hele Danmark (Erhvervsministeriet, 2025)". */
	title: string;
	/**
	 * The title in English, where the guide's own words in it are Danish ("(pressemeddelelse)", "Industriparkguiden:
	 * egne skøn …"); the document's own title stays as it is.
	 */
	titleEn?: string;
	/** Public URL when there is one; the brochure has none. */
	url?: string;
	/** `primary` = the government brochure or an official page; `secondary` = press or other secondary source. */
	kind: 'primary' | 'secondary';
	/** Date the fact was true / read: YYYY-MM-DD, or YYYY-MM / YYYY when the source gives only the month or year. */
	asOf: IsoDate;
	/** An article that shows no date of its own: `asOf` is only the day it was read, and its age is not known. */
	undated?: true;
	/** The page's language when it is not Danish: said beside the source where the guide's language differs. */
	lang?: 'en' | 'de';
}

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

export type Need = 'must' | 'nice' | 'none';
export type YesNoUnknown = 'yes' | 'no' | 'dont_know';

/** Answer values by question id. Absent = not answered. Numbers are already parsed. */
export interface Answers {
	project_type?: 'new_plant' | 'expand' | 'convert';
	sectors?: string[];
	land_ha?: number | 'dont_know';
	land_phasing?: YesNoUnknown;
	/** Need level per infrastructure item id (see INFRASTRUCTURE_ITEMS). */
	infrastructure?: Partial<Record<InfrastructureId, Need>>;
	/** Need level per workforce item id. */
	workforce?: Partial<Record<WorkforceId, Need>>;
	env_demanding?: YesNoUnknown;
	regions?: string[];
	start_time?: 'within_2y' | 'in_2_5y' | 'later';
	/** Investment in mio. kr., or 'dont_know'. */
	investment_mdkk?: number | 'dont_know';
	dual_permits?: YesNoUnknown;
	net_zero?: YesNoUnknown;
	net_zero_tech?: string[];
	critical_raw_materials?: YesNoUnknown;
	crm_activity?: string[];
	company_origin?: 'danish' | 'foreign_first' | 'foreign_present';
	employees?: 'under_10' | 'from_10_to_49' | 'from_50_to_249' | 'over_250';
	financials?: YesNoUnknown;
	/** Where the company is today (optional, set on the results page): for distances to the sites. */
	home?: HomeLocation;
	/** Within each level of fit, nearest sites first (needs `home`). */
	rank_by_distance?: 'yes';
	/** Parks picked to compare side by side (2–3 site ids, sorted; see shortlist.ts). */
	shortlist?: string[];
}

/** A municipality (its kommunekode, e.g. "101") or a point picked on the map (WGS84 degrees). */
export type HomeLocation = { municipality: string } | { lat: number; lng: number };

/** Answers set on the results page rather than asked as questions. They travel in links like the rest. */
export const RESULT_SETTINGS = ['home', 'rank_by_distance', 'shortlist'] as const;
export type ResultSettingId = (typeof RESULT_SETTINGS)[number];

export type QuestionId = Exclude<keyof Answers, ResultSettingId>;

export const INFRASTRUCTURE_ITEMS = [
	'high_power',
	'water_volume',
	'wastewater',
	'port',
	'motorway',
	'rail',
	'pipeline',
	'symbiosis'
] as const;
export type InfrastructureId = (typeof INFRASTRUCTURE_ITEMS)[number];

export const WORKFORCE_ITEMS = ['labour_catchment', 'education_clusters'] as const;
export type WorkforceId = (typeof WORKFORCE_ITEMS)[number];

/** Everything a site can be assessed on besides sector, land, region and timing. */
export const FACILITY_IDS = [...INFRASTRUCTURE_ITEMS, ...WORKFORCE_ITEMS, 'env_distance'] as const;
export type FacilityId = (typeof FACILITY_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------------------------

/** What is known about one facility at a site. */
export type FacilityStatus = 'available' | 'planned' | 'unknown' | 'not_available';

export interface FacilityFact {
	status: FacilityStatus;
	/** What the source says, in our own words. */
	note: LocalText;
	/** For `planned`: when, as the source says it ("2028", "2027-10"). */
	expected?: string;
	source: Source;
}

export type SiteKind = 'state_industrial_park' | 'municipal_business_area';

export interface Sector {
	/** snake_case id used in answers, URLs and i18n keys. */
	id: string;
	label: LocalText;
	hint?: LocalText;
}

export interface Region {
	id: string;
	label: LocalText;
	/** Shown under the option (e.g. what a merger means). */
	hint?: LocalText;
	/** The first day the region exists (YYYY-MM-DD), when it is new. */
	from?: string;
	/** The last day the region exists, when it has ended. */
	until?: string;
	/** The region it became part of (with `until`). */
	mergedInto?: string;
	/** Where the change is decided (with `from`, `until`). */
	source?: Source;
}

export interface SiteCaveat {
	id:
		| 'pending_designation'
		| 'longer_horizon'
		| 'co_applicants'
		| 'location_estimate'
		| 'long_term_focus';
	text: LocalText;
	source: Source;
}

export interface Site {
	id: string;
	kind: SiteKind;
	name: LocalText;
	municipality: string;
	coApplicants: string[];
	/** Region id (see regions data). */
	region: string;
	/** Id of the erhvervshus that covers the municipality. */
	erhvervshus: string;
	location: {
		lat: number;
		lng: number;
		/** `estimate` when the designated area or its coordinates are not confirmed by a source. */
		confidence: 'estimate' | 'source';
		basis: LocalText;
		source: Source;
	};
	/** The brochure's own focus text, summarised in our words. */
	focus: LocalText;
	focusSource: Source;
	/** Sector ids the site targets. `partialSectors` are named but only in the longer term. */
	sectors: string[];
	partialSectors: string[];
	land: {
		totalHa: number;
		newPlotsHa: number;
		/** True when the source says "ca." (approximately) about the new plots. */
		approximate: boolean;
		/** True when the source says "ca." about the total (the brochure does for Aalborg and Kerteminde). */
		totalApproximate?: boolean;
		source: Source;
	};
	facilities: Partial<Record<FacilityId, FacilityFact>>;
	/**
	 * Earliest start the sources support: `pending` = designation not final; `longer` = longer time horizon; `unknown`
	 * otherwise. `note` says what the sources say about when new plots can be built on.
	 */
	timing: { status: 'unknown' | 'longer' | 'pending'; note?: LocalText; source?: Source };
	caveats: SiteCaveat[];
	/** The official way in for a company: the park's own page or the municipality's business service. */
	contact?: SiteContact;
	/** Dated news that can change a decision (progress, delays, other users of the land), newest first. */
	updates?: SiteUpdate[];
}

export interface SiteContact {
	organisation: LocalText;
	url: string;
	/** Only a general number or mailbox that the source prints; never a person's. */
	phone?: string;
	email?: string;
	source: Source;
}

export interface SiteUpdate {
	text: LocalText;
	source: Source;
}

export interface Erhvervshus {
	id: string;
	name: LocalText;
	/** Seat of the main office. */
	seat: string;
	branches: string[];
	source: Source;
	/** The municipalities (kommunekoder) it covers, where a source says so. */
	covers?: { municipalities: string[]; source: Source };
	/**
	 * How to reach it, as a page of its own prints it: its website, and only a general number or mailbox (never a
	 * person's); at least one of the three.
	 */
	contact?: { url?: string; phone?: string; email?: string; source: Source };
}

export interface Fyrtaarn {
	id: string;
	name: LocalText;
	region: string;
	focus: LocalText;
	lead: LocalText;
	/** Sector ids it is relevant to. */
	sectors: string[];
	source: Source;
}

/** A support scheme or help offer. `rule` names the domain rule that decides whether it applies. */
export interface Scheme {
	id: string;
	rule:
		| 'eifo_green_production'
		| 'invest_in_denmark'
		| 'erhvervshus'
		| 'nzia_strategic'
		| 'crma_strategic';
	name: LocalText;
	provider: LocalText;
	scope: LocalText;
	/** The scheme's state when a source says so: `closed` = no round open for applications. */
	status?: { state?: 'open' | 'closed'; text: LocalText; checkedOn: IsoDate; source: Source };
	url?: string;
	sources: Source[];
}

export interface OneStopShopInfo {
	name: LocalText;
	provider: LocalText;
	openedText: LocalText;
	offers: { id: string; text: LocalText }[];
	url?: string;
	sources: Source[];
}

/** A short dated statement with its source. */
export interface SourcedText {
	id: string;
	text: LocalText;
	source: Source;
}

/** What a company that needs a large grid connection should know and do first (shown when power is a requirement). */
export interface GridInfo {
	facts: SourcedText[];
	/** In order. Advice that rests on no single source has none. */
	steps: { id: string; text: LocalText; source?: Source }[];
}

/**
 * What the guide knows about one municipality's business land and business service. Only municipalities with a
 * sourced page are listed; for the others the result says that the guide has not found one.
 */
export interface MunicipalBusiness {
	/** Kommunekode, as in municipalities.json (e.g. "615"). */
	id: string;
	/** The municipality's own page about business plots (erhvervsgrunde); the source is the page itself. */
	businessLand?: Source & { url: string };
	/** The municipality's business service. `url` only when it is the service's own home or contact page. */
	businessService?: {
		organisation: LocalText;
		url?: string;
		phone?: string;
		email?: string;
		source: Source;
	};
}

export interface DataMeta {
	/** The date the content as a whole was last checked against its sources. */
	checkedOn: IsoDate;
}

export interface Content {
	meta: DataMeta;
	sectors: Sector[];
	regions: Region[];
	sites: Site[];
	erhvervshuse: Erhvervshus[];
	fyrtaarne: Fyrtaarn[];
	schemes: Scheme[];
	oneStopShop: OneStopShopInfo;
	grid: GridInfo;
	municipalBusiness: MunicipalBusiness[];
}
