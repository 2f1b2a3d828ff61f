// What the guide needs up front: the option ids a link's answers may name, and the date the data was checked. The
// options' texts load with the questions' texts (question-content.ts): out of the first page load, about 1.6 KB gzip
// (`npm run size`, 2026-12-07).
import meta from './content/meta.json';
import type { DataMeta } from '../domain/types';
import type { OptionSource } from '../domain/validate';

export const dataMeta = meta as DataMeta;

/**
 * The sector and region ids, as the link contract knows them (public: a link names them for years). A unit test holds
 * them equal to the ids in content/sectors.json and content/regions.json.
 */
export const optionSource: OptionSource = {
	sectors: [
		'wind_offshore',
		'hydrogen_ptx',
		'ccus_energy',
		'green_tech',
		'life_science',
		'biosolutions',
		'food_tech',
		'agro_industry',
		'defence_aerospace',
		'maritime',
		'circular_recycling',
		'heavy_industry',
		'transport_logistics',
		'other'
	],
	regions: ['nordjylland', 'midtjylland', 'syddanmark', 'sjaelland', 'hovedstaden', 'oestdanmark']
};
