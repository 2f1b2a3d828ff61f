// The only module that imports Leaflet. It turns app commands (setSites, highlight, setOrigin) into map calls and map
// events into plain callbacks (onSelect, onPick); the rest of the app sees only the types in map-types.ts.
// It is loaded lazily by SiteMap.svelte, so Leaflet and its CSS stay out of the initial bundle.
import * as L from 'leaflet';
import { DENMARK_BOUNDS, roundPoint } from '../../domain/geo';
import 'leaflet/dist/leaflet.css';
import './site-map.css';
import type {
	DenmarkOutline,
	LatLng,
	MapFit,
	MapSite,
	SiteMapHandle,
	SiteMapOptions
} from './map-types';

/**
 * Every site is a real DOM marker: a focusable button (Tab, Enter/Space opens its popup) with its name and fit as its
 * accessible name. Measured with `npm run bench:map` (headless Chromium, 2 cores, 1024×768 map, 2026-11-29): 11 sites
 * ~0.1 s to first render, 1,000 sites ~0.55–0.6 s. The guide has 11 parks and will have at most a few hundred
 * business areas, so no canvas mode and no clustering (which would hide sites behind clusters a keyboard user must
 * open one by one).
 */

/** Denmark incl. Bornholm, used when no outline is given. */
const DENMARK = L.latLngBounds(
	[DENMARK_BOUNDS.south, DENMARK_BOUNDS.west],
	[DENMARK_BOUNDS.north, DENMARK_BOUNDS.east]
);

const FIT_GLYPH: Record<MapFit | 'none', string> = {
	good: '✓',
	unclear: '?',
	partial: '!',
	cannot: '✕',
	none: ''
};

/** Marker diameter in px: its area grows with the new building plots (sqrt of ha), between a floor and a cap. */
export function markerDiameter(newPlotsHa: number | undefined): number {
	if (newPlotsHa === undefined || !Number.isFinite(newPlotsHa) || newPlotsHa <= 0) return 20;
	return Math.round(Math.min(44, Math.max(20, 2 * Math.sqrt(newPlotsHa))));
}

/** Escapes text for the few Leaflet APIs that only take HTML strings (attribution). */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function fitOf(site: MapSite): MapFit | 'none' {
	return site.fit ?? 'none';
}

export function createSiteMap(options: SiteMapOptions): SiteMapHandle {
	const { container, texts, reducedMotion } = options;
	const animate = !reducedMotion;

	const map = L.map(container, {
		zoomControl: false,
		attributionControl: true,
		zoomAnimation: animate,
		fadeAnimation: animate,
		markerZoomAnimation: animate,
		inertia: animate,
		minZoom: 5,
		maxZoom: options.tiles ? (options.tiles.maxZoom ?? 18) : 12,
		zoomSnap: 0.25
	});
	if (reducedMotion) {
		// Popups' auto-pan, keyboard panning and panTo all go through panBy; forcing animate: false here makes every pan
		// on this map instant, which Leaflet has no single option for.
		const panBy = map.panBy.bind(map);
		map.panBy = (offset, panOptions) => panBy(offset, { ...panOptions, animate: false });
	}
	L.control
		.zoom({ position: 'topright', zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut })
		.addTo(map);
	// Leaflet's default prefix links to leafletjs.com with a flag icon; the guide links nowhere unasked.
	map.attributionControl.setPrefix(false);

	// The focusable map surface (arrow keys pan, +/− zoom) gets a role so it may carry a name with the key hints.
	container.setAttribute('role', 'group');
	container.setAttribute('aria-label', texts.keyboardHint);

	const bounds = options.outline
		? addOutline(map, options.outline, texts.outlineAttribution)
		: DENMARK;
	if (options.tiles) {
		const { url, attribution, attributionUrl, maxZoom } = options.tiles;
		const text = escapeHtml(attribution);
		L.tileLayer(url, {
			attribution: attributionUrl ? `<a href="${escapeHtml(attributionUrl)}">${text}</a>` : text,
			maxZoom: maxZoom ?? 18
		}).addTo(map);
	}
	map.fitBounds(bounds, { animate: false, padding: [8, 8] });
	map.setMaxBounds(bounds.pad(0.5));

	const legendBox = el('div', 'site-map-legend');
	options.legendContainer.replaceChildren(legendBox);

	const siteLayer = L.layerGroup().addTo(map);
	let sites: readonly MapSite[] = [];
	/** The last drawn sites as JSON: a parent that passes an equal new array must not rebuild (and lose focus). */
	let drawn = '';
	let layers = new Map<string, L.Marker>();
	let highlighted: string | undefined;
	let origin: L.Marker | undefined;
	/** The marker whose popup the keyboard opened, so focus can return to it when the popup closes. */
	let keyboardOpened: HTMLElement | undefined;
	/** The marker on which Enter or Space was pressed: its popup is about to open. */
	let pendingKeyboardOpen: HTMLElement | undefined;

	function buildPopup(site: MapSite): HTMLElement {
		const box = el('div', 'site-popup');
		const heading = el('h3', 'site-popup__name', site.name);
		heading.tabIndex = -1;
		box.append(heading);
		if (site.best) box.append(el('p', 'site-popup__best', texts.best));
		if (site.fitLabel) {
			const fit = el('p', `site-popup__fit site-popup__fit--${fitOf(site)}`);
			const glyph = el('span', 'site-popup__glyph', FIT_GLYPH[fitOf(site)]);
			glyph.setAttribute('aria-hidden', 'true');
			fit.append(glyph, document.createTextNode(` ${site.fitLabel}`));
			box.append(fit);
		}
		if (site.estimate) box.append(el('p', 'site-popup__estimate', texts.estimate));
		if (site.focus) box.append(el('p', 'site-popup__focus', site.focus));
		if (site.facts && site.facts.length > 0) {
			const list = el('dl', 'site-popup__facts');
			for (const fact of site.facts)
				list.append(el('dt', undefined, fact.label), el('dd', undefined, fact.value));
			box.append(list);
		}
		if (site.distanceText) box.append(el('p', 'site-popup__distance', site.distanceText));
		const button = el('button', 'button button-secondary site-popup__card', texts.showCard);
		button.type = 'button';
		button.addEventListener('click', () => options.onSelect(site.id));
		box.append(button);
		return box;
	}

	function accessibleName(site: MapSite): string {
		return [
			site.name,
			site.best ? texts.best : undefined,
			site.fitLabel,
			site.estimate ? texts.estimate : undefined
		]
			.filter(Boolean)
			.join('. ');
	}

	function domMarker(site: MapSite): L.Marker {
		const d = markerDiameter(site.newPlotsHa);
		const fit = fitOf(site);
		const face = el('span', 'site-marker__face');
		face.setAttribute('aria-hidden', 'true');
		face.textContent = FIT_GLYPH[fit];
		const icon = L.divIcon({
			className: `site-marker site-marker--${fit}${site.estimate ? ' site-marker--estimate' : ''}${site.best ? ' site-marker--best' : ''}`,
			html: face,
			iconSize: [d, d],
			iconAnchor: [d / 2, d / 2],
			popupAnchor: [0, -d / 2]
		});
		const marker = L.marker([site.lat, site.lng], {
			icon,
			// The best match above the parks near it (a highlighted one goes higher still: applyHighlight).
			zIndexOffset: site.best ? 500 : 0,
			keyboard: true,
			title: site.name,
			riseOnHover: true
		});
		marker.on('add', () => {
			const node = marker.getElement();
			if (!node) return;
			node.setAttribute('aria-label', accessibleName(site));
			node.dataset['siteId'] = site.id;
			// Leaflet opens the popup on Enter (keypress); role="button" also promises Space.
			node.addEventListener('keydown', (e) => {
				if (e.key === 'Enter' || e.key === ' ') pendingKeyboardOpen = node;
				if (e.key === ' ') {
					e.preventDefault();
					marker.openPopup();
				}
			});
		});
		marker.bindPopup(() => buildPopup(site), { autoPanPadding: [16, 16] });
		return marker;
	}

	function renderLegend(): void {
		legendBox.replaceChildren();
		legendBox.append(el('p', 'site-map-legend__title', texts.legendTitle));
		const list = el('ul', 'site-map-legend__list nobullet-list');
		/** One key: its swatch (hidden from screen readers: the words say it) and its words. */
		const key = (swatchClass: string, text: string, glyph?: string) => {
			const item = el('li', 'site-map-legend__item');
			const swatch = el('span', swatchClass, glyph);
			swatch.setAttribute('aria-hidden', 'true');
			item.append(swatch, document.createTextNode(` ${text}`));
			list.append(item);
		};
		const present = new Set(sites.map(fitOf));
		const order: (MapFit | 'none')[] = ['good', 'unclear', 'partial', 'cannot', 'none'];
		for (const fit of order)
			if (present.has(fit))
				key(`site-map-legend__swatch site-marker--${fit}`, texts.legend[fit], FIT_GLYPH[fit]);
		if (sites.some((s) => s.best))
			key('site-map-legend__swatch site-map-legend__swatch--best', texts.best);
		if (sites.some((s) => s.estimate))
			key('site-map-legend__swatch site-map-legend__swatch--estimate', texts.legendEstimate);
		// Where the company is: named in the legend, not by a label on the map, which would cover the parks near it.
		if (origin) key('site-map-legend__origin origin-marker__face', texts.origin);
		list.append(el('li', 'site-map-legend__item site-map-legend__size', texts.legendSize));
		legendBox.append(list);
	}

	function applyHighlight(): void {
		for (const [id, layer] of layers) {
			const on = id === highlighted;
			layer.getElement()?.classList.toggle('site-marker--highlight', on);
			layer.setZIndexOffset(on ? 1000 : sites.find((s) => s.id === id)?.best ? 500 : 0);
		}
	}

	map.on('popupopen', (e) => {
		const content = e.popup.getElement();
		// Leaflet's close button is labelled in English; give it the guide's text.
		content
			?.querySelector('.leaflet-popup-close-button')
			?.setAttribute('aria-label', texts.closePopup);
		if (pendingKeyboardOpen) {
			keyboardOpened = pendingKeyboardOpen;
			content?.querySelector<HTMLElement>('.site-popup__name')?.focus();
		}
		pendingKeyboardOpen = undefined;
	});
	map.on('popupclose', () => {
		const back = keyboardOpened;
		keyboardOpened = undefined;
		back?.focus();
	});
	container.addEventListener('keydown', (e) => {
		if (e.key === 'Escape' && container.querySelector('.leaflet-popup')) {
			e.stopPropagation();
			map.closePopup();
		}
	});
	map.on('click', (e: L.LeafletMouseEvent) => {
		if (!options.onPick) return;
		// A click is no more precise than ~10 m at any zoom the guide offers.
		const point = roundPoint(e.latlng);
		options.onPick(
			point,
			options.outline ? inOutline(options.outline, point) : DENMARK.contains(e.latlng)
		);
	});

	return {
		setSites(next) {
			const signature = JSON.stringify(next);
			if (signature === drawn) return;
			drawn = signature;
			sites = next;
			map.closePopup();
			siteLayer.clearLayers();
			layers = new Map();
			for (const site of next) {
				const layer = domMarker(site);
				layers.set(site.id, layer);
				siteLayer.addLayer(layer);
			}
			renderLegend();
			applyHighlight();
		},
		highlight(id) {
			highlighted = id;
			applyHighlight();
			const layer = id === undefined ? undefined : layers.get(id);
			if (layer) map.panInside(layer.getLatLng(), { padding: [48, 48], animate });
		},
		focusSite(id) {
			layers.get(id)?.getElement()?.focus({ preventScroll: true });
		},
		setOrigin(point: LatLng | undefined) {
			origin?.remove();
			origin = undefined;
			if (point) {
				const face = el('span', 'origin-marker__face');
				face.setAttribute('aria-hidden', 'true');
				const icon = L.divIcon({
					className: 'origin-marker',
					html: face,
					iconSize: [18, 18],
					iconAnchor: [9, 9]
				});
				origin = L.marker([point.lat, point.lng], {
					icon,
					keyboard: false,
					interactive: false,
					zIndexOffset: 2000
				});
				origin.addTo(map);
				const node = origin.getElement();
				node?.setAttribute('role', 'img');
				node?.setAttribute('aria-label', texts.origin);
			}
			renderLegend();
		},
		destroy() {
			map.off();
			map.remove();
			container.removeAttribute('role');
			container.removeAttribute('aria-label');
			legendBox.remove();
		}
	};
}

/** Whether a point lies on land in the outline (ray casting over every ring: a hole or a lake counts as outside). */
export function inOutline(outline: DenmarkOutline, p: LatLng): boolean {
	let inside = false;
	for (const polygon of outline.geometry.coordinates)
		for (const ring of polygon)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i] as [number, number];
				const [xj, yj] = ring[j] as [number, number];
				if (yi > p.lat !== yj > p.lat && p.lng < ((xj - xi) * (p.lat - yi)) / (yj - yi) + xi)
					inside = !inside;
			}
	return inside;
}

/** Draws the offline outline of Denmark and returns its bounds. Not interactive, so clicks reach the map. */
function addOutline(map: L.Map, outline: DenmarkOutline, attribution: string): L.LatLngBounds {
	const layer = L.geoJSON(outline as GeoJSON.Feature, {
		interactive: false,
		attribution: escapeHtml(attribution),
		style: {
			className: 'denmark-outline',
			color: '#4d4d4d',
			weight: 1,
			fillColor: '#f2f2f2',
			fillOpacity: 1
		}
	}).addTo(map);
	// Decoration behind the markers (which carry the names): Chromium exposed its SVG as an image without a name. The
	// drawing exists once the map has its first view (after the layers added before it, hence whenReady).
	map.whenReady(() => {
		for (const drawing of map.getPanes().overlayPane.querySelectorAll('svg, canvas'))
			drawing.setAttribute('aria-hidden', 'true');
	});
	return layer.getBounds();
}
