/**
 * Region Sjælland and Region Hovedstaden become Region Østdanmark on 1 January 2027. With the browser's clock set
 * before and after that day: the region question offers the regions of the day, an old link's region is kept (ticked,
 * with what became of it), and the result names a park's region as it is on the day. axe stays at 0.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { UI, expectNoAxeViolations, h1Text, norm, useBrowser, type Lang } from './guide';

const session = useBrowser();

const BEFORE = new Date('2026-12-20T10:00:00');
const AFTER = new Date('2027-01-04T10:00:00');
/** The answers that lead to the site page (sector and project given). */
const TO_SITE = 'v=1&project_type=new_plant&sectors=biosolutions';
/** Region Østdanmark's name, as the option reads. */
const EAST: Record<Lang, string> = { da: 'Region Østdanmark', en: 'Region of Eastern Denmark' };

async function openSitePage(page: Page, day: Date, query: string, lang: Lang): Promise<void> {
	await page.clock.setFixedTime(day);
	await page.goto(`${session.server.url}/?${query}&lang=${lang}#site`);
	await page.locator('input[name="regions"]').first().waitFor();
}

/** The region options as [id, ticked], in order. */
async function regionOptions(page: Page): Promise<[string, boolean][]> {
	return page
		.locator('input[name="regions"]')
		.evaluateAll((inputs) =>
			(inputs as HTMLInputElement[]).map((i) => [i.value, i.checked] as [string, boolean])
		);
}

describe.each(['da', 'en'] as const)('regions over time, in %s', (lang) => {
	it('offers the five regions in December 2026 and the four regions from January 2027', async () => {
		await session.withPage(async ({ page }) => {
			await openSitePage(page, BEFORE, TO_SITE, lang);
			expect((await regionOptions(page)).map(([id]) => id)).toEqual([
				'nordjylland',
				'midtjylland',
				'syddanmark',
				'sjaelland',
				'hovedstaden',
				'no_preference'
			]);
			const zealand = norm(
				await page.locator('label[for="regions-sjaelland"]').locator('..').textContent()
			);
			expect(zealand).toContain(
				lang === 'da' ? 'Fra 1. januar 2027 en del af Region Østdanmark' : 'from 1 January 2027'
			);
		});
		await session.withPage(async ({ page }) => {
			await openSitePage(page, AFTER, TO_SITE, lang);
			expect((await regionOptions(page)).map(([id]) => id)).toEqual([
				'nordjylland',
				'midtjylland',
				'syddanmark',
				'oestdanmark',
				'no_preference'
			]);
			await expect
				.poll(async () =>
					norm(await page.locator('label[for="regions-oestdanmark"]').textContent())
				)
				.toBe(EAST[lang]);
			await expectNoAxeViolations(page, `region question in 2027 (${lang})`);
		});
	});

	it('the adviser form offers the regions of the day too, and keeps a region the opened link chose', async () => {
		await session.withPage(async ({ page }) => {
			await page.clock.setFixedTime(AFTER);
			await page.goto(`${session.server.url}/adviser.html?v=1&regions=hovedstaden&lang=${lang}`);
			await page.locator('input[name="regions"]').first().waitFor();
			expect(await regionOptions(page)).toEqual([
				['nordjylland', false],
				['midtjylland', false],
				['syddanmark', false],
				['hovedstaden', true],
				['oestdanmark', false],
				['no_preference', false],
				['', false]
			]);
		});
	});

	it('keeps an old link’s region in 2027, ticked, and ranks a park in it as inside Region Østdanmark', async () => {
		await session.withPage(async ({ page }) => {
			await openSitePage(page, AFTER, `${TO_SITE}&regions=sjaelland`, lang);
			expect(await regionOptions(page)).toEqual([
				['nordjylland', false],
				['midtjylland', false],
				['syddanmark', false],
				['sjaelland', true],
				['oestdanmark', false],
				['no_preference', false]
			]);
		});
		await session.withPage(async ({ page }) => {
			await page.clock.setFixedTime(AFTER);
			await page.goto(
				`${session.server.url}/?${TO_SITE}&land_ha=5&land_phasing=no&regions=oestdanmark&start_time=later&lang=${lang}#results`
			);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI[lang].resultHeading);
			const naestved = page.locator('#compare-open-naestved');
			await naestved.click();
			const card = norm(await page.locator('#site-naestved').textContent());
			expect(card).toContain(
				lang === 'da'
					? 'Region Østdanmark (som Region Sjælland nu er en del af)'
					: 'Region of Eastern Denmark (which Region Zealand is now part of)'
			);
			await expectNoAxeViolations(page, `result in 2027 (${lang})`);
		});
	});
});
