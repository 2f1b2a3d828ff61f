// The option lists' texts (the sectors and regions, with the dates a region is chosen under another name): shown on
// the question pages, the check page and the result, so they load with the questions' texts (QUESTION_TEXTS), not
// with the first page.
import regions from './content/regions.json';
import sectors from './content/sectors.json';
import type { Region, Sector } from '../domain/types';

export const questionContent = {
	sectors: sectors as Sector[],
	regions: regions as Region[]
};
