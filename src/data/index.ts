// The guide's content, assembled from src/data/content/*.json. Validation happens at build time
// (scripts/vite-plugin-content.ts) and in tests/unit/data-schema.test.ts, so zod stays out of the bundle.
import type { Content } from '../domain/types';
import meta from './content/meta.json';
import sectors from './content/sectors.json';
import regions from './content/regions.json';
import sites from './content/sites.json';
import erhvervshuse from './content/erhvervshuse.json';
import fyrtaarne from './content/fyrtaarne.json';
import schemes from './content/schemes.json';
import oneStopShop from './content/one-stop-shop.json';
import grid from './content/grid.json';
import municipalBusiness from './content/municipal-business.json';

export const content: Content = {
	meta,
	sectors,
	regions: regions as Content['regions'],
	sites: sites as Content['sites'],
	erhvervshuse: erhvervshuse as Content['erhvervshuse'],
	fyrtaarne: fyrtaarne as Content['fyrtaarne'],
	schemes: schemes as Content['schemes'],
	oneStopShop: oneStopShop as Content['oneStopShop'],
	grid: grid as Content['grid'],
	municipalBusiness: municipalBusiness as Content['municipalBusiness']
};
