/**
 * Every part of the guide that loads later recovers from a failed download, without losing answers and – but for a
 * file that a page imports (the results page's data), which only a new page load fetches again – without a reload
 * (src/browser/lazy.ts).
 *
 * Each test makes one part's file fail the way the worst browser does: Chromium 150 remembers a failed `import()`
 * for its URL and fails every later `import()` of that URL at once, even with the network back. So the file's own
 * address fails for the whole test; only a new try (the same file at a new address) can reach it. The message
 * names what failed and offers "Prøv igen"; pressing it brings the part, and the message goes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RecordedPage } from './harness';
import {
	answerQuestion,
	clickButton,
	completeQuery,
	expectNoAxeViolations,
	expectPage,
	fillAnswer,
	h1Text,
	norm,
	openStart,
	UI,
	type Lang,
	localeOf,
	useBrowser
} from './guide';

const session = useBrowser();

/** A failed request is logged as a console error, on purpose: the pages are not checked for clean consoles. */
const withPage = (lang: Lang, fn: (rec: RecordedPage) => Promise<void>) =>
	session.withPage(fn, { locale: localeOf(lang), clean: false });

/**
 * The built file `name-<hash>.js` cannot be fetched: the connection is lost. After `reconnect()`, it still fails at
 * its own address (as in a browser that remembers the failure); a new try at a new address gets through.
 */
async function failAtItsAddress(
	page: Page,
	name: string,
	folder = 'assets'
): Promise<{ reconnect: () => void }> {
	let online = false;
	await page.route(new RegExp(`/${folder}/${name}-[^/?]*\\.js(\\?.*)?$`), (route) =>
		online && new URL(route.request().url()).search !== ''
			? route.continue()
			: route.abort('internetdisconnected')
	);
	return { reconnect: () => (online = true) };
}

const FAILED = {
	da: (what: string) =>
		`${what} kunne ikke hentes. Tjek forbindelsen, og prøv igen. Jeres svar er ikke tabt.`,
	en: (what: string) =>
		`${what} could not be loaded. Check your connection and try again. Your answers are not lost.`
};

async function alertText(page: Page): Promise<string> {
	const alert = page.getByRole('alert').first();
	await alert.waitFor({ timeout: 10_000 });
	return norm(await alert.innerText());
}

describe('a part that fails to download once recovers with "Prøv igen"', () => {
	it('the English texts: the page stays Danish and says so; "Prøv igen" switches', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await openStart(rec, session.server.url);
			const title = await h1Text(page);
			const network = await failAtItsAddress(page, 'en');
			await clickButton(page, UI.da.switchLanguage);
			expect(await alertText(page)).toContain(FAILED.da('De engelske tekster'));
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
			expect(await h1Text(page)).toBe(title);
			await expectNoAxeViolations(page, 'da: the English texts could not be fetched');
			network.reconnect();
			await clickButton(page, 'Prøv igen');
			await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
			expect(await page.getByRole('alert').count()).toBe(0);
			expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
		});
	});

	it('the English texts on a slow connection: the button says "Henter …" until they are here (review 25, A3)', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			await openStart(rec, session.server.url);
			await page.route(/\/assets\/en-[^/?]*\.js(\?.*)?$/, async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 2000));
				await route.continue();
			});
			await clickButton(page, UI.da.switchLanguage);
			await page.getByRole('button', { name: 'Henter …', exact: true }).waitFor({ timeout: 1500 });
			// Pressed again meanwhile: one switch, not two.
			await page.getByRole('button', { name: 'Henter …', exact: true }).click();
			await expect
				.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 })
				.toBe('en');
			expect(await page.getByRole('button', { name: 'Dansk', exact: true }).count()).toBe(1);
		});
	});

	it('the English questions (a file that another one also imports): "Prøv igen" switches the question page', async () => {
		await withPage('da', async ({ page }) => {
			await page.goto(`${session.server.url}/?v=1#project`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Jeres projekt');
			const network = await failAtItsAddress(page, 'question.en');
			await clickButton(page, UI.da.switchLanguage);
			expect(await alertText(page)).toContain(FAILED.da('De engelske tekster'));
			network.reconnect();
			await clickButton(page, 'Prøv igen');
			await expect.poll(() => h1Text(page)).toBe('Your project');
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
			expect(await page.getByRole('alert').count()).toBe(0);
		});
	});

	it('the data the results page needs, failed once: "Prøv igen" loads the guide anew, with every answer', async () => {
		await withPage('da', async ({ page }) => {
			// A file the page imports: the browser asks for it no more on this page, at any address of the page.
			let failures = 0;
			await page.route(/\/assets\/data-[^/?]*\.js$/, (route) =>
				failures++ === 0 ? route.abort('internetdisconnected') : route.continue()
			);
			await page.goto(`${session.server.url}/?${completeQuery('da')}#results`);
			expect(await alertText(page)).toContain(FAILED.da('Siden'));
			await clickButton(page, 'Prøv igen');
			// A new page load: the result as on the link's first opening (the heading is not focused).
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			expect(await page.getByRole('alert').count()).toBe(0);
			expect(page.url()).toContain(completeQuery('da').split('&lang=')[0]);
			expect(failures, 'the data file asked for again').toBe(2);
		});
	});

	for (const [lang, part] of [
		['da', 'ResultsPage'],
		['en', 'ResultsPage'],
		['da', 'result.da'],
		['en', 'result.en']
	] as const) {
		it(`${lang}: the results page (${part}) on a link: the page says so; "Prøv igen" draws it`, async () => {
			await withPage(lang, async ({ page }) => {
				const network = await failAtItsAddress(page, part);
				await page.goto(`${session.server.url}/?${completeQuery(lang)}#results`);
				expect(await alertText(page)).toContain(FAILED[lang](lang === 'da' ? 'Siden' : 'The page'));
				await expectNoAxeViolations(page, `${lang}: the results page could not be fetched`);
				network.reconnect();
				await clickButton(page, lang === 'da' ? 'Prøv igen' : 'Try again');
				await expectPage(page, UI[lang].resultHeading);
				expect(await page.getByRole('alert').count()).toBe(0);
				// Nothing was lost: the answers are still in the address.
				expect(page.url()).toContain(completeQuery(lang).split('&lang=')[0]);
			});
		});
	}

	it('da: the results page fails after "Se resultatet": the message takes focus (the button pressed is gone)', async () => {
		await withPage('da', async ({ page }) => {
			await failAtItsAddress(page, 'ResultsPage');
			await page.goto(`${session.server.url}/?${completeQuery('da')}#check`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.checkHeading);
			await clickButton(page, UI.da.confirm);
			expect(await alertText(page)).toContain(FAILED.da('Siden'));
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
				.toBe('main-heading');
		});
	});

	it('the check page fails after "Ret jeres svar": beside "Prøv igen", a way back to the result (review 25, A2)', async () => {
		await withPage('da', async ({ page }) => {
			await page.goto(`${session.server.url}/?${completeQuery('da')}#results`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			await failAtItsAddress(page, 'CheckPage');
			await clickButton(page, 'Ret jeres svar');
			expect(await alertText(page)).toContain(FAILED.da('Siden'));
			await expectNoAxeViolations(page, 'da: the check page could not be fetched');
			await clickButton(page, 'Gå et skridt tilbage');
			await expectPage(page, UI.da.resultHeading);
			expect(await page.getByRole('alert').count()).toBe(0);
		});
	});

	it('the map: the map says so; "Prøv igen" draws it', async () => {
		await withPage('da', async ({ page }) => {
			const network = await failAtItsAddress(page, 'leaflet-adapter');
			await page.goto(`${session.server.url}/?${completeQuery('da')}#results`);
			const map = page.getByRole('region', { name: 'Kort over parkerne' });
			await map.scrollIntoViewIfNeeded();
			const alert = map.getByRole('alert');
			await alert.waitFor({ timeout: 10_000 });
			await expectNoAxeViolations(page, 'da: the map could not be fetched');
			network.reconnect();
			await alert.getByRole('button', { name: 'Prøv igen' }).click();
			await expect
				.poll(() => page.locator('.leaflet-container').count(), { timeout: 10_000 })
				.toBe(1);
			expect(await map.getByRole('alert').count()).toBe(0);
		});
	});

	it('the adviser page: the page says so; "Prøv igen" draws it', async () => {
		await withPage('da', async ({ page }) => {
			const network = await failAtItsAddress(page, 'adviser');
			await page.goto(`${session.server.url}/adviser.html?v=1&project_type=expand`);
			expect(await alertText(page)).toContain(FAILED.da('Siden'));
			await expectNoAxeViolations(page, 'da: the adviser page could not be fetched');
			network.reconnect();
			await clickButton(page, 'Prøv igen');
			await expect.poll(() => h1Text(page)).toBe('Lav et link til en virksomhed');
			expect(await page.getByRole('alert').count()).toBe(0);
			// The link's answer is still there.
			expect(
				await page.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' }).isChecked()
			).toBe(true);
		});
	});

	it('the adviser page\'s QR code: the box says so; "Prøv igen" draws it', async () => {
		await withPage('da', async ({ page }) => {
			const network = await failAtItsAddress(page, 'dist');
			await page.goto(`${session.server.url}/adviser.html?v=1&project_type=expand`);
			await clickButton(page, 'Vis QR-kode');
			expect(await alertText(page)).toContain(FAILED.da('QR-koden'));
			await expectNoAxeViolations(page, 'da: the QR code could not be fetched');
			network.reconnect();
			await clickButton(page, 'Prøv igen');
			const qr = page.getByRole('img', { name: 'QR-kode med linket til virksomheden' });
			await expect.poll(() => qr.count()).toBe(1);
			expect(await page.getByRole('alert').count()).toBe(0);
		});
	});

	it('the iframe page: the frame says so; "Prøv igen" starts the guide', async () => {
		await withPage('en', async ({ page }) => {
			const network = await failAtItsAddress(page, 'frame');
			await page.goto(`${session.server.url}/embed.html?lang=en`);
			expect(await alertText(page)).toContain(FAILED.en('The page'));
			await expectNoAxeViolations(page, 'en: the iframe page could not be fetched');
			network.reconnect();
			await clickButton(page, 'Try again');
			await expect.poll(() => h1Text(page)).toBe(UI.en.startHeading);
		});
	});

	it('storage: saving starts on the next page, with the answers given so far', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			const network = await failAtItsAddress(page, 'storage');
			await openStart(rec, session.server.url);
			await clickButton(page, UI.da.start);
			await expectPage(page, 'Jeres projekt');
			network.reconnect();
			// The first page asks two questions: both answers are saved together.
			await answerQuestion(page, [
				{ q: 'Hvad handler jeres projekt om?', choose: 'Vi vil bygge et nyt produktionsanlæg' },
				{ q: 'Hvad skal I producere?', choose: 'Maritim produktion' }
			]);
			await expectPage(page, 'Jord, sted og tidspunkt');
			await expect
				.poll(() => page.evaluate(() => sessionStorage.getItem('industripark-guide.answers')))
				.toMatch(/project_type=new_plant&sectors=maritime/);
		});
	});

	it('the early result ("Se resultatet nu"): the page says so; "Prøv igen" draws it, with the pages left', async () => {
		await withPage('da', async (rec) => {
			const { page } = rec;
			const network = await failAtItsAddress(page, 'ResultsPage');
			// The first page answered by the link; the second by the user, who asks for the result at once.
			await page.goto(`${session.server.url}/?v=1&project_type=expand&sectors=maritime`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe('Jord, sted og tidspunkt');
			await fillAnswer(page, [
				{ q: 'Hvor meget jord har projektet brug for?', type: '80' },
				{ q: 'Kan projektet deles op i etaper?', choose: 'Nej' },
				{ q: 'Hvor i Danmark vil I helst ligge?', choose: 'Vi har ingen præference' },
				{ q: 'Hvornår skal produktionen starte?', choose: 'Om mere end 5 år' }
			]);
			await clickButton(page, 'Se resultatet nu');
			expect(await alertText(page)).toContain(FAILED.da('Siden'));
			await expectNoAxeViolations(page, 'da: the early result could not be fetched');
			network.reconnect();
			await clickButton(page, 'Prøv igen');
			await expectPage(page, UI.da.resultHeading);
			expect(await page.getByRole('alert').count()).toBe(0);
			expect(
				await page
					.getByRole('note', { name: 'Et første resultat' })
					.getByRole('button')
					.allTextContents()
			).toEqual([
				'Hvad skal grunden og egnen have?',
				'Hvad gælder for produktionen?',
				'Om virksomheden'
			]);
			// Nothing was lost: the answers of the second page are in the address.
			expect(new URL(page.url()).searchParams.get('land_phasing')).toBe('no');
		});
	});

	it('inside the web component: the results page on a prefilled host page; "Prøv igen" draws it', async () => {
		await withPage('da', async ({ page }) => {
			const network = await failAtItsAddress(page, 'ResultsPage', 'embed/chunks');
			await page.goto(`${session.server.url}/demo/web-component.html`);
			const guide = page.locator('industripark-guide#guide');
			await expect
				.poll(() => guide.getByRole('heading', { level: 1 }).textContent().then(norm), {
					timeout: 10_000
				})
				.toBe(UI.da.startHeading);
			await guide.evaluate(
				(el, prefill) => el.setAttribute('prefill', prefill),
				completeQuery('da')
			);
			const alert = guide.getByRole('alert');
			await alert.waitFor({ timeout: 10_000 });
			expect(norm(await alert.innerText())).toContain(FAILED.da('Siden'));
			await expectNoAxeViolations(page, 'da: the web component could not fetch a page', {
				context: { include: [['industripark-guide']] }
			});
			network.reconnect();
			await guide.getByRole('button', { name: 'Prøv igen' }).click();
			await expect
				.poll(() => guide.getByRole('heading', { level: 1 }).textContent().then(norm))
				.toBe(UI.da.resultHeading);
			expect(await guide.getByRole('alert').count()).toBe(0);
		});
	});
});
