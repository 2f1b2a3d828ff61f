// Map test helpers: the map's texts straight from a translation bundle, and a stand-in outline of Denmark.
import { mapTexts } from '../../src/ui/map/map-texts';
import type { DenmarkOutline, SiteMapTexts } from '../../src/ui/map/map-types';

/** Texts straight from the bundle (map.da.json / map.en.json), as the app would get them from i18next. */
export function mapTextsFrom(bundle: object): SiteMapTexts {
	return mapTexts(
		(key) =>
			key
				.split('.')
				.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle) as string
	);
}

/**
 * A small square "Denmark" (and a square "Bornholm") instead of the build-time outline: enough to exercise the
 * outline layer and the fitted bounds, independent of the Vite plugin and of world-atlas.
 */
export const squareDenmark: DenmarkOutline = {
	type: 'Feature',
	properties: {
		name: 'Denmark',
		isoNumeric: '208',
		source: { title: 't', url: 'https://example.org', licence: 'PD', precision: 3 }
	},
	geometry: {
		type: 'MultiPolygon',
		coordinates: [
			[
				[
					[8.1, 54.6],
					[12.6, 54.6],
					[12.6, 57.7],
					[8.1, 57.7],
					[8.1, 54.6]
				]
			],
			[
				[
					[14.7, 55.0],
					[15.1, 55.0],
					[15.1, 55.3],
					[14.7, 55.3],
					[14.7, 55.0]
				]
			]
		]
	}
};
