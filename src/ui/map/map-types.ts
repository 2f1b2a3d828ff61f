// The map's small typed interface: the rest of the app talks to the map only through these types and never
// imports leaflet (that lives in leaflet-adapter.ts alone). Types only, so importing this file costs no bytes.

/** A point in WGS84 degrees. */
export interface LatLng {
	lat: number;
	lng: number;
}

/** How well a site fits the answers (mirrors `FitLevel` in src/domain/match-sites.ts). */
export type MapFit = 'good' | 'unclear' | 'partial' | 'cannot';

/** One fact row in a site's popup, already translated and formatted by the caller (e.g. "Nye grunde" / "118 ha"). */
export interface MapFact {
	label: string;
	value: string;
}

/**
 * One site as the map sees it. Every visible text is plain, already translated text: the adapter puts it into the
 * page with `textContent`, never as HTML, so data can never inject markup (and the strict CSP stays intact).
 */
export interface MapSite {
	/** The site's stable id (the same id as in sites.json, URLs and i18n keys). */
	id: string;
	name: string;
	lat: number;
	lng: number;
	/** New building plots in hectares; the marker's area grows with it. Absent = smallest marker. */
	newPlotsHa?: number;
	/** Fit after the questions; absent before (the marker is then neutral). */
	fit?: MapFit;
	/** The visible fit text, e.g. "Passer godt". Shown in the popup and read out with the marker. */
	fitLabel?: string;
	/** True when the location is our estimate, not a sourced point: drawn with a dashed outline and said in the popup. */
	estimate: boolean;
	/** The company's best match: drawn with a blue ring, said with its name and in the popup (review 21). */
	best?: boolean;
	/** The site's focus in one or two sentences. */
	focus?: string;
	/** Hectares, infrastructure and other facts, one row each, in the order given. */
	facts?: MapFact[];
	/** Distance from "where you are today", already formatted (e.g. "157 km i luftlinje"). */
	distanceText?: string;
}

/** The map's own texts (see src/i18n/map.da.json / map.en.json for the Danish and English wording). */
export interface SiteMapTexts {
	/** Accessible name of the keyboard-focusable map surface, with a short hint on how to use it. */
	keyboardHint: string;
	/** Said in the popup (and read with the marker) when `estimate` is true. */
	estimate: string;
	/** Said in the popup, read with the marker and named in the legend for the best match (`best`). */
	best: string;
	/** Button in the popup that shows the site's result card. */
	showCard: string;
	/** Label of the "where you are today" marker. */
	origin: string;
	/** Heading of the legend. */
	legendTitle: string;
	/** Legend text per fit level, plus `none` for sites without a fit (before the questions are answered). */
	legend: Record<MapFit | 'none', string>;
	/** Legend text for the dashed outline. */
	legendEstimate: string;
	/** Legend text for the marker size. */
	legendSize: string;
	/** Attribution of the offline outline (Natural Earth, public domain, via world-atlas). */
	outlineAttribution: string;
	/** Accessible name of the popup's close button (Leaflet's own is English). */
	closePopup: string;
	zoomIn: string;
	zoomOut: string;
}

/** An optional tile layer, switched on by configuration only (the default map makes no request to any other host). */
export interface TileConfig {
	/** URL template, e.g. `https://tile.example.org/{z}/{x}/{y}.png`. */
	url: string;
	/** Attribution as plain text (escaped before Leaflet sees it). */
	attribution: string;
	/** Optional link for the attribution text. */
	attributionUrl?: string;
	maxZoom?: number;
}

/** The offline outline of Denmark, as produced by scripts/vite-plugin-denmark.ts (`virtual:denmark-outline`). */
export interface DenmarkOutline {
	type: 'Feature';
	properties: {
		name: string;
		/** ISO 3166-1 numeric code, "208" for Denmark. */
		isoNumeric: string;
		source: {
			title: string;
			url: string;
			licence: string;
			/** Decimal places the coordinates were rounded to. */
			precision: number;
		};
	};
	geometry: {
		type: 'MultiPolygon';
		/** [polygon][ring][vertex] = [lng, lat], as in GeoJSON. */
		coordinates: [number, number][][][];
	};
}

export interface SiteMapOptions {
	/** The element the map is drawn into. It must have a size (CSS height). */
	container: HTMLElement;
	texts: SiteMapTexts;
	/** The offline base layer; without it the map has no background (tests pass a tiny outline). */
	outline?: DenmarkOutline;
	/** A tile layer to draw under the sites; absent by default (offline). */
	tiles?: TileConfig;
	/** The user asked for the result card of this site (the popup's button). */
	onSelect: (id: string) => void;
	/**
	 * A click on the map (not on a site), for picking "where you are today"; `inDenmark` is false for a point outside
	 * the outline of Denmark (or, without an outline, outside Denmark's bounding box).
	 */
	onPick?: (point: LatLng, inDenmark: boolean) => void;
	/** No animated pans, zooms or fades (from `prefers-reduced-motion: reduce`). */
	reducedMotion: boolean;
	/** Where the legend is drawn (below the map, where it never covers the map on a phone). */
	legendContainer: HTMLElement;
}

/** What the app can ask of a map once it exists. */
export interface SiteMapHandle {
	setSites(sites: readonly MapSite[]): void;
	/** Emphasise one site and pan to it (without animation under reduced motion); `undefined` clears. */
	highlight(id: string | undefined): void;
	/** Move keyboard focus to a site's marker (a button named with the site and its fit). */
	focusSite(id: string): void;
	/** Show (or, with `undefined`, hide) the "where you are today" marker. */
	setOrigin(point: LatLng | undefined): void;
	destroy(): void;
}
