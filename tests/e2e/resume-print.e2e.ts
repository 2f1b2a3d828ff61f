/**
 * Sharing, printing and resuming, as a company meets them in Chromium: copy a link to exactly this result, print
 * the A4 summary, come back to the answers in the same tab, remember them on the device or delete them, and a
 * browser where storage is blocked or holds something unreadable.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LINK_FIXTURES } from '../fixtures/links';
import {
	UI,
	answerQuestion,
	clickButton,
	expectNoAxeViolations,
	expectPage,
	fillAnswer,
	h1Text,
	openStart,
	site,
	useBrowser
} from './guide';
import type { RecordedPage } from './harness';

const session = useBrowser();

const withPage = session.withPage;

/** A complete link from the version-1 fixtures (Danish). */
const COMPLETE = LINK_FIXTURES[1]!.find((f) => f.name.startsWith('a complete Danish link'))!.query;

async function openResults(page: Page): Promise<void> {
	await page.goto(`${session.server.url}/?${COMPLETE}`);
	await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
}

const PROJECT = 'Jeres projekt';
const SITE = 'Jord, sted og tidspunkt';
const PROJECT_TYPE = 'Hvad handler jeres projekt om?';
const SECTORS = 'Hvad skal I producere?';
const LAND = 'Hvor meget jord har projektet brug for?';
const INVESTMENT = 'Hvor stor er investeringen i projektet?';
const FINANCIALS = 'Er omsætningen højst 50 mio. euro eller balancen højst 43 mio. euro?';

const STORAGE_KEY = 'industripark-guide.answers';
const stored = (page: Page, area: 'sessionStorage' | 'localStorage') =>
	page.evaluate(
		([a, key]) => window[a as 'sessionStorage' | 'localStorage'].getItem(key as string),
		[area, STORAGE_KEY]
	);

describe('sharing and printing a result', () => {
	it('copies a link to exactly this result, which opens on the same result', async () => {
		let copied = '';
		await withPage(async (rec) => {
			const { page, context } = rec;
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: session.server.url
			});
			await openResults(page);
			await clickButton(page, 'Kopiér link til resultatet');
			await expect
				.poll(() => page.getByRole('status').filter({ hasText: 'Linket er kopieret.' }).count())
				.toBe(1);
			copied = await page.evaluate(() => navigator.clipboard.readText());
			const url = new URL(copied);
			expect(url.hash).toBe('#results');
			expect(new URLSearchParams(COMPLETE).get('sectors')).toBe(url.searchParams.get('sectors'));
		});
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(copied);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
		});
	});

	it('prints where the company is today, when it said so', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(
				`${session.server.url}/?${COMPLETE.replace('#results', '')}&home=461#results`
			);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			await page.emulateMedia({ media: 'print' });
			const summary = page.locator('.print-summary');
			await expect.poll(() => summary.isVisible()).toBe(true);
			const answers = (await summary.locator('.print-answers').textContent()) ?? '';
			expect(answers).toContain('Hvor er I i dag?');
			expect(answers).toContain('Odense');
			// Each park printed with its distance and whom to contact (or what to do without a contact).
			const parks = summary.locator('.print-park');
			expect(await parks.count()).toBeGreaterThan(0);
			for (const park of await parks.all()) {
				const text = (await park.textContent()) ?? '';
				expect(text).toMatch(/\d km/);
				expect(text).toContain('Kontakt om parken:');
			}
		});
	});

	it('prints a clean A4 summary of two to three pages, no text below 10 pt, with the answers, parks, next steps, link and QR code', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await openResults(page);
			await page.emulateMedia({ media: 'print' });
			const summary = page.locator('.print-summary');
			await expect.poll(() => summary.isVisible()).toBe(true);
			// The screen page, its buttons and the page chrome are not printed.
			expect(await page.locator('.results-screen').isVisible()).toBe(false);
			expect(
				await page.getByRole('button', { name: 'Kopiér link til resultatet' }).isVisible()
			).toBe(false);
			expect(await page.locator('header').first().isVisible()).toBe(false);

			const text = (await summary.textContent()) ?? '';
			for (const heading of [
				'Jeres svar',
				'De bedste parker',
				'One Stop Shoppen',
				'Næste skridt',
				'Se hele resultatet igen'
			]) {
				expect(text, heading).toContain(heading);
			}
			expect(text).toContain('25,5 hektar'); // an answer, as the user wrote it
			expect(text).toContain(site('kerteminde').name.da); // one of the top parks for these answers (a port is a must)
			// Whom to call, with the web address to type from paper; the One Stop Shop's reasons, not the verdict alone.
			expect(text).toContain('LINDØ port of ODENSE (lpo.dk)');
			expect(text).toMatch(/Opfyldt: .*statslige og kommunale myndigheder/);
			// Where it comes from; power as a requirement; a closed scheme says so, as on screen.
			expect(text).toContain('Industriparkguiden');
			expect(text).toContain('Stor elkapacitet: det skal I vide');
			expect(text).toContain('Kontakt det lokale netselskab først.');
			expect(text).toMatch(
				/Investeringsordningen til Grøn Industriproduktion – Lukket for ansøgninger\. Den første og hidtil eneste kendte .* Udbyder: EIFO/
			);
			expect(text).not.toContain('Lukket for ansøgninger. Lukket');
			expect(text, 'no sentence ends twice').not.toMatch(/\p{L}\.\.(\s|$)/u);
			expect(text).toContain('?v=1&'); // the link as text
			expect(text).toContain('Guidens data er senest kontrolleret');
			const qr = summary.getByRole('img', { name: 'QR-kode med link til resultatet' });
			await expect.poll(() => qr.locator('path, rect').count()).toBeGreaterThan(0);

			// Readable on paper (review 21, F21): every piece of text at 10 pt (13.33 CSS px) or more.
			const smallest = await summary.evaluate((box) =>
				Math.min(
					...[box, ...box.querySelectorAll('*')]
						.filter((el) =>
							[...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
						)
						.map((el) => parseFloat(getComputedStyle(el).fontSize))
				)
			);
			expect(smallest).toBeGreaterThanOrEqual(13.3);

			// The real print: A4, at most three pages.
			const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(3);
		});
	});
	it('prints an early result (the first two pages answered): says so, and marks the questions not answered yet', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(
				`${session.server.url}/?v=1&project_type=expand&sectors=maritime&land_ha=100&land_phasing=no&regions=no_preference&start_time=later#results`
			);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			expect(await page.getByRole('note', { name: 'Et første resultat' }).count()).toBe(1);
			await page.emulateMedia({ media: 'print' });
			const summary = page.locator('.print-summary');
			await expect.poll(() => summary.isVisible()).toBe(true);
			// The note with its buttons is for the screen; on paper one line says the same.
			expect(await page.getByRole('note', { name: 'Et første resultat' }).isVisible()).toBe(false);
			expect((await summary.locator('p').nth(1).textContent())?.replace(/\s+/g, ' ').trim()).toBe(
				'Et første resultat. Disse sider er ikke besvaret endnu: Hvad skal grunden og egnen have?, Hvad gælder for produktionen?, Om virksomheden.'
			);
			const answers = await summary
				.locator('dt')
				.evaluateAll((terms) =>
					Object.fromEntries(
						terms.map((dt) => [
							(dt.textContent ?? '').replace(/\s+/g, ' ').trim(),
							(dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim()
						])
					)
				);
			expect(answers['Areal']).toBe('100 hektar');
			expect(answers['Etaper']).toBe('Nej');
			for (const short of [
				'Infrastruktur',
				'Arbejdskraft',
				'Miljøtung produktion',
				'Investering',
				'Ansatte'
			])
				expect(answers[short], short).toBe('Ikke besvaret');
			const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(3);
		});
	});
});

/** From the start page through the first page (an expansion in maritime production) to the second. */
async function toSecondPage(rec: RecordedPage): Promise<void> {
	await openStart(rec, session.server.url);
	await clickButton(rec.page, UI.da.start);
	await expectPage(rec.page, PROJECT);
	await answerQuestion(rec.page, [
		{ q: PROJECT_TYPE, choose: 'Vi vil udvide et eksisterende anlæg' },
		{ q: SECTORS, choose: 'Maritim produktion' }
	]);
	await expectPage(rec.page, SITE);
}

describe('resuming', () => {
	it('keeps the answers in this tab: a new visit to the guide in the same tab resumes them', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await toSecondPage(rec);
			// Typed on the next page but not sent: not an answer yet.
			await fillAnswer(page, { q: LAND, type: '7' });
			expect(await stored(page, 'sessionStorage')).toContain(
				'project_type=expand&sectors=maritime'
			);
			expect(await stored(page, 'localStorage')).toBeNull();

			// The same tab, the guide's plain address (no answers in it): the answers are back.
			await page.goto(`${session.server.url}/#project`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(PROJECT);
			expect(
				await page.getByLabel('Vi vil udvide et eksisterende anlæg', { exact: true }).isChecked()
			).toBe(true);
			expect(await page.getByLabel('Maritim produktion', { exact: true }).isChecked()).toBe(true);
			// Without a step in the address, the guide carries on where the answers end: the second page, still empty.
			await page.goto(`${session.server.url}/`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(SITE);
			expect(await page.getByRole('textbox', { name: LAND, exact: true }).inputValue()).toBe('');
			// Resumed answers are the user's own: no "prefilled" notice.
			expect(await page.getByText('Svar fra linket er udfyldt på forhånd').count()).toBe(0);

			// Another tab of the same browser does not see them (sessionStorage is per tab) and nothing is on the device.
			const other = await rec.context.newPage();
			await other.goto(`${session.server.url}/`);
			await expect.poll(() => h1Text(other), { timeout: 10_000 }).toBe(UI.da.startHeading);
			expect(await stored(other, 'sessionStorage')).toBeNull();
			await other.close();
		});
	});

	it('keeps what was typed on a page and not sent yet through a reload, and only there', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await toSecondPage(rec);
			await fillAnswer(page, [
				{ q: LAND, type: '2,5' },
				{ q: 'Hvor i Danmark vil I helst ligge?', choose: 'Region Syddanmark' }
			]);
			// A reload (or a phone browser that dropped the tab): the page comes back as it was left.
			await page.reload();
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(SITE);
			expect(await page.getByRole('textbox', { name: LAND, exact: true }).inputValue()).toBe('2,5');
			expect(await page.getByLabel('Region Syddanmark', { exact: true }).isChecked()).toBe(true);
			// Not an answer until it is sent: the address does not have it.
			expect(new URL(page.url()).searchParams.has('land_ha')).toBe(false);

			// Left with "Tilbage", the page's input goes with the guide (as before), not with the tab.
			await page.getByRole('link', { name: UI.da.back, exact: true }).click();
			await expectPage(page, PROJECT);
			expect(
				await page.evaluate(() => sessionStorage.getItem('industripark-guide.page'))
			).not.toContain('2,5');

			// A link opened later in the tab wins over what was typed before it.
			await page.goto(`${session.server.url}/?v=1&project_type=expand&sectors=maritime#site`);
			await fillAnswer(page, { q: LAND, type: '9' });
			await page.goto(`${session.server.url}/?v=1&project_type=new_plant&sectors=maritime#site`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(SITE);
			expect(await page.getByRole('textbox', { name: LAND, exact: true }).inputValue()).toBe('');
		});
	});

	it('a reload while changing one answer from the check page keeps the way back there', async () => {
		// A review: after a reload the page said "Næste" and walked the user through the later pages again.
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?${COMPLETE}#check`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.checkHeading);
			await clickButton(page, UI.da.change('Areal'));
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(SITE);
			await fillAnswer(page, { q: LAND, type: '12' });
			await page.reload();
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(SITE);
			expect(await page.getByRole('textbox', { name: LAND, exact: true }).inputValue()).toBe('12');
			expect(await page.getByRole('button', { name: UI.da.next, exact: true }).count()).toBe(0);
			await clickButton(page, UI.da.saveAndCheck);
			await expectPage(page, UI.da.checkHeading);
			expect(new URL(page.url()).searchParams.get('land_ha')).toBe('12');
		});
	});

	it('"Husk svarene på denne enhed" keeps them for a new tab; "Slet svarene" deletes everything', async () => {
		await withPage(async (rec) => {
			const { page, context } = rec;
			await openStart(rec, session.server.url);
			await clickButton(page, UI.da.start);
			await answerQuestion(page, [
				{ q: PROJECT_TYPE, choose: 'Vi vil omdanne et eksisterende anlæg' },
				{ q: SECTORS, choose: 'Andet eller ingen af disse' }
			]);
			await expectPage(page, SITE);
			const remember = page.getByRole('checkbox', {
				name: 'Husk svarene på denne enhed i 30 dage'
			});
			await remember.check();
			const entry = JSON.parse((await stored(page, 'localStorage')) ?? '{}') as {
				answers?: string;
				expiresAt?: number;
				savedAt?: number;
			};
			expect(entry.answers).toContain('project_type=convert&sectors=other');
			// Only the answers and the dates: no identifiers.
			expect(Object.keys(entry).sort()).toEqual(['answers', 'expiresAt', 'savedAt', 'v']);
			expect(Math.round(((entry.expiresAt ?? 0) - (entry.savedAt ?? 0)) / 86_400_000)).toBe(30);
			await expectNoAxeViolations(page, 'question page with the storage controls');

			const second = await context.newPage();
			await second.goto(`${session.server.url}/#project`);
			await expect.poll(() => h1Text(second), { timeout: 10_000 }).toBe(PROJECT);
			// The answers did not come from this visit: the page says so, with the day they were saved.
			const restored = second
				.getByRole('status')
				.filter({ hasText: 'Vi har hentet de svar, der er husket på denne enhed' });
			await expect.poll(() => restored.count()).toBe(1);
			expect(await restored.textContent()).toMatch(/De blev gemt \d{1,2}\. \p{L}+ \d{4}\./u);
			await expectNoAxeViolations(second, 'a question page with the remembered-answers notice');
			expect(
				await second.getByLabel('Vi vil omdanne et eksisterende anlæg', { exact: true }).isChecked()
			).toBe(true);
			expect(
				await second.getByLabel('Andet eller ingen af disse', { exact: true }).isChecked()
			).toBe(true);
			expect(
				await second
					.getByRole('checkbox', { name: 'Husk svarene på denne enhed i 30 dage' })
					.isChecked()
			).toBe(true);

			// Delete: asked first, then everything is gone and the guide starts again.
			await second.getByRole('button', { name: 'Slet svarene' }).click();
			await second.getByRole('button', { name: 'Ja, slet svarene' }).click();
			await expect.poll(() => h1Text(second)).toBe(UI.da.startHeading);
			await expect
				.poll(() =>
					second
						.getByRole('status')
						.filter({ hasText: 'Jeres svar er slettet fra denne browser.' })
						.count()
				)
				.toBe(1);
			expect(await stored(second, 'localStorage')).toBeNull();
			expect(await stored(second, 'sessionStorage')).toBeNull();
			await second.close();
		});
	});

	it('works when the browser blocks storage: the whole journey, and the remember box says why it is off', async () => {
		await withPage(async (rec) => {
			const { page, context } = rec;
			// As in a third-party frame or a locked-down browser: every access throws.
			await context.addInitScript(() => {
				for (const area of ['localStorage', 'sessionStorage']) {
					Object.defineProperty(window, area, {
						configurable: true,
						get() {
							throw new DOMException('The operation is insecure.', 'SecurityError');
						}
					});
				}
			});
			await page.goto(`${session.server.url}/?${COMPLETE.replace('&financials=yes', '')}`);
			// The financials (on the last page) are unanswered: the link opens that page, the others answers in place.
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Om virksomheden');
			expect(await page.getByRole('textbox', { name: INVESTMENT, exact: true }).inputValue()).toBe(
				'350'
			);
			await answerQuestion(page, { q: FINANCIALS, choose: 'Ja' });
			await expectPage(page, UI.da.resultHeading);
			const remember = page.getByRole('checkbox', {
				name: 'Husk svarene på denne enhed i 30 dage'
			});
			expect(await remember.isDisabled()).toBe(true);
			expect(await page.getByText('Browseren tillader ikke, at guiden gemmer svar.').count()).toBe(
				1
			);
		});
	});

	it('discards unreadable stored answers with a notice and starts cleanly', async () => {
		await withPage(async (rec) => {
			const { page, context } = rec;
			await context.addInitScript((key: string) => {
				if (!sessionStorage.getItem('seeded')) {
					sessionStorage.setItem('seeded', '1');
					sessionStorage.setItem(key, '{"v":1,"savedAt":"yesterday",');
				}
			}, STORAGE_KEY);
			await page.goto(`${session.server.url}/`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.startHeading);
			await expect
				.poll(() => page.getByText('Gemte svar kunne ikke læses og er slettet.').count())
				.toBe(1);
			expect(await stored(page, 'sessionStorage')).toBeNull();
			await expectNoAxeViolations(page, 'start page with the "stored answers discarded" notice');
		});
	});
});
