/**
 * What the guide knows, as a company reads it on the result page in Chromium, in Danish and English: the grid
 * explanation when large power capacity is a requirement, a closed scheme shown as closed, a park's dated news, its
 * official contact (or what to do without one), and axe at 0.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './harness';
import {
	UI,
	expectNoAxeViolations,
	h1Text,
	norm,
	useBrowser,
	type Lang,
	formatDate,
	openAllDisclosures
} from './guide';

const session = useBrowser();

const read = <T>(file: string): T => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as T;
type Text = Record<Lang, string>;
interface ResultTexts {
	result: {
		grid: { heading: string; no_capacity_known: string };
		site: { contact_heading: string; contact_none: string };
	};
}
const result: Record<Lang, ResultTexts> = {
	da: read<ResultTexts>('src/i18n/result.da.json'),
	en: read<ResultTexts>('src/i18n/result.en.json')
};
const grid = read<{ facts: { id: string; text: Text }[]; steps: { text: Text }[] }>(
	'src/data/content/grid.json'
);
const schemes = read<{ id: string; name: Text; status?: { text: Text } }[]>(
	'src/data/content/schemes.json'
);
const sites = read<
	{
		id: string;
		name: Text;
		contact?: { organisation: Text; url: string; source: { title: string; titleEn?: string } };
		updates?: { text: Text; source: { asOf: string; undated?: true } }[];
	}[]
>('src/data/content/sites.json');

/** A complete link: electrolysers (EIFO's scope), large power as a requirement, Midtjylland/Syddanmark. */
const POWER_MUST =
	'v=1&project_type=new_plant&sectors=green_tech,hydrogen_ptx&land_ha=25.5&land_phasing=yes' +
	'&infrastructure=high_power:must,motorway:nice,pipeline:nice,port:must,rail:none,symbiosis:nice,wastewater:nice,water_volume:must' +
	'&workforce=education_clusters:nice,labour_catchment:must&env_demanding=yes&regions=midtjylland,syddanmark' +
	'&start_time=within_2y&investment_mdkk=350&dual_permits=yes&net_zero=yes&net_zero_tech=electrolysers_fuel_cells' +
	'&critical_raw_materials=no&company_origin=danish&employees=from_50_to_249&financials=yes';

const municipal = read<{ id: string; businessLand?: { url: string } }[]>(
	'src/data/content/municipal-business.json'
);
const municipalityNames = read<{ municipalities: { id: string; name: Text }[] }>(
	'src/data/content/municipalities.json'
).municipalities;

async function openResult(page: Page, query: string, lang: Lang): Promise<string> {
	await page.goto(`${session.server.url}/?${query}&lang=${lang}#results`);
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI[lang].resultHeading);
	// The sections after the parks are drawn just after the first paint.
	const nextSteps = page.locator('#next-steps');
	await expect.poll(() => nextSteps.count(), { timeout: 10_000 }).toBe(1);
	// Folded parts are drawn when first opened: open every one, as a reader who wants it all would.
	await openAllDisclosures(page);
	return norm(await page.locator('main').textContent());
}

describe.each(['da', 'en'] as const)('the result in %s', (lang) => {
	it('explains the grid connection rules when large power capacity is a requirement', async () => {
		await session.withPage(async ({ page }) => {
			const text = await openResult(page, POWER_MUST, lang);
			const section = page.locator('section[aria-labelledby="grid"]');
			expect(norm(await section.getByRole('heading', { level: 2 }).textContent())).toBe(
				result[lang].result.grid.heading
			);
			expect(text).toContain(result[lang].result.grid.no_capacity_known);
			for (const fact of grid.facts) expect(text).toContain(norm(fact.text[lang]));
			// The rules and the first steps are folded under the verdict (openResult opened them).
			expect(await section.locator('details:not([open])').count()).toBe(0);
			expect(await section.getByRole('listitem').filter({ hasText: 'energinet.dk' }).count()).toBe(
				0
			); // sources are named links, not bare addresses
			expect(await section.getByRole('link', { name: /Energinet/ }).count()).toBeGreaterThan(0);
			await expectNoAxeViolations(page, `result with the grid explanation (${lang})`);
		});
	});

	it('leaves the grid explanation out when power is only nice to have', async () => {
		await session.withPage(async ({ page }) => {
			await openResult(page, POWER_MUST.replace('high_power:must', 'high_power:nice'), lang);
			expect(await page.locator('section[aria-labelledby="grid"]').count()).toBe(0);
		});
	});

	it('shows EIFO’s investment scheme as closed for applications', async () => {
		await session.withPage(async ({ page }) => {
			const text = await openResult(page, POWER_MUST, lang);
			const eifo = schemes.find((s) => s.id === 'eifo_green_production')!;
			expect(text).toContain(norm(eifo.name[lang]));
			const closed = lang === 'da' ? 'Lukket for ansøgninger' : 'Closed for applications';
			expect(text).toContain(norm(`${closed}. ${eifo.status!.text[lang]}`));
		});
	});

	it('shows each park’s dated news and its official contact, or what to do without one', async () => {
		await session.withPage(async ({ page }) => {
			await openResult(page, POWER_MUST, lang);
			// Every park's full card, opened from the comparison table.
			for (const button of await page.locator('.park-open').all()) await button.click();
			await expect.poll(() => page.getByRole('article').count()).toBe(sites.length);
			// In English, the guide's own words in a source's title are English (a review found Danish ones).
			if (lang === 'en') {
				const all = norm(await page.locator('main').textContent());
				for (const danish of [
					'egne skøn over parkernes placering',
					'(pressemeddelelse)',
					'(kopi af',
					'(kriterierne)',
					'(resumé)',
					'sat i bero',
					'm.fl.'
				])
					expect(all).not.toContain(danish);
			}
			for (const s of sites) {
				const card = page.locator(`#site-${s.id}`);
				const cardText = norm(await card.textContent());
				expect(cardText, s.id).toContain(result[lang].result.site.contact_heading);
				if (s.contact) {
					// The organisation's website: the front page of the site the cited page is on.
					const cited = new URL(s.contact.url);
					const link = card.getByRole('link', {
						name: `${s.contact.organisation[lang]} – ${cited.hostname.replace(/^www\./, '')}`,
						exact: true
					});
					expect(await link.getAttribute('href'), s.id).toBe(`${cited.origin}/`);
					// What the guide knows it from, by its source's title (a news item, a statute), and how old it is.
					const title =
						lang === 'en'
							? (s.contact.source.titleEn ?? s.contact.source.title)
							: s.contact.source.title;
					expect(cardText, s.id).toContain(norm(title));
				} else {
					expect(cardText, s.id).toContain(
						norm(result[lang].result.site.contact_none.split('{{')[0])
					);
				}
				for (const u of s.updates ?? []) {
					expect(cardText, s.id).toContain(norm(u.text[lang]));
					// A news item whose page shows no date says so, with the day it was read – not "pr. <that day>".
					if (u.source.undated)
						expect(cardText, s.id).toContain(
							`${lang === 'da' ? 'udateret, læst' : 'undated, read'} ${formatDate(lang, u.source.asOf)})`
						);
				}
			}
		});
	});

	it('shows the business-land page of the company’s own municipality for a small area', async () => {
		const own = municipal.find((m) => m.businessLand)!;
		const name = municipalityNames.find((m) => m.id === own.id)!.name[lang];
		await session.withPage(async ({ page }) => {
			await openResult(
				page,
				`${POWER_MUST.replace('land_ha=25.5', 'land_ha=3')}&home=${own.id}`,
				lang
			);
			const section = page.locator('section[aria-labelledby="local-land"]');
			const link = section.getByRole('link', {
				name: lang === 'da' ? `Erhvervsgrunde i ${name}` : `Business land in ${name}`,
				exact: true
			});
			expect(await link.getAttribute('href')).toBe(own.businessLand!.url);
			expect(norm(await section.textContent())).toMatch(
				lang === 'da' ? /for \d+ af 98 kommuner/ : /for \d+ of 98 municipalities/
			);
			// The brief says it on the first screen and leads there.
			const brief = page.locator('section[aria-labelledby="brief"]');
			expect(norm(await brief.textContent())).toContain(
				lang === 'da'
					? 'Til 3 ha leder de fleste virksomheder først'
					: 'For 3 ha, most companies look'
			);
			await brief
				.getByRole('link', {
					name: lang === 'da' ? 'Erhvervsgrunde i nærheden' : 'Business land nearby'
				})
				.click();
			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('local-land');
			await expectNoAxeViolations(page, `result with business land nearby (${lang})`);
		});
	});

	it('names Erhvervshus Fyn for a company in Odense, with its source dated to the month', async () => {
		await session.withPage(async ({ page }) => {
			const text = await openResult(
				page,
				`${POWER_MUST.replace('land_ha=25.5', 'land_ha=3')}&home=461`,
				lang
			);
			expect(text).toContain(
				lang === 'da'
					? 'Jeres erhvervshus Erhvervshus Fyn dækker Odense Kommune, hvor I er i dag.'
					: 'covers Odense Municipality, where you are today.'
			);
			expect(text).toContain(
				lang === 'da'
					? '(sekundær kilde, pr. februar 2019)'
					: '(secondary source, in Danish, as of February 2019)'
			);
		});
	});

	it('names the erhvervshus of the company’s own municipality, and the municipality as the first call after the One Stop Shop', async () => {
		const aarhus = municipalityNames.find((m) => m.id === '751')!.name[lang];
		await session.withPage(async ({ page }) => {
			const text = await openResult(
				page,
				`${POWER_MUST.replace('land_ha=25.5', 'land_ha=3')}&home=751`,
				lang
			);
			expect(text).toContain(
				lang === 'da'
					? `Jeres erhvervshus Erhvervshus Midtjylland dækker ${aarhus} Kommune, hvor I er i dag.`
					: `covers ${aarhus} Municipality, where you are today.`
			);
			// After the One Stop Shop (the project is eligible), its own municipality: it needs 3 ha.
			const steps = page.locator('#next-steps + ol > li');
			expect(norm(await steps.nth(1).textContent())).toMatch(
				lang === 'da'
					? `Kontakt ${aarhus} Kommune om erhvervsgrunde`
					: `Contact ${aarhus} Municipality`
			);
		});
	});

	it('links each organisation in the next steps that the guide has a page for', async () => {
		const silkeborg = municipal.find((m) => m.id === '740')!.businessLand!.url;
		await session.withPage(async ({ page }) => {
			await openResult(page, `${POWER_MUST.replace('land_ha=25.5', 'land_ha=3')}&home=740`, lang);
			const steps = page.locator('#next-steps + ol > li');
			const link = (step: number) => steps.nth(step).getByRole('link');
			expect(await link(0).getAttribute('href')).toBe('https://erhvervsstyrelsen.dk');
			expect(await link(0).textContent()).toBe(
				lang === 'da'
					? 'One Stop Shoppen i Erhvervsstyrelsen'
					: 'the One Stop Shop at the Danish Business Authority'
			);
			// Its own municipality's page on business land.
			expect(await link(1).getAttribute('href')).toBe(silkeborg);
			expect(await link(1).textContent()).toBe(
				lang === 'da' ? 'Silkeborg Kommune' : 'Silkeborg Municipality'
			);
			// The best parks' contacts, each to its website, as on the park's card.
			const parks = steps.filter({
				hasText:
					lang === 'da'
						? /^Kontakt (den bedste park|de bedste parker|parke)/
						: /^Contact the (best|park)/
			});
			const hrefs = await parks
				.getByRole('link')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs.length).toBeGreaterThan(0);
			for (const href of hrefs) expect(href).toMatch(/^https:\/\/[^/]+\/$/);
		});
	});
});
