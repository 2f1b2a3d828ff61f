/**
 * The adviser page as an adviser and then the company meet it in Chromium: the adviser answers what they know,
 * copies the link (and sees its QR code), and the company opens that link on the first page it still has to
 * answer, with the adviser's answers filled in.
 */
import { describe, expect, it } from 'vitest';

import {
	UI,
	clickButton,
	clickLink,
	expectNoAxeViolations,
	expectPage,
	h1Text,
	useBrowser
} from './guide';

const session = useBrowser();

const withPage = session.withPage;

const ADVISER_HEADING = 'Lav et link til en virksomhed';
const PREFILLED = 'Svar fra linket er udfyldt på forhånd';

describe('adviser page', () => {
	it('an adviser builds a link; the company opens it on the right page with the answers shown', async () => {
		let link = '';
		await withPage(async (rec) => {
			const { page, context } = rec;
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: session.server.url
			});
			await page.goto(`${session.server.url}/adviser.html`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(ADVISER_HEADING);
			await expectNoAxeViolations(page, 'adviser page (da), empty');

			const form = page.getByRole('form', { name: 'Spørgsmålene' });
			const projectType = form.getByRole('group', { name: 'Hvad handler jeres projekt om?' });
			await projectType.getByLabel('Vi vil udvide et eksisterende anlæg', { exact: true }).check();
			const sectors = form.getByRole('group', { name: 'Hvad skal I producere?' });
			await sectors.getByLabel('Teknologi til fødevareindustrien', { exact: true }).check();
			await form
				.getByRole('textbox', { name: 'Hvor meget jord har projektet brug for?' })
				.fill('12,5');
			const origin = form.getByRole('group', { name: 'Hvor kommer virksomheden fra?' });
			await origin
				.getByLabel('Dansk virksomhed – også en ny, der endnu ikke producerer', { exact: true })
				.check();

			// The live preview follows the answers.
			const preview = page.getByRole('region', { name: 'Resultatet lige nu' });
			await expect.poll(() => preview.textContent()).toContain('Du har udfyldt 4 af');

			const field = page.getByRole('textbox', { name: 'Link til virksomheden' });
			link = await field.inputValue();
			const params = new URL(link).searchParams;
			expect([...params.keys()]).toEqual([
				'v',
				'project_type',
				'sectors',
				'land_ha',
				'company_origin',
				'lang'
			]);
			expect(params.get('land_ha')).toBe('12.5');
			expect(params.get('sectors')).toBe('food_tech');

			await clickButton(page, 'Kopiér link');
			await expect
				.poll(() => page.getByRole('status').filter({ hasText: 'Linket er kopieret' }).count())
				.toBe(1);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

			// The QR code is made in the browser on demand, as an image with a name, under the strict CSP.
			await clickButton(page, 'Vis QR-kode');
			const qr = page.getByRole('img', { name: 'QR-kode med linket til virksomheden' });
			await expect.poll(() => qr.count()).toBe(1);
			expect(await qr.locator('path, rect').count()).toBeGreaterThan(0);

			// The mail link carries the same link in its body.
			const mail = await page
				.getByRole('link', { name: 'Send linket i en mail' })
				.getAttribute('href');
			expect(decodeURIComponent(mail ?? '')).toContain(link);
			await expectNoAxeViolations(page, 'adviser page (da), filled in with the QR code');
		});

		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(link);
			// Project, sectors and land are answered: the company starts on the page with the land (phasing, region and
			// start are left), the land filled in, with the notice.
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Jord, sted og tidspunkt');
			await expect.poll(() => page.getByText(PREFILLED).count()).toBe(1);
			expect(
				await page
					.getByRole('textbox', { name: 'Hvor meget jord har projektet brug for?' })
					.inputValue()
			).toBe('12,5');
			await clickLink(page, UI.da.back);
			await expectPage(page, 'Jeres projekt');
			expect(
				await page.getByLabel('Teknologi til fødevareindustrien', { exact: true }).isChecked()
			).toBe(true);
		});
	});

	it('on a laptop screen, the buttons for the link and its QR code come into view when reached (review 25, B1)', async () => {
		await withPage(
			async ({ page }) => {
				await page.goto(
					`${session.server.url}/adviser.html?v=1&project_type=expand&sectors=agro_industry&land_ha=8` +
						'&infrastructure=wastewater:must,water_volume:must&company_origin=danish&employees=from_50_to_249&home=657'
				);
				await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(ADVISER_HEADING);
				/** The focused element's box lies within the window. */
				const focusInView = () =>
					page.evaluate(() => {
						const box = document.activeElement?.getBoundingClientRect();
						return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
					});
				// The preview above the link loads its parks after the page: wait for it, or it pushes the buttons down after
				// they took focus (a fresh-clone CI run met that).
				const preview = page.getByRole('region', { name: 'Resultatet lige nu' });
				await expect
					.poll(() => preview.textContent(), { timeout: 10_000 })
					.toContain('Industripark');
				const field = page.getByRole('textbox', { name: 'Link til virksomheden' });
				await field.focus();
				for (const name of ['Kopiér link', 'Vis QR-kode', 'Send linket i en mail']) {
					await page.keyboard.press('Tab');
					expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(name);
					expect(await focusInView(), `${name}: in view when focused`).toBe(true);
				}
				await page.keyboard.press('Shift+Tab');
				await page.keyboard.press('Enter');
				const qr = page.getByRole('img', { name: 'QR-kode med linket til virksomheden' });
				await expect.poll(() => qr.count()).toBe(1);
				await expect
					.poll(() => qr.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight))
					.toBe(true);
				await expectNoAxeViolations(page, 'adviser page on a laptop screen, with the QR code');
			},
			{ viewport: { width: 1366, height: 768 } }
		);
	});

	it('the company sees where the adviser said it is among what the link filled in (review 25, B3)', async () => {
		await withPage(async ({ page }) => {
			await page.goto(
				`${session.server.url}/?v=1&project_type=expand&sectors=agro_industry&land_ha=8&home=657`
			);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Jord, sted og tidspunkt');
			const list = page.getByText('Se de 4 svar, linket har udfyldt');
			await expect.poll(() => list.count()).toBe(1);
			await list.click();
			await expect
				.poll(() => page.getByText('Hvor I ligger i dag: Herning', { exact: true }).count())
				.toBe(1);
		});
	});

	it('opens an existing link for editing and works in English', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/adviser.html?v=1&project_type=convert&lang=en`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Make a link for a company');
			const projectType = page.getByRole('group', { name: 'What is your project about?' });
			expect(
				await projectType
					.getByLabel('We want to convert an existing plant', { exact: true })
					.isChecked()
			).toBe(true);
			const link = new URL(
				await page.getByRole('textbox', { name: 'Link for the company' }).inputValue()
			);
			expect(link.searchParams.get('project_type')).toBe('convert');
			expect(link.searchParams.get('lang')).toBe('en');
			await expectNoAxeViolations(page, 'adviser page (en), opened with a link');
		});
	});

	it('keeps what an edited link chose on its result, names what it could not use, says what the link leaves out, and keeps its answers in its own address', async () => {
		await withPage(async ({ page }) => {
			await page.goto(
				`${session.server.url}/adviser.html?v=1&project_type=expand&land_ha=1.000&shortlist=horsens,viborg&home=101&rank_by_distance=yes`
			);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(ADVISER_HEADING);
			await page
				.getByText('Linket havde også valg fra resultatsiden (kort liste eller rækkefølge).', {
					exact: false
				})
				.waitFor();
			// The part it could not use is named, as the guide names it.
			await page.getByText('Svaret på ”Areal” var ikke gyldigt', { exact: false }).waitFor();
			const linkField = page.getByRole('textbox', { name: 'Link til virksomheden' });
			const link = new URL(await linkField.inputValue());
			expect(link.searchParams.get('shortlist')).toBe('horsens,viborg');
			expect(link.searchParams.get('home')).toBe('101');
			expect(link.searchParams.get('rank_by_distance')).toBe('yes');
			// Where the company is, shown in its field and changed there (review 21).
			const home = page.getByRole('combobox', { name: 'Vælg kommunen' });
			expect(await home.inputValue()).toBe('101');
			await home.selectOption({ label: 'Silkeborg' });
			await expect
				.poll(async () => new URL(await linkField.inputValue()).searchParams.get('home'))
				.toBe('740');
			await home.selectOption({ label: 'Ingen valgt' });
			await expect
				.poll(async () => new URL(await linkField.inputValue()).searchParams.has('home'))
				.toBe(false);

			// An answer that cannot be used yet is left out of the link, and the link says so.
			const investment = page.getByRole('textbox', {
				name: 'Hvor stor er investeringen i projektet?'
			});
			await investment.fill('0');
			await page
				.getByText('1 svar er ikke med, fordi det skal rettes.', { exact: false })
				.waitFor();
			expect(new URL(await linkField.inputValue()).searchParams.has('investment_mdkk')).toBe(false);
			// It links to the field, which gets focus.
			await page.getByRole('link', { name: /^Investering: / }).click();
			await expect
				.poll(() => investment.evaluate((el) => el === document.activeElement))
				.toBe(true);
			await investment.fill('40');
			await expect
				.poll(async () => new URL(await linkField.inputValue()).searchParams.get('investment_mdkk'))
				.toBe('40');
			expect(await page.getByText('svar er ikke med, fordi', { exact: false }).count()).toBe(0);

			// The page's own address: the answers and the language, so a reload keeps both.
			await page.getByRole('button', { name: UI.da.switchLanguage }).click();
			await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
			await page.reload();
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Make a link for a company');
			expect(
				await page.getByLabel('We want to expand an existing plant', { exact: true }).isChecked()
			).toBe(true);
			expect(new URL(page.url()).searchParams.get('investment_mdkk')).toBe('40');
			await expectNoAxeViolations(page, 'adviser page (en), after a reload');
		});
	});
});
