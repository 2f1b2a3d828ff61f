/**
 * The parks on the map, as a company meets them on the results page in Chromium: the map draws offline (every
 * request to another host is blocked and none is made), markers are reached and opened with the keyboard, a card
 * highlights its park on the map and the map leads back to the card, and "Hvor er I i dag?" gives distances and,
 * on request, the nearest parks first.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';

import { LINK_FIXTURES } from '../fixtures/links';
import { SITES, UI, expectNoAxeViolations, h1Text, site, useBrowser } from './guide';

const session = useBrowser();

const withPage = session.withPage;

const COMPLETE = LINK_FIXTURES[1]!.find((f) => f.name.startsWith('a complete Danish link'))!.query;

async function openResults(page: Page, extra = ''): Promise<void> {
	await page.goto(`${session.server.url}/?${COMPLETE}${extra}#results`);
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
	// The map loads when it comes into view. On this wide screen it sits beside the brief, in view from the start, so
	// whether Leaflet has arrived by the time the heading shows is a race (a result link now fetches its page sooner):
	// only its arrival is checked. That Leaflet is not in the first load is `npm run size`'s to prove.
	await page.locator('.site-map').scrollIntoViewIfNeeded();
	await expect.poll(() => page.locator('.leaflet-container').count(), { timeout: 10_000 }).toBe(1);
}

const marker = (page: Page, id: string) => page.locator(`.site-marker[data-site-id="${id}"]`);

describe('the map on the results page', () => {
	it('draws every park offline, labelled by fit in words, with no request to any other host', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await openResults(page);
			const map = page.getByRole('region', { name: 'Kort over parkerne' });
			expect(await map.count()).toBe(1);
			await expect.poll(() => page.locator('.site-marker').count()).toBe(SITES.length);
			// The outline of Denmark is drawn from the bundled data, not from tiles.
			expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(0);
			expect(await page.locator('.leaflet-tile').count()).toBe(0);
			// Fit is in the marker's name (not only its colour), and an estimated location says so.
			const esbjerg = marker(page, 'esbjerg');
			expect(await esbjerg.getAttribute('aria-label')).toMatch(
				new RegExp(
					`^${site('esbjerg').name.da}\\. (God match|Kan passe – noget skal afklares|Delvis match|Passer ikke)\\. Placeringen er et skøn\\.$`
				)
			);
			// The legend below the map explains colours, outlines and sizes in words.
			expect(await page.locator('.site-map__legend').textContent()).toContain(
				'Stiplet kant: placeringen er et skøn'
			);
			// The best match, the table's first row, has its ring, said with its name and in the legend (review 21).
			const first = await page
				.locator('.comparison-table tbody tr .park-open')
				.first()
				.getAttribute('id');
			const best = page.locator('.site-marker--best');
			expect(await best.count()).toBe(1);
			expect(await best.getAttribute('data-site-id')).toBe(first?.replace(/^compare-open-/, ''));
			expect(await best.getAttribute('aria-label')).toMatch(/^[^.]+\. Jeres bedste match\. /);
			expect(await page.locator('.site-map__legend').textContent()).toContain('Jeres bedste match');
			await expectNoAxeViolations(page, 'results with the map');
			expect(rec.foreignRequests()).toEqual([]);
		});
	});

	it('reaches a park with Tab, opens it with Enter, and leads to its card', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await openResults(page);
			await expect.poll(() => page.locator('.site-marker').count()).toBe(SITES.length);
			// Tab from the map surface onto the markers.
			await page.locator('.site-map__surface').focus();
			let name = '';
			for (let i = 0; i < 5 && !name.startsWith('Industripark'); i++) {
				await page.keyboard.press('Tab');
				name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
			}
			expect(name).toMatch(/^Industripark /);
			const id = await page.evaluate(
				() => (document.activeElement as HTMLElement | null)?.dataset.siteId ?? ''
			);
			await page.keyboard.press('Enter');
			const popup = page.locator('.leaflet-popup');
			await expect.poll(() => popup.count()).toBe(1);
			// Focus moves into the popup, to the park's name.
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
				.toContain('site-popup__name');
			expect(await popup.locator('.site-popup__name').textContent()).toBe(name.split('. ')[0]);
			// Escape closes it and gives focus back to the marker.
			await page.keyboard.press('Escape');
			await expect.poll(() => popup.count()).toBe(0);
			expect(
				await page.evaluate(
					() => (document.activeElement as HTMLElement | null)?.dataset.siteId ?? ''
				)
			).toBe(id);

			// Open again and go to the park's result card.
			await page.keyboard.press('Enter');
			await popup.getByRole('button', { name: 'Se parkens resultat' }).click();
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
				.toBe(`site-${id}-name`);
		});
	});

	it('"Vis … på kortet" on a card highlights that park on the map', async () => {
		await withPage(
			async (rec) => {
				const { page } = rec;
				await openResults(page);
				// Open both parks' cards from the comparison table.
				for (const id of ['viborg', 'esbjerg']) await page.locator(`#compare-open-${id}`).click();
				const name = site('viborg').name.da;
				await page.getByRole('button', { name: `Vis ${name} på kortet` }).click();
				await expect
					.poll(() => marker(page, 'viborg').getAttribute('class'))
					.toContain('site-marker--highlight');
				expect(await page.locator('.site-marker--highlight').count()).toBe(1);
				// Focus is on the park's marker, which is named with the park and its fit.
				await expect
					.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-site-id')))
					.toBe('viborg');
				expect(await marker(page, 'viborg').getAttribute('aria-label')).toContain(name);
				// The outline of Denmark behind the markers is decoration, not an image without a name.
				expect(
					await page
						.locator('.leaflet-overlay-pane')
						.evaluate((pane) =>
							[...pane.children].map((c) => `${c.tagName}:${c.getAttribute('aria-hidden')}`)
						)
				).toEqual(['svg:true']);
				await page
					.getByRole('button', { name: `Vis ${site('esbjerg').name.da} på kortet` })
					.click();
				await expect
					.poll(() => marker(page, 'esbjerg').getAttribute('class'))
					.toContain('site-marker--highlight');
				await expect
					.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-site-id')))
					.toBe('esbjerg');
				expect(await marker(page, 'viborg').getAttribute('class')).not.toContain(
					'site-marker--highlight'
				);
			},
			{ reducedMotion: 'reduce' }
		);
	});
});

describe('"Hvor er I i dag?"', () => {
	/** Each row of the comparison table: the park, its fit and its distance (NaN without one). */
	const distances = (page: Page) =>
		page.locator('.comparison-table tbody tr').evaluateAll((rows) =>
			rows.map((r) => {
				const cells = r.querySelectorAll('td');
				const text = cells[2]?.textContent?.trim() ?? ''; // the box to compare, the rating, the distance
				const km = /^(?:ca\. )?([\d.,]+) km$/.exec(text)?.[1];
				return {
					id: r.querySelector('.park-open')?.id.replace(/^compare-open-/, '') ?? '',
					fit: cells[1]?.textContent?.trim() ?? '',
					approximate: text.startsWith('ca. '),
					km: km === undefined ? NaN : Number(km.replace(/\./g, '').replace(',', '.'))
				};
			})
		);
	/** "Hvor er I i dag?" is folded on the result: open it. */
	const openPicker = (page: Page) =>
		page.locator('summary', { hasText: 'Hvor er I i dag?' }).click();

	it('gives each park its distance from the chosen municipality, and the nearest first on request; all in the link', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await openResults(page);
			expect((await distances(page)).every((d) => Number.isNaN(d.km))).toBe(true);

			await openPicker(page);
			await page
				.getByRole('combobox', { name: 'Vælg jeres kommune' })
				.selectOption({ label: 'Aalborg' });
			await expect.poll(async () => (await distances(page)).every((d) => d.km > 0)).toBe(true);
			// "ca." to a park whose location is an estimate (review 21).
			for (const d of await distances(page))
				expect(d.approximate, d.id).toBe(site(d.id).location.confidence === 'estimate');
			expect(new URL(page.url()).searchParams.get('home')).toBe('851');
			expect(
				await page
					.getByText('Vi bruger et punkt midt i kommunen. Afstanden er derfor cirka.')
					.count()
			).toBe(1);
			const aalborg = (await distances(page)).find((d) => d.id === 'aalborg')!;
			expect(aalborg.km).toBeLessThan(20);

			await page.getByRole('checkbox', { name: /Vis de nærmeste parker først/ }).check();
			expect(new URL(page.url()).searchParams.get('rank_by_distance')).toBe('yes');
			const ranked = await distances(page);
			// Within each level of fit, nearest first.
			for (let i = 1; i < ranked.length; i++) {
				if (ranked[i]!.fit === ranked[i - 1]!.fit)
					expect(ranked[i]!.km, ranked[i]!.id).toBeGreaterThanOrEqual(ranked[i - 1]!.km);
			}
			// The origin is on the map.
			expect(
				await page.locator('.leaflet-marker-pane [aria-label="Her er I i dag (cirka)"]').count()
			).toBe(1);

			// Reload keeps it all (it is in the link).
			await page.reload();
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			await openPicker(page);
			expect(await page.getByRole('combobox', { name: 'Vælg jeres kommune' }).inputValue()).toBe(
				'851'
			);
			expect(
				await page.getByRole('checkbox', { name: /Vis de nærmeste parker først/ }).isChecked()
			).toBe(true);

			await page.getByRole('button', { name: 'Fjern jeres placering' }).click();
			await expect.poll(() => new URL(page.url()).searchParams.has('home')).toBe(false);
			expect(new URL(page.url()).searchParams.has('rank_by_distance')).toBe(false);
		});
	});

	it('takes a place on the map only when asked to and only in Denmark, and says when a link names no known municipality', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await openResults(page, '&home=999&rank_by_distance=yes');
			expect(
				await page
					.getByText(
						'Kommunen i linket (kode 999) findes ikke i guidens liste. Vælg jeres kommune igen.'
					)
					.count()
			).toBe(1);
			// Said, then left out of the address and of any link copied from it.
			await expect.poll(() => new URL(page.url()).searchParams.has('home')).toBe(false);
			expect(new URL(page.url()).searchParams.has('rank_by_distance')).toBe(false);
			const surface = page.locator('.site-map__surface');
			const at = (x: number, y: number) =>
				page.evaluate(
					([fx, fy]) => {
						const box = document.querySelector('.site-map__surface')!.getBoundingClientRect();
						return { x: box.width * fx!, y: box.height * fy! };
					},
					[x, y]
				);
			const homeParam = () => new URL(page.url()).searchParams.get('home') ?? '';
			// A click on the map by itself (to pan, or to close a popup) sets nothing.
			await surface.click({ position: await at(0.3, 0.3) });
			await page.waitForTimeout(300);
			expect(homeParam()).not.toMatch(/,/);
			// "Vælg i stedet et sted på kortet", then a click in the sea off Sweden: refused, and said.
			await page.getByRole('button', { name: 'Vælg i stedet et sted på kortet' }).click();
			await expect
				.poll(() => page.getByRole('status').filter({ hasText: 'Klik på kortet' }).count())
				.toBe(1);
			await surface.click({ position: await at(0.9, 0.1) });
			await expect
				.poll(() =>
					page.getByText('Stedet ligger uden for Danmark. Klik et sted i Danmark.').count()
				)
				.toBe(1);
			expect(homeParam()).not.toMatch(/,/);
			// A click on land in Jutland, away from the markers, picks that point.
			await surface.click({ position: await at(0.3, 0.3) });
			await expect
				.poll(() => new URL(page.url()).searchParams.get('home') ?? '')
				.toMatch(/^\d{2}\.\d{4},\d{1,2}\.\d{4}$/);
			expect(
				await page.getByText('I har valgt et sted på kortet. Afstanden er i luftlinje.').count()
			).toBe(1);
			expect((await distances(page)).every((d) => d.km > 0)).toBe(true);
		});
	});
});
