// The small part of the content the questions need up front (option lists); the rest loads with the results.
import meta from './content/meta.json';
import regions from './content/regions.json';
import sectors from './content/sectors.json';
import type { DataMeta, Region, Sector } from '../domain/types';
import type { OptionSource } from '../domain/validate';

export const questionContent = {
	sectors: sectors as Sector[],
	regions: regions as Region[]
};

export const dataMeta = meta as DataMeta;

export const optionSource: OptionSource = {
	sectors: questionContent.sectors.map((s) => s.id),
	regions: questionContent.regions.map((r) => r.id)
};
