/**
 * The accessibility statement ("Tilgængelighedserklæring"), as a user finds it: linked from the guide's footer
 * and the adviser page, in Danish and English, saying plainly what the operator has not filled in yet.
 */
import { describe, expect, it } from 'vitest';

import { newPage } from './harness';
import {
	UI,
	clickLink,
	expectCleanRecorders,
	expectNoAxeViolations,
	h1Text,
	openStart,
	useBrowser
} from './guide';

const session = useBrowser();

describe('accessibility statement', () => {
	it('is linked from the guide and the adviser page, states the standard and its limits, in both languages', async () => {
		const rec = await newPage(session.browser, { server: session.server });
		const { page } = rec;
		try {
			await openStart(rec, session.server.url);
			await clickLink(page, 'Tilgængelighedserklæring');
			await expect
				.poll(() => h1Text(page), { timeout: 10_000 })
				.toBe('Tilgængelighedserklæring for Industriparkguiden');
			const main = page.locator('main');
			await expect.poll(() => main.textContent()).toContain('WCAG 2.1 på niveau A og AA');
			expect(await main.textContent()).toContain('lov nr. 692 af 8. juni 2018');
			expect(
				await main
					.getByText('Ikke udfyldt endnu – udfyldes af den myndighed, der driver guiden')
					.count()
			).toBe(3);
			expect(await page.title()).toBe('Tilgængelighedserklæring – Industriparkguiden');
			// Where to complain: the supervising agency's own page, after the guide's operator.
			expect(
				await main
					.getByRole('link', {
						name: 'Sådan henvender du dig til Digitaliseringsstyrelsen (digst.dk)'
					})
					.getAttribute('href')
			).toBe(
				'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/'
			);
			await expectNoAxeViolations(page, 'accessibility statement (da)');

			await page.getByRole('button', { name: UI.da.switchLanguage }).click();
			await expect
				.poll(() => h1Text(page))
				.toBe('Accessibility statement for the Industrial Park Guide');
			expect(new URL(page.url()).search).toBe('?lang=en');
			await expectNoAxeViolations(page, 'accessibility statement (en)');
			await clickLink(page, 'Back to the guide');
			await expect.poll(() => h1Text(page), { timeout: 10_000 }).toBe(UI.en.startHeading);

			await page.goto(`${session.server.url}/adviser.html`);
			await clickLink(page, 'Tilgængelighedserklæring');
			await expect
				.poll(() => h1Text(page), { timeout: 10_000 })
				.toBe('Tilgængelighedserklæring for Industriparkguiden');
			expectCleanRecorders(rec);
		} finally {
			await rec.close();
		}
	});
});
