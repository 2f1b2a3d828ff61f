import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSiteMap, inOutline, markerDiameter } from '../../src/ui/map/leaflet-adapter';
import type {
	MapSite,
	SiteMapHandle,
	SiteMapOptions,
	SiteMapTexts
} from '../../src/ui/map/map-types';
import mapDa from '../../src/i18n/map.da.json';
import { syntheticMapSites } from '../builders/synthetic-sites';
import { mapTextsFrom, squareDenmark } from '../builders/map';

// jsdom has no layout and no canvas: give the container a size and the canvas a context that draws nothing, so Leaflet
// can run its real code paths (DOM markers, popups, the canvas renderer for the outline).
function noopContext(): CanvasRenderingContext2D {
	return new Proxy({} as CanvasRenderingContext2D, {
		get: (target, key) => (key in target ? target[key as keyof typeof target] : () => undefined),
		set: () => true
	});
}

const texts: SiteMapTexts = mapTextsFrom(mapDa);
const outline = squareDenmark;

const esbjerg: MapSite = {
	id: 'esbjerg',
	name: 'Industripark Esbjerg',
	lat: 55.45,
	lng: 8.475,
	newPlotsHa: 118,
	fit: 'good',
	fitLabel: 'God match',
	estimate: true,
	focus: 'Tung industri',
	facts: [{ label: 'Nye grunde', value: '118 ha' }]
};
const skive: MapSite = {
	id: 'skive',
	name: 'Skive',
	lat: 56.6453,
	lng: 8.9781,
	newPlotsHa: 56,
	fit: 'cannot',
	fitLabel: 'Passer ikke',
	estimate: false
};
const hostile: MapSite = {
	id: 'x',
	name: '<img src=x onerror="alert(1)">',
	lat: 55.5,
	lng: 10.4,
	estimate: false
};

let container: HTMLDivElement;
let legendContainer: HTMLDivElement;
let handle: SiteMapHandle | undefined;

function create(extra: Partial<SiteMapOptions> = {}): SiteMapHandle {
	handle = createSiteMap({
		container,
		texts,
		outline,
		onSelect: () => {},
		reducedMotion: true,
		legendContainer,
		...extra
	});
	return handle;
}

const markers = () => [...container.querySelectorAll<HTMLElement>('.site-marker')];
const markerOf = (id: string) =>
	container.querySelector<HTMLElement>(`.site-marker[data-site-id="${id}"]`);

beforeEach(() => {
	vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
		() => noopContext() as never
	);
	container = document.createElement('div');
	Object.defineProperty(container, 'clientWidth', { configurable: true, value: 800 });
	Object.defineProperty(container, 'clientHeight', { configurable: true, value: 600 });
	legendContainer = document.createElement('div');
	document.body.append(container, legendContainer);
});

afterEach(() => {
	handle?.destroy();
	handle = undefined;
	container.remove();
	legendContainer.remove();
	vi.restoreAllMocks();
});

describe('markerDiameter', () => {
	it('grows with the square root of the hectares, between a floor and a cap', () => {
		expect(markerDiameter(undefined)).toBe(20);
		expect(markerDiameter(0)).toBe(20);
		expect(markerDiameter(30)).toBe(20);
		expect(markerDiameter(118)).toBe(22);
		expect(markerDiameter(443)).toBe(42);
		expect(markerDiameter(696)).toBe(44);
		expect(markerDiameter(5000)).toBe(44);
		expect(markerDiameter(443)).toBeGreaterThan(markerDiameter(118));
	});
});

describe('createSiteMap', () => {
	it('draws one focusable button per site, named by site, fit and estimate', () => {
		create().setSites([esbjerg, skive]);
		expect(markers()).toHaveLength(2);
		const marker = markerOf('esbjerg')!;
		expect(marker.getAttribute('tabindex')).toBe('0');
		expect(marker.getAttribute('role')).toBe('button');
		expect(marker.getAttribute('aria-label')).toBe(
			'Industripark Esbjerg. God match. Placeringen er et skøn.'
		);
		// Fit is not colour alone: a glyph in the marker, plus the words in the name and the legend.
		expect(marker.textContent).toBe('✓');
		expect(marker.classList).toContain('site-marker--good');
		expect(marker.classList).toContain('site-marker--estimate');
		expect(markerOf('skive')!.textContent).toBe('✕');
		expect(markerOf('skive')!.classList).not.toContain('site-marker--estimate');
		// The area reflects the new plots: 118 ha gives a bigger marker than 56 ha.
		expect(marker.style.width).toBe('22px');
		expect(markerOf('skive')!.style.width).toBe('20px');
	});

	it('names the map surface and shows a legend with the fits in words', () => {
		create().setSites([esbjerg, skive]);
		expect(container.getAttribute('role')).toBe('group');
		expect(container.getAttribute('aria-label')).toBe(texts.keyboardHint);
		const legend = legendContainer.querySelector('.site-map-legend')!.textContent;
		expect(legend).toContain('God match');
		expect(legend).toContain('Passer ikke');
		expect(legend).not.toContain('Delvis match');
		expect(legend).toContain(texts.legendEstimate);
	});

	it('opens the popup with Enter, moves focus into it and builds it with text only', () => {
		const onSelect = vi.fn();
		create({ onSelect }).setSites([esbjerg, hostile]);
		const marker = markerOf('esbjerg')!;
		marker.focus();
		marker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		marker.dispatchEvent(
			new KeyboardEvent('keypress', { key: 'Enter', keyCode: 13, bubbles: true })
		);
		const popup = container.querySelector('.site-popup')!;
		expect(popup).not.toBeNull();
		expect(popup.querySelector('.site-popup__name')!.textContent).toBe('Industripark Esbjerg');
		expect(document.activeElement).toBe(popup.querySelector('.site-popup__name'));
		expect(popup.textContent).toContain('God match');
		expect(popup.textContent).toContain(texts.estimate);
		expect(popup.textContent).toContain('Tung industri');
		expect(popup.querySelector('dt')!.textContent).toBe('Nye grunde');
		expect(popup.querySelector('dd')!.textContent).toBe('118 ha');
		expect(container.querySelector('.leaflet-popup-close-button')!.getAttribute('aria-label')).toBe(
			'Luk oplysningerne om parken'
		);
		popup.querySelector('button')!.click();
		expect(onSelect).toHaveBeenCalledWith('esbjerg');

		// Escape closes the popup and gives focus back to the marker.
		container.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
		expect(container.querySelector('.site-popup')).toBeNull();
		expect(document.activeElement).toBe(marker);

		// Markup in data stays text.
		markerOf('x')!.dispatchEvent(
			new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true })
		);
		expect(container.querySelector('.site-popup img')).toBeNull();
		expect(container.querySelector('.site-popup__name')!.textContent).toBe(hostile.name);
	});

	it('opens the popup with Space too', () => {
		create().setSites([esbjerg]);
		markerOf('esbjerg')!.dispatchEvent(
			new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true })
		);
		expect(container.querySelector('.site-popup')).not.toBeNull();
	});

	it('keeps the markers (and the focus) when given equal sites again', () => {
		const map = create();
		map.setSites([esbjerg, skive]);
		const marker = markerOf('esbjerg')!;
		marker.focus();
		map.setSites(JSON.parse(JSON.stringify([esbjerg, skive])) as MapSite[]);
		expect(markerOf('esbjerg')).toBe(marker);
		expect(document.activeElement).toBe(marker);
		map.setSites([{ ...esbjerg, fit: 'partial', fitLabel: 'Delvis match' }, skive]);
		expect(markerOf('esbjerg')).not.toBe(marker);
		expect(markerOf('esbjerg')!.textContent).toBe('!');
	});

	it('highlights one site at a time and clears the highlight', () => {
		const map = create();
		map.setSites([esbjerg, skive]);
		map.highlight('skive');
		expect(markerOf('skive')!.classList).toContain('site-marker--highlight');
		map.highlight('esbjerg');
		expect(markerOf('skive')!.classList).not.toContain('site-marker--highlight');
		expect(markerOf('esbjerg')!.classList).toContain('site-marker--highlight');
		map.highlight(undefined);
		expect(container.querySelectorAll('.site-marker--highlight')).toHaveLength(0);
		map.highlight('no-such-site');
		expect(container.querySelectorAll('.site-marker--highlight')).toHaveLength(0);
	});

	it('tells a point inside the outline from one outside it, a hole counting as outside', () => {
		expect(inOutline(squareDenmark, { lat: 56, lng: 10 })).toBe(true);
		expect(inOutline(squareDenmark, { lat: 56, lng: 14 })).toBe(false);
		expect(inOutline(squareDenmark, { lat: 58, lng: 10 })).toBe(false);
		const withLake = structuredClone(squareDenmark);
		withLake.geometry.coordinates[0]!.push([
			[9.5, 55.5],
			[10.5, 55.5],
			[10.5, 56.5],
			[9.5, 56.5],
			[9.5, 55.5]
		]);
		expect(inOutline(withLake, { lat: 56, lng: 10 })).toBe(false);
		expect(inOutline(withLake, { lat: 57, lng: 10 })).toBe(true);
	});

	it("moves focus to a site's marker, and nowhere for an unknown site", () => {
		const map = create();
		map.setSites([esbjerg, skive]);
		map.focusSite('skive');
		expect(document.activeElement).toBe(markerOf('skive'));
		map.focusSite('no-such-site');
		expect(document.activeElement).toBe(markerOf('skive'));
	});

	it('shows and removes the "where you are today" marker', () => {
		const map = create();
		map.setOrigin({ lat: 55.68, lng: 12.57 });
		const origin = container.querySelector('.origin-marker')!;
		expect(origin.getAttribute('role')).toBe('img');
		expect(origin.getAttribute('aria-label')).toBe(texts.origin);
		expect(origin.getAttribute('tabindex')).toBeNull();
		// Named in the legend, not by a label on the map that would cover the parks near it.
		expect(container.querySelector('.leaflet-tooltip')).toBeNull();
		expect(legendContainer.textContent).toContain(texts.origin);
		map.setOrigin(undefined);
		expect(container.querySelector('.origin-marker')).toBeNull();
		expect(legendContainer.textContent).not.toContain(texts.origin);
	});

	it('reports a click on the map as a picked point, rounded to 4 decimals', () => {
		const onPick = vi.fn();
		create({ onPick });
		const pane = container.querySelector('.leaflet-map-pane')!;
		pane.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 400, clientY: 300 }));
		expect(onPick).toHaveBeenCalledTimes(1);
		const point = onPick.mock.calls[0]![0] as { lat: number; lng: number };
		expect(point.lat).toBeGreaterThan(54);
		expect(point.lat).toBeLessThan(58);
		expect(Math.round(point.lng * 1e4) / 1e4).toBe(point.lng);
		// With whether it lies in the outline.
		expect(onPick.mock.calls[0]![1]).toBe(inOutline(outline, point));
	});

	it('draws a focusable marker for every site and replaces sites on every call', () => {
		const map = create();
		map.setSites(syntheticMapSites(600));
		expect(markers()).toHaveLength(600);
		map.setSites([esbjerg]);
		expect(markers()).toHaveLength(1);
	});

	it('adds no tile layer by default and an escaped, attributed one when configured', () => {
		create();
		expect(container.querySelectorAll('.leaflet-tile-pane .leaflet-layer')).toHaveLength(0);
		expect(container.querySelector('.leaflet-control-attribution')!.textContent).toBe(
			texts.outlineAttribution
		);
		handle!.destroy();
		create({
			tiles: { url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '<b>© Example</b>' }
		});
		expect(container.querySelectorAll('.leaflet-tile-pane .leaflet-layer')).toHaveLength(1);
		const attribution = container.querySelector('.leaflet-control-attribution')!;
		expect(attribution.querySelector('b')).toBeNull();
		expect(attribution.textContent).toContain('<b>© Example</b>');
	});

	it('cleans up on destroy', () => {
		create().setSites([esbjerg]);
		handle!.destroy();
		handle = undefined;
		expect(container.querySelector('.leaflet-pane, .site-marker')).toBeNull();
		expect(legendContainer.querySelector('.site-map-legend')).toBeNull();
		expect(container.getAttribute('aria-label')).toBeNull();
	});
});
