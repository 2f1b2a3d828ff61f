import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SiteMap from '../../src/ui/map/SiteMap.svelte';
import { mapTextsFrom } from '../builders/map';
import mapDa from '../../src/i18n/map.da.json';

// The map's code fails to load or to start the first time (e.g. a chunk blocked by the network), then works.
const attempts = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/ui/map/leaflet-adapter', () => ({
	createSiteMap: () => {
		if (attempts.count++ === 0) throw new Error('no map today');
		return { setSites() {}, highlight() {}, setOrigin() {}, destroy() {} };
	}
}));
vi.mock('../../src/ui/map/denmark-outline', () => ({ default: undefined }));

describe('SiteMap when the map cannot load', () => {
	it('says so as an alert inside the named region, and "Prøv igen" draws the map', async () => {
		const texts = mapTextsFrom(mapDa);
		render(SiteMap, {
			label: mapDa.map.label,
			texts,
			loadingText: mapDa.map.loading,
			errorText: mapDa.map.error,
			retryText: 'Prøv igen',
			sites: [],
			onselect: () => {}
		});
		expect(await screen.findByRole('alert')).toHaveTextContent(mapDa.map.error);
		expect(screen.getByRole('region', { name: mapDa.map.label })).toBeInTheDocument();
		expect(screen.queryByRole('status')).toBeNull();

		await userEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
		await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
		expect(screen.queryByRole('status')).toBeNull(); // drawn: no "loading" either
		expect(attempts.count).toBe(2);
	});
});
