// Presentation of domain results: criterion labels and explanations as text. The outcomes come from src/domain.
import type { I18n } from '../../i18n/i18n.svelte';
import { tiedWithBest, type CriterionResult, type SiteMatch } from '../../domain/match-sites';
import type { NextStep } from '../../domain/match-support';
import { joinList, labelList } from '../common/answer-text';
import { facilityLabel } from '../common/labels';
import type { Answers, Content, Erhvervshus, Site } from '../../domain/types';
import type { Change, WhatWouldChange } from '../../domain/what-would-change';
import type { ResolvedHome } from '../../domain/home';
import type { Municipality } from '../../data/municipalities-schema';
import { questionContent } from '../../data/question-content';
import { isoDay, regionOn } from '../../domain/regions';

/** The criteria of the given outcomes by name, one group per outcome that has any, e.g. "Opfyldt: Branche, Areal". */
export function criteriaByOutcome<O extends CriterionResult['outcome']>(
	i18n: I18n,
	criteria: readonly CriterionResult[],
	outcomes: readonly O[]
): { outcome: O; labels: string[] }[] {
	return outcomes
		.map((outcome) => ({
			outcome,
			labels: criteria.filter((c) => c.outcome === outcome).map((c) => criterionLabel(i18n, c))
		}))
		.filter((group) => group.labels.length > 0);
}

export function criterionLabel(i18n: I18n, c: CriterionResult): string {
	const id = c.criterion;
	if (id === 'sector' || id === 'land' || id === 'region' || id === 'timing')
		return i18n.t(`result.criterion.${id}`);
	return facilityLabel(i18n, id);
}

/** Sector names as a list; semicolons, because the names themselves contain "og"/"and". */
/**
 * The result in one line: the best park ("passer bedst"), or every park the answers cannot tell apart from it ("passer
 * lige godt", review 22, G4); "men kun delvist" unless all of them fit or may fit; "Af de statslige parker" for a few
 * hectares (the local route comes first). Undefined when no park fits.
 */
export function bestLine(
	i18n: I18n,
	fits: readonly SiteMatch[],
	small: boolean
): string | undefined {
	const [best] = fits;
	if (!best) return undefined;
	const all = [best, ...tiedWithBest(fits)];
	const fit = all.every((m) => m.fit === 'good' || m.fit === 'unclear') ? 'best' : 'closest';
	const key = `result.brief.${fit}${small ? '_park' : ''}${all.length > 1 ? '_tied' : ''}` as const;
	return all.length > 1
		? i18n.t(key, {
				sites: joinList(
					i18n,
					all.map((m) => siteName(i18n, m.site))
				)
			})
		: i18n.t(key, { site: siteName(i18n, best.site) });
}

export function sectorLabels(i18n: I18n, ids: string): string {
	return labelList(
		ids
			.split(',')
			.filter(Boolean)
			.map((id) => i18n.t(`content:sectors.${id}.label`))
	);
}

export function siteName(i18n: I18n, site: Site): string {
	return i18n.t(`content:sites.${site.id}.name`);
}

/**
 * The name of the region a place lies in on `today`, and the former one it was in, if that has ended: "Region
 * Østdanmark (som Region Sjælland nu er en del af)" for Næstved from 1 January 2027 – an old link's region is named so.
 */
export function regionLabel(i18n: I18n, id: string, today = isoDay(new Date())): string {
	const label = (region: string) => i18n.t(`content:regions.${region}.label`);
	const now = regionOn(id, questionContent.regions, today);
	return now === id
		? label(id)
		: i18n.t('result.region_former', { region: label(now), former: label(id) });
}

/**
 * An organisation's website as text, from the page a source cites on it: its host without "www." ("businessviborg.dk").
 * The cited page may be a news item or a statute; the site it is on is the organisation's way in.
 */
export function webAddress(href: string): string {
	return new URL(href).hostname.replace(/^www\./, '');
}

/** One way to reach an erhvervshus: its website, phone (with its label) or mailbox, as a link. */
export interface ContactPart {
	text: string;
	href: string;
	label?: string;
}

/** How to reach an erhvervshus, as its own page prints it: website, phone, mailbox (linked on screen, text on paper). */
export function houseContactParts(i18n: I18n, house: Erhvervshus): ContactPart[] {
	const c = house.contact;
	if (!c) return [];
	return [
		...(c.url ? [{ text: webAddress(c.url), href: c.url }] : []),
		...(c.phone
			? [
					{
						text: c.phone,
						href: `tel:${c.phone.replaceAll(' ', '')}`,
						label: i18n.t('result.site.contact_phone')
					}
				]
			: []),
		...(c.email ? [{ text: c.email, href: `mailto:${c.email}` }] : [])
	];
}

/** The front page of the site a cited page is on (see webAddress). */
export function website(href: string): string {
	return `${new URL(href).origin}/`;
}

export function hectares(i18n: I18n, value: number, approximate: boolean): string {
	return (approximate ? i18n.t('result.criterion.approx') : '') + i18n.number(value, 2);
}

/**
 * A distance in kilometres to a site as every part of the result writes it: one decimal under 10 km ("2,4"), whole
 * above, and "ca." when the site's location is an estimate (review 21: "34 km" looked exact beside "placeringen er et
 * skøn").
 */
export function kmText(i18n: I18n, km: number, site: Pick<Site, 'location'>): string {
	const approximate = site.location.confidence === 'estimate';
	return (approximate ? i18n.t('result.criterion.approx') : '') + i18n.number(km, km < 10 ? 1 : 0);
}

/** The explanation sentence for one criterion at one site. */
export function explain(i18n: I18n, site: Site, c: CriterionResult): string {
	const k = `result.criterion.${c.key}` as const;
	switch (c.criterion) {
		case 'sector':
			return i18n.t(k, {
				sectors: sectorLabels(i18n, String(c.params.sectors ?? '')),
				focus: sectorLabels(i18n, site.sectors.join(','))
			});
		case 'land':
			return i18n.t(k, {
				need: i18n.number(Number(c.params.need), 2),
				available: hectares(i18n, site.land.newPlotsHa, site.land.approximate)
			});
		case 'region':
			return i18n.t(k, { region: regionLabel(i18n, site.region) });
		case 'timing':
			return site.timing.note
				? `${i18n.t(k)} ${i18n.t(`content:sites.${site.id}.timing.note`)}`
				: i18n.t(k);
		default: {
			const noteKey = `content:sites.${site.id}.facilities.${c.criterion}.note` as const;
			if (c.outcome === 'unknown') {
				if (c.fact)
					return i18n.t('result.criterion.facility.unknown_note', { note: i18n.t(noteKey) });
				// Power capacity is the grid company's to say, as the grid section says (review 22, G9).
				return i18n.t(c.criterion === 'high_power' ? 'result.criterion.facility.unknown_power' : k);
			}
			const expected = site.facilities[c.criterion]?.expected;
			if ((c.key === 'facility.planned' || c.key === 'facility.planned_late') && expected) {
				const key = c.key === 'facility.planned' ? 'planned_when' : 'planned_late';
				return i18n.t(`result.criterion.facility.${key}`, {
					note: i18n.t(noteKey),
					when: expectedText(i18n, expected)
				});
			}
			return i18n.t(k, { note: i18n.t(noteKey) });
		}
	}
}

/** When a planned facility is expected: "2028", or "oktober 2027" for "2027-10". */
export function expectedText(i18n: I18n, value: string): string {
	const [year, month] = value.split('-');
	if (month === undefined) return value;
	const name = i18n.t('date.months').split(' ')[Number(month) - 1];
	return name ? `${name} ${year}` : value;
}

/** A piece of a sentence: text, or the name of an organisation that links to its page. */
export type TextPart = string | { text: string; href: string };

/**
 * A sentence with links in it: `sentence` gets `link`, which stands for a linked name in a text's value (a marker
 * that the sentence is then split around), so the translations stay whole sentences.
 */
function withLinks(
	sentence: (link: (text: string, href?: string) => string) => string
): TextPart[] {
	const links: { text: string; href: string }[] = [];
	const link = (text: string, href?: string) =>
		href === undefined ? text : `\uE000${links.push({ text, href }) - 1}\uE000`;
	return sentence(link)
		.split(/\uE000(\d+)\uE000/)
		.map((piece, i) => (i % 2 === 1 ? links[Number(piece)]! : piece))
		.filter((part) => part !== '');
}

/**
 * The parts of a sentence as plain text. On paper (`withAddress`) a linked name is followed by its site's address
 * ("Silkeborg Kommune (grundeisilkeborg.silkeborg.dk)"), so the reader knows where to go without the link.
 */
export function plainText(parts: readonly TextPart[], withAddress = false): string {
	return parts
		.map((part) =>
			typeof part === 'string'
				? part
				: withAddress
					? `${part.text} (${webAddress(part.href)})`
					: part.text
		)
		.join('');
}

/**
 * One next step, with a link on each organisation the guide has a page for: the park's contact (its website, as on its
 * card), the municipality's page on business land (or its business service), the One Stop Shop, Invest in Denmark.
 */
export function nextStepParts(
	i18n: I18n,
	content: Pick<
		Content,
		'sites' | 'municipalBusiness' | 'oneStopShop' | 'schemes' | 'erhvervshuse'
	>,
	municipalities: readonly Municipality[],
	step: NextStep
): TextPart[] {
	const { key, params } = step;
	return withLinks((link) => {
		if (key === 'contact_own_municipality' || key === 'contact_chosen_municipality') {
			const id = String(params.municipality);
			const entry = content.municipalBusiness.find((m) => m.id === id);
			const name = municipalityTitle(i18n, municipalityName(i18n, municipalities, id));
			return i18n.t(`result.next.${key}`, {
				municipality: link(name, entry?.businessLand?.url ?? entry?.businessService?.url)
			});
		}
		if (
			key === 'contact_parks' ||
			key === 'contact_sector_parks' ||
			key === 'contact_region_parks'
		) {
			// Whom each park's card suggests starting with (its municipality where the guide knows no one).
			const contacts = String(params.sites)
				.split(',')
				.map((id) => content.sites.find((s) => s.id === id))
				.filter((site) => site !== undefined)
				.map((site) =>
					site.contact
						? link(
								i18n.t(`content:sites.${site.id}.contact.organisation`),
								website(site.contact.url)
							)
						: municipalityTitle(i18n, site.municipality)
				);
			return i18n.t(`result.next.${key}`, {
				contacts: joinList(i18n, contacts),
				count: contacts.length
			});
		}
		if (key === 'oss_check') {
			const open = String(params.criteria).split(',').filter(Boolean);
			// "Ét opfyldt kriterium er nok" only when more than one is open (review 24: it read as if one were met).
			return i18n.t(`result.next.${key}`, {
				count: open.length,
				criteria: joinList(
					i18n,
					open.map((c) => i18n.t(`result.next.oss_unknown.${c}`))
				)
			});
		}
		if (key === 'contact_erhvervshus' || key === 'contact_erhvervshus_park') {
			const house = content.erhvervshuse.find((h) => h.id === params.house);
			// The park's house is the company's own when a park of that house lies in its municipality: said once.
			const home =
				params.own !== undefined &&
				parkInMunicipality(content.sites, String(params.own), municipalities)?.erhvervshus ===
					params.house;
			return i18n.t(`result.next.${home ? 'contact_erhvervshus' : key}`, {
				house: link(i18n.t(`content:erhvervshuse.${params.house}.name`), house?.contact?.url)
			});
		}
		if (key === 'oss_contact')
			return i18n.t(`result.next.${key}`, {
				oss: link(i18n.t('result.next.oss_name'), content.oneStopShop.url)
			});
		if (key === 'invest_in_denmark') {
			const scheme = content.schemes.find((s) => s.rule === 'invest_in_denmark');
			return i18n.t(`result.next.${key}`, {
				organisation: link(i18n.t('result.next.invest_in_denmark_name'), scheme?.url)
			});
		}
		return i18n.t(`result.next.${key}`);
	});
}

/**
 * The park that lies in the municipality with this kommunekode, if any (parks name their municipality in Danish).
 * Through it the guide knows that municipality's erhvervshus: the park's.
 */
export function parkInMunicipality<S extends Pick<Site, 'municipality'>>(
	sites: readonly S[],
	municipalityId: string,
	municipalities: readonly Municipality[]
): S | undefined {
	const name = municipalities.find((m) => m.id === municipalityId)?.name.da;
	return name === undefined ? undefined : sites.find((s) => s.municipality === name);
}

/** A change's text key, under `result.change` and `result.change.tried` alike. */
function changeKey(c: Change) {
	return c.kind === 'later_start' ? (`later_start_${c.when}` as const) : c.kind;
}

/** What a change's text names: the need, or the hectares. */
function changeValues(i18n: I18n, c: Change): Record<string, string> {
	if (c.kind === 'relax' || c.kind === 'require') return { item: facilityLabel(i18n, c.item) };
	return c.kind === 'less_land' ? { ha: i18n.number(c.ha, 2) } : {};
}

/** A change tried, in a few words: "et krav som rart at have", "højst 75 ha", "start om 2–5 år". */
export function triedText(i18n: I18n, c: Change): string {
	return i18n.t(`result.change.tried.${changeKey(c)}`, changeValues(i18n, c));
}

/** "Hvis havn er rart at have i stedet for et krav, passer Kerteminde også." */
export function changeText(i18n: I18n, sites: readonly Site[], w: WhatWouldChange): string {
	const name = (id: string) => {
		const site = sites.find((s) => s.id === id);
		return site ? siteName(i18n, site) : id;
	};
	const change = i18n.t(`result.change.${changeKey(w.change)}`, changeValues(i18n, w.change));
	const effect = i18n.t(`result.change.${w.effect.kind}`, {
		count: w.effect.sites.length,
		sites: joinList(i18n, w.effect.sites.map(name))
	});
	return `${change}, ${effect}`;
}

/** A municipality's name in the language shown (its code when it is not in the list). */
export function municipalityName(
	i18n: I18n,
	municipalities: readonly Municipality[],
	id: string
): string {
	return municipalities.find((m) => m.id === id)?.name[i18n.lang] ?? id;
}

/**
 * A municipality as a sentence names it: "Vejle Kommune", and the two whose own names differ as they are
 * ("Københavns Kommune", "Bornholms Regionskommune"; copy review 24 read "København Kommune"). `name` as the
 * municipality list or a park writes it (the same in both languages for these two).
 */
export function municipalityTitle(i18n: I18n, name: string): string {
	return (
		i18n.optional(`result.municipality_title.${name}`) ??
		i18n.t('result.municipality_title.other', { name })
	);
}

/** Where the company is today, in words: its municipality's name, or "a place chosen on the map"; none if not said. */
export function homeName(
	i18n: I18n,
	home: ResolvedHome,
	municipalities: readonly Municipality[]
): string | undefined {
	if (home.kind === 'municipality') return municipalityName(i18n, municipalities, home.id);
	if (home.kind === 'point') return i18n.t('map.origin_point_option');
	return undefined;
}

/** What the guide knows about grid capacity at the parks, in one sentence (the power section, on screen and on paper). */
export function capacityText(i18n: I18n, sitesWithCapacity: readonly string[]): string {
	return sitesWithCapacity.length === 0
		? i18n.t('result.grid.no_capacity_known')
		: i18n.t('result.grid.capacity_known', {
				sites: sitesWithCapacity.map((id) => i18n.t(`content:sites.${id}.name`)).join(', ')
			});
}

/**
 * The texts about where the company is today ask a foreign company new to Denmark where to measure from instead
 * (i18next's context: `map.origin_heading_new` and the like, the plain key where there is no such text).
 */
export function placeContext(answers: Answers): { context?: 'new' } {
	return answers.company_origin === 'foreign_first' ? { context: 'new' } : {};
}
