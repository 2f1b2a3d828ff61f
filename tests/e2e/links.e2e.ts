/**
 * Links that carry answers, as a company meets them in Chromium: a prefilled link, a complete link, the
 * browser's back/forward and reload, switching language, and a list of malformed links that must each show
 * a notice and never break the page.
 */
import { describe, expect, it } from 'vitest';

import {
	UI,
	answerQuestion,
	clickButton,
	clickLink,
	expectNoAxeViolations,
	expectPage,
	h1Text,
	useBrowser
} from './guide';
import { encodeAnswers, MAX_QUERY_LENGTH } from '../../src/domain/url-codec';
import { answers } from '../builders/answers';

const session = useBrowser();

const withPage = session.withPage;

const PREFILLED = 'Nogle svar er udfyldt på forhånd';
const IGNORED = 'Noget i linket kunne ikke bruges';
const hashOf = (url: string) => new URL(url).hash;
const paramsOf = (url: string) => new URL(url).searchParams;

describe('a prefilled link', () => {
	it('opens on the first unanswered question with a notice; the prefilled answers are shown and changeable', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(
				`${session.server.url}/?v=1&project_type=expand&sectors=biosolutions,food_tech&land_ha=2.5`
			);
			expect(await h1Text(page)).toBe('Kan projektet deles op i etaper?');
			await expect.poll(() => page.getByText(PREFILLED).count()).toBe(1);
			expect(hashOf(page.url())).toBe('#land-phasing');
			await expectNoAxeViolations(
				page,
				'prefilled link: first unanswered question with the notice'
			);

			// Back: the prefilled land answer is in the field, in Danish notation.
			await clickLink(page, UI.da.back);
			await expectPage(page, 'Hvor meget jord har projektet brug for?');
			const land = page.getByRole('textbox', { name: 'Hvor meget jord har projektet brug for?' });
			expect(await land.inputValue()).toBe('2,5');
			// The notice belongs to the page the link opened on.
			expect(await page.getByText(PREFILLED).count()).toBe(0);
			await land.fill('3');
			await clickButton(page, UI.da.next);
			await expectPage(page, 'Kan projektet deles op i etaper?');
			expect(paramsOf(page.url()).get('land_ha')).toBe('3');
		});
	});

	it('opens a complete link on the results', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?${encodeAnswers(answers({ land_ha: 40 }), 'da')}`);
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.da.resultHeading);
			expect(hashOf(page.url())).toBe('#results');
			await expectNoAxeViolations(page, 'complete link: results');
		});
	});

	it('honours the step in the hash on reload, but never skips ahead of an unanswered question', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?v=1&project_type=expand#results`);
			expect(await h1Text(page)).toBe('Hvad skal I producere?');
			expect(hashOf(page.url())).toBe('#sectors');
			await page.goto(`${session.server.url}/?v=1&project_type=expand#project-type`);
			expect(await h1Text(page)).toBe('Hvad handler jeres projekt om?');
			expect(await page.getByLabel('Vi vil udvide et eksisterende anlæg').isChecked()).toBe(true);
		});
	});
});

describe('the browser and the address bar', () => {
	it('back/forward move between questions, reload keeps the page and answers, errors add no history', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/`);
			await clickButton(page, UI.da.start);
			await expectPage(page, 'Hvad handler jeres projekt om?');
			const lengthAtFirst = await page.evaluate(() => history.length);
			// A failed submit stays on the page and adds no history entry.
			await clickButton(page, UI.da.next);
			await clickButton(page, UI.da.next);
			expect(await page.evaluate(() => history.length)).toBe(lengthAtFirst);

			await answerQuestion(page, { choose: 'Vi vil bygge et nyt produktionsanlæg' });
			await expectPage(page, 'Hvad skal I producere?');
			await answerQuestion(page, { choose: 'Maritim produktion' });
			await expectPage(page, 'Hvor meget jord har projektet brug for?');
			expect(paramsOf(page.url()).get('sectors')).toBe('maritime');

			await page.goBack();
			await expect.poll(() => h1Text(page)).toBe('Hvad skal I producere?');
			expect(await page.getByLabel('Maritim produktion').isChecked()).toBe(true);
			await page.goBack();
			await expect.poll(() => h1Text(page)).toBe('Hvad handler jeres projekt om?');
			await page.goForward();
			await expect.poll(() => h1Text(page)).toBe('Hvad skal I producere?');

			await page.reload();
			await expect.poll(() => h1Text(page)).toBe('Hvad skal I producere?');
			expect(await page.getByLabel('Maritim produktion').isChecked()).toBe(true);
			expect(paramsOf(page.url()).get('project_type')).toBe('new_plant');
		});
	});

	it('switching language keeps the answers and the step, and the link says the new language', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?v=1&project_type=convert&sectors=maritime`);
			// Opening a page does not move focus (only moving between pages does), so check the heading text.
			await expect.poll(() => h1Text(page)).toBe('Hvor meget jord har projektet brug for?');
			await clickButton(page, UI.da.switchLanguage);
			await expect.poll(() => h1Text(page)).toBe('How much land does the project need?');
			await expect.poll(() => paramsOf(page.url()).get('lang')).toBe('en');
			expect(hashOf(page.url())).toBe('#land-ha');
			expect(paramsOf(page.url()).get('project_type')).toBe('convert');
			await page.reload();
			await expect.poll(() => h1Text(page)).toBe('How much land does the project need?');
			await clickLink(page, UI.en.back);
			await expect.poll(() => h1Text(page)).toBe('What will you produce?');
			expect(await page.getByLabel('Maritime production').isChecked()).toBe(true);
		});
	});
});

describe('malformed links never break the page', () => {
	const cases: [label: string, query: string, expectedText: RegExp][] = [
		['unknown parameter', '?v=1&project_type=expand&utm_source=mail', /”utm_source” kendes ikke/],
		['invalid option', '?v=1&project_type=castle', /Svaret på ”Projekt” var ikke gyldigt/],
		['number out of range', '?v=1&land_ha=0', /Svaret på ”Areal” var ikke gyldigt/],
		['number with a comma', '?v=1&land_ha=2,5', /Svaret på ”Areal” var ikke gyldigt/],
		[
			'duplicate parameter',
			'?v=1&project_type=expand&project_type=convert',
			/”Projekt” stod flere gange/
		],
		['broken percent-encoding', '?v=1&project_type=%E0%A4%A&sectors=%zz', /ødelagt/],
		['a newer version', '?v=99&project_type=expand', /nyere version/],
		['a bad version', '?v=abc&project_type=expand', /versionsnummer var ugyldigt/],
		[
			'an unknown language',
			'?v=1&project_type=expand&lang=xx',
			/Svaret på ”sprog” var ikke gyldigt/
		],
		[
			'an incomplete matrix',
			'?v=1&infrastructure=port:must',
			/”Infrastruktur” var ikke helt udfyldt/
		],
		[
			'an over-long link',
			`?v=1&project_type=expand&x=${'a'.repeat(MAX_QUERY_LENGTH + 100)}`,
			/for langt/
		],
		[
			'an answer that does not apply',
			'?v=1&net_zero=no&net_zero_tech=wind',
			/passer ikke til de andre svar/
		],
		[
			'script in a value',
			'?v=1&project_type=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			/Svaret på ”Projekt” var ikke gyldigt/
		],
		['script in a name', '?v=1&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1', /kendes ikke/]
	];

	it.each(cases)(
		'%s: the valid part is used and a notice says what was ignored',
		async (_label, query, expected) => {
			await withPage(async (rec) => {
				const { page } = rec;
				let dialogs = 0;
				page.on('dialog', (d) => {
					dialogs++;
					void d.dismiss();
				});
				await page.goto(`${session.server.url}/${query}`);
				await expect.poll(() => page.getByText(IGNORED).count()).toBe(1);
				expect(await page.getByText(expected).count()).toBeGreaterThan(0);
				expect((await h1Text(page)).length).toBeGreaterThan(0);
				expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
				expect(dialogs).toBe(0);
			});
		}
	);

	it('the notice passes axe', async () => {
		await withPage(async (rec) => {
			const { page } = rec;
			await page.goto(`${session.server.url}/?v=1&project_type=expand&foo=bar&land_ha=x`);
			await expect.poll(() => page.getByText(IGNORED).count()).toBe(1);
			await expectNoAxeViolations(page, 'link notices');
		});
	});
});
