import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SiteMap from '../../src/ui/map/SiteMap.svelte';
import { mapTextsFrom } from '../builders/map';
import type { MapSite } from '../../src/ui/map/map-types';
import mapDa from '../../src/i18n/map.da.json';

// The outline is a build-time virtual module (scripts/vite-plugin-denmark.ts); a tiny stand-in keeps this test
// independent of the plugin and of world-atlas.
vi.mock('../../src/ui/map/denmark-outline', async () => ({
	default: (await import('../builders/map')).squareDenmark
}));

const texts = mapTextsFrom(mapDa);
const sites: MapSite[] = [
	{
		id: 'skive',
		name: 'Skive',
		lat: 56.6453,
		lng: 8.9781,
		newPlotsHa: 56,
		fit: 'good',
		fitLabel: 'God match',
		estimate: false
	},
	{
		id: 'esbjerg',
		name: 'Industripark Esbjerg',
		lat: 55.45,
		lng: 8.475,
		newPlotsHa: 118,
		estimate: true
	}
];

beforeEach(() => {
	// jsdom has no layout: give every element a size so Leaflet can fit Denmark into the map.
	vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
	vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
	vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
		() => new Proxy({}, { get: () => () => undefined, set: () => true }) as never
	);
});
afterEach(() => vi.restoreAllMocks());

describe('SiteMap', () => {
	it('is a named region that says it is loading, then shows the sites and forwards highlight changes', async () => {
		const onselect = vi.fn();
		const view = render(SiteMap, {
			label: mapDa.map.label,
			texts,
			loadingText: mapDa.map.loading,
			errorText: mapDa.map.error,
			retryText: 'Prøv igen',
			sites,
			onselect,
			reducedMotion: true
		});
		expect(screen.getByRole('region', { name: 'Kort over parkerne' })).toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent('Kortet indlæses');
		const marker = await screen.findByRole('button', { name: 'Skive. God match' });
		expect(screen.queryByRole('status')).toBeNull();
		expect(
			screen.getByRole('button', { name: `Industripark Esbjerg. ${texts.estimate}` })
		).toBeInTheDocument();

		await view.rerender({ highlightId: 'skive' });
		await waitFor(() => expect(marker).toHaveClass('site-marker--highlight'));
		await view.rerender({ origin: { lat: 56, lng: 10 } });
		await waitFor(() =>
			expect(screen.getByRole('img', { name: texts.origin })).toBeInTheDocument()
		);
	});
});
