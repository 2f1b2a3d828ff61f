// <industripark-guide>: the guide as a web component, for host pages such as Virksomhedsguiden. The same App as the
// guide's own page, mounted in a shadow root so that the host's CSS cannot reach in and the guide's cannot leak
// out. Its stylesheet is a separate file next to this script (the embed build rewrites it for the shadow root:
// see scripts/postcss-shadow-scope.ts); the fonts are registered with the document through the FontFace API,
// because @font-face rules inside a shadow root are ignored by browsers.
//
// Attributes (all optional; changing one after load takes effect):
//   lang       da | en
//   prefill    answers as a query string in the link contract (v=1&project_type=expand…)
//   variant    space-separated: compact, no-map
//   map-tiles  a tile URL template for the map (https, with {z}/{x}/{y}); without it the map needs no network
//   map-tiles-attribution  the attribution the tile provider's terms require (needed with map-tiles)
//   base-url   where the guide's files are (its stylesheet and fonts); default: next to this script
//   state      param (default: the guide's state in one query parameter) | hash (the step in the hash) | none
//   param      the query parameter's name for state="param"; default "ipg", or "ipg-<id>" when the element has an id
import './element.scss';
import '../styles/main.scss';
import '../styles/app.scss';
import { startGuide, type StartedGuide } from '../ui/shell/start-guide';
import { optionSource } from '../data/options';
import { decodeLink, stepFromHash, type DecodedLink } from '../domain/url-codec';
import { prefillParts } from './prefill';
import { isLang, type Lang } from '../i18n/i18n.svelte';
import { hashAddress, isParamName, paramAddress } from '../browser/embed-address';
import type { Address } from '../browser/url-sync';
import { isReturnVisit } from '../browser/navigation';
import { DOM_EVENT_NAMES, type HostEvent } from '../browser/host-event-types';
import { loadFonts } from './fonts';
import { tilesFromEnv } from '../ui/map/tile-config';

export const TAG = 'industripark-guide';
const VARIANTS = ['compact', 'no-map'] as const;
type Variant = (typeof VARIANTS)[number];

/** Where this script was loaded from: the default base for the stylesheet and fonts. */
const scriptBase = new URL(/* @vite-ignore */ './', import.meta.url).href;

/** A problem with an attribute: said once in the console for the host's developers; the guide goes on. */
function warn(message: string): void {
	console.warn(`<${TAG}>: ${message}`);
}

function baseUrlOf(value: string | null): string {
	if (!value) return scriptBase;
	try {
		const url = new URL(value, document.baseURI);
		if (url.protocol === 'https:' || url.protocol === 'http:')
			return url.href.endsWith('/') ? url.href : `${url.href}/`;
	} catch {
		// reported below
	}
	warn(`base-url="${value}" is not an http(s) address; using ${scriptBase}.`);
	return scriptBase;
}

export class IndustriparkGuideElement extends HTMLElement {
	static observedAttributes = [
		'lang',
		'prefill',
		'variant',
		'map-tiles',
		'map-tiles-attribution',
		'base-url',
		'state',
		'param',
		'id'
	];

	#root: ShadowRoot;
	#guide: StartedGuide | undefined;
	#connected = false;

	constructor() {
		super();
		this.#root = this.attachShadow({ mode: 'open' });
	}

	connectedCallback(): void {
		this.#connected = true;
		this.#render();
	}

	disconnectedCallback(): void {
		this.#connected = false;
		this.#destroy();
	}

	attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
		if (!this.#connected || oldValue === value) return;
		// A language change keeps the answers and the page; anything else starts the guide afresh with the new setting.
		if (name === 'lang') this.#guide?.setLang(this.#lang());
		else this.#render(name === 'prefill');
	}

	#lang(): Lang {
		const value = this.getAttribute('lang');
		if (value === null || value === '') return 'da';
		if (isLang(value)) return value;
		warn(`lang="${value}" is not supported (da or en); using da.`);
		return 'da';
	}

	#variants(): Set<Variant> {
		const tokens = (this.getAttribute('variant') ?? '').split(/\s+/).filter((t) => t !== '');
		const known = new Set<Variant>();
		for (const token of tokens) {
			if ((VARIANTS as readonly string[]).includes(token)) known.add(token as Variant);
			else warn(`variant "${token}" is not known (${VARIANTS.join(', ')}); ignored.`);
		}
		return known;
	}

	#address(): Address | undefined {
		const state = this.getAttribute('state') ?? 'param';
		if (state === 'none') return undefined;
		if (state === 'hash') return hashAddress;
		if (state !== 'param') warn(`state="${state}" is not known (param, hash, none); using param.`);
		const fallback = this.id && isParamName(`ipg-${this.id}`) ? `ipg-${this.id}` : 'ipg';
		const name = this.getAttribute('param') ?? fallback;
		if (isParamName(name)) return paramAddress(name);
		warn(`param="${name}" is not a usable parameter name; using ${fallback}.`);
		return paramAddress(fallback);
	}

	/**
	 * The answers to start from. On load the guide's own state in the address wins over the prefill attribute (a
	 * reload must not lose the user's answers); a prefill set later by the host wins over both.
	 */
	#link(
		address: Address | undefined,
		preferPrefill: boolean
	): {
		link: DecodedLink | undefined;
		step: ReturnType<Address['read']>['step'];
		/** The answers are the guide's own state from the address, not the prefill. */
		own: boolean;
	} {
		const own = preferPrefill ? undefined : address?.read(window.location);
		if (own?.present && address?.keepsAnswers) {
			return { link: decodeLink(own.query, optionSource), step: own.step, own: true };
		}
		const prefill = prefillParts(this.getAttribute('prefill') ?? '');
		return {
			link: prefill.query ? decodeLink(prefill.query, optionSource) : undefined,
			// A whole link's "#results" is where it opens, unless the guide's own address says where it was.
			step: own?.step ?? stepFromHash(prefill.hash),
			own: false
		};
	}

	#render(preferPrefill = false): void {
		// Started again with a new setting: the journey so far was reported already.
		const again = this.#guide !== undefined;
		this.#destroy();
		const base = baseUrlOf(this.getAttribute('base-url'));
		loadFonts(base);
		const variants = this.#variants();
		const address = this.#address();
		const { link, step, own } = this.#link(address, preferPrefill);

		const sheet = document.createElement('link');
		sheet.rel = 'stylesheet';
		sheet.href = new URL('industripark-guide.css', base).href;
		const wrapper = document.createElement('div');
		wrapper.className = ['ipg-root', ...[...variants].map((v) => `ipg-${v}`)].join(' ');
		// Hidden until the stylesheet has arrived (or failed): no flash of unstyled content.
		wrapper.hidden = true;
		const show = () => (wrapper.hidden = false);
		sheet.addEventListener('load', show, { once: true });
		sheet.addEventListener(
			'error',
			() => {
				warn(
					`the stylesheet ${sheet.href} could not be loaded; check base-url and the Content-Security-Policy.`
				);
				show();
			},
			{ once: true }
		);
		this.#root.replaceChildren(sheet, wrapper);

		const tileUrl = this.getAttribute('map-tiles');
		const tiles = tileUrl
			? tilesFromEnv({
					VITE_MAP_TILE_URL: tileUrl,
					VITE_MAP_TILE_ATTRIBUTION: this.getAttribute('map-tiles-attribution') ?? ''
				})
			: undefined;
		if (tileUrl && !tiles)
			warn(
				'map-tiles needs an https URL with {z}, {x} and {y}, and map-tiles-attribution; the map stays offline.'
			);
		// Its own state in the address after a reload, back/forward or a new setting: the journey goes on, and the
		// answers are the user's own, not "from the link" (as in src/main.ts).
		const resumed = own && (again || isReturnVisit());
		this.#guide = startGuide(wrapper, {
			lang: link?.lang && !this.hasAttribute('lang') ? link.lang : this.#lang(),
			link: resumed && link ? { ...link, prefilled: false } : link,
			step,
			address,
			standalone: false,
			ownsDocument: false,
			guideUrl: new URL('index.html', new URL('../', base)).href,
			showMap: !variants.has('no-map'),
			mapTiles: tiles,
			resumed,
			onevent: (event: HostEvent) => {
				this.dispatchEvent(
					new CustomEvent(DOM_EVENT_NAMES[event.name], {
						detail: event,
						bubbles: true,
						composed: true
					})
				);
			}
		});
	}

	#destroy(): void {
		this.#guide?.stop();
		this.#guide = undefined;
		this.#root.replaceChildren();
	}
}

if (!customElements.get(TAG)) customElements.define(TAG, IndustriparkGuideElement);
