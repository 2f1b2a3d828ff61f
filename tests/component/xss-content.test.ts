// The content files' texts are shown as text, never as markup: the result page (every park, the parks that cannot
// fit, the One Stop Shop, the support, the erhvervshus, the sources and the print summary) drawn from content whose
// every text is an XSS payload — content that passes the build's schema check.
import { screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { I18n } from '../../src/i18n/i18n.svelte';
import { answers } from '../builders/answers';
import { showGuide } from '../builders/guide';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

// The app's content modules, replaced by the same content with payload texts (vi.mock runs before the imports).
vi.mock('../../src/data/index', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/data/index')>();
	const { contentWithTexts } = await import('../builders/xss-content');
	const { XSS_PAYLOADS: payloads } = await import('../fixtures/xss-payloads');
	return { ...original, content: contentWithTexts(original.content, payloads).content };
});
vi.mock('../../src/data/question-content', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/data/question-content')>();
	const { content } = await import('../../src/data/index'); // the mocked one, with the payloads
	return { ...original, questionContent: { sectors: content.sectors, regions: content.regions } };
});

const { content: payloadContent } = await import('../../src/data/index');

/** Elements or attributes only an injection could have made. */
function injected(): string[] {
	const found: string[] = [];
	for (const el of Array.from(document.querySelectorAll('*'))) {
		for (const attr of Array.from(el.attributes)) {
			if (/^on/i.test(attr.name)) found.push(`<${el.tagName.toLowerCase()}> ${attr.name}`);
			if (
				/^(href|src|action|data|formaction)$/.test(attr.name) &&
				/^\s*(javascript|data|vbscript):/i.test(attr.value)
			) {
				found.push(`<${el.tagName.toLowerCase()}> ${attr.name}="${attr.value}"`);
			}
		}
	}
	const tags =
		'script, iframe, object, embed, base, meta, img, x, marquee, math, video, audio, style, form[action], input[autofocus]';
	for (const el of Array.from(document.body.querySelectorAll(tags)))
		found.push(`<${el.tagName.toLowerCase()}>`);
	return found;
}

const pageText = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');

describe('content texts with XSS payloads', () => {
	it('the payload content is valid content (the build would accept it) and really carries the payloads', () => {
		expect(payloadContent.sites.length).toBeGreaterThan(0);
		const names = payloadContent.sites.map((s) => s.name.da);
		expect(names.every((n) => XSS_PAYLOADS.includes(n))).toBe(true);
	});

	it.each(['da', 'en'] as const)(
		'%s: the result page shows every payload as text and inserts no element or attribute',
		async (lang) => {
			await showGuide({ lang, answers: answers({ regions: ['no_preference'] }), step: 'results' });
			await screen.findByRole(
				'heading',
				{ level: 1, name: lang === 'da' ? 'Jeres resultat' : 'Your result' },
				{ timeout: 10_000 }
			);
			// Open every park's full card from the comparison table.
			await screen.findByRole('table', { name: lang === 'da' ? /Sådan passer/ : /How each park/ });
			for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('.park-open')))
				button.click();
			await waitFor(
				() =>
					expect(document.querySelectorAll('article.result-card[id^="site-"]').length).toBe(
						payloadContent.sites.length
					),
				{ timeout: 10_000 }
			);
			await screen.findByRole('heading', {
				level: 2,
				name: lang === 'da' ? 'Næste skridt' : 'Next steps'
			});
			// A park's details and closed criteria table are drawn when opened: open them all.
			for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
			const allDetails = Array.from(document.querySelectorAll('details'));
			expect(allDetails.length).toBeGreaterThanOrEqual(payloadContent.sites.length);
			await waitFor(
				() =>
					expect(
						allDetails.filter((d) => d.querySelector('.details-text')?.childElementCount === 0)
					).toEqual([]),
				{ timeout: 10_000 }
			);

			expect(injected()).toEqual([]);
			// Every park is on the page (among those that fit or those that cannot), each under its payload name, as text.
			const text = pageText();
			for (const site of payloadContent.sites) {
				expect(text, `the name of ${site.id}`).toContain(site.name[lang].replace(/\s+/g, ' '));
			}
			// Every payload is visible somewhere, exactly as written – but "$t(app.skip)": see the known issue below.
			const hidden = XSS_PAYLOADS.filter((p) => !text.includes(p.replace(/\s+/g, ' ')));
			expect(hidden).toEqual([]);
			// Links from the content go to https addresses only (the schema's rule), never to a payload.
			for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
				expect(a.getAttribute('href')).toMatch(
					/^(https:\/\/|#|\.\/|[a-z-]+\.html|http:\/\/localhost)/
				);
			}
		},
		// A busy CI machine: jsdom draws eleven full park cards.
		30_000
	);
});

describe('content texts go through i18next', () => {
	// i18next resolves nesting ("$t(key)") and interpolation ("{{name}}") inside resource values, and content texts
	// are registered as i18next resources; I18n.t translates `content:` keys with skipInterpolation, so they are
	// shown exactly as written.
	it('a data text written like an i18next nesting, "$t(app.skip)", is shown as written', () => {
		const i18n = new I18n({ documentLang: false });
		i18n.addContent({ sites: [{ id: 'x', name: { da: '$t(app.skip)', en: '$t(app.skip)' } }] });
		expect(i18n.t('content:sites.x.name')).toBe('$t(app.skip)');
	});

	it('a data text written like an interpolation, "{{name}}", is shown as written when no value is given', () => {
		const i18n = new I18n({ documentLang: false });
		i18n.addContent({ sites: [{ id: 'x', name: { da: '{{name}} <b>', en: '{{name}} <b>' } }] });
		expect(i18n.t('content:sites.x.name')).toBe('{{name}} <b>');
	});
});
