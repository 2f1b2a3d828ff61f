import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SiteMap from '../../src/ui/map/SiteMap.svelte';
import { mapTextsFrom } from '../builders/map';
import mapDa from '../../src/i18n/map.da.json';

// The map's code fails to load or to start (e.g. a chunk blocked by the network): the page says so in words.
vi.mock('../../src/ui/map/leaflet-adapter', () => ({
	createSiteMap: () => {
		throw new Error('no map today');
	}
}));
vi.mock('../../src/ui/map/denmark-outline', () => ({ default: undefined }));

describe('SiteMap when the map cannot load', () => {
	it('shows the fallback message as an alert inside the named region', async () => {
		const texts = mapTextsFrom(mapDa);
		render(SiteMap, {
			label: mapDa.map.label,
			texts,
			loadingText: mapDa.map.loading,
			errorText: mapDa.map.error,
			sites: [],
			onselect: () => {}
		});
		expect(await screen.findByRole('alert')).toHaveTextContent('Kortet kunne ikke vises');
		expect(screen.getByRole('region', { name: 'Kort over parkerne' })).toBeInTheDocument();
		expect(screen.queryByRole('status')).toBeNull();
	});
});
