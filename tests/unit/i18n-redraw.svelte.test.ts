// Which texts are drawn again when texts are added: only those not here yet. Texts arriving later (the footer's, a
// notice's) once made every text of the page be translated and drawn a second time (see I18n.t).
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { I18n } from '../../src/i18n/i18n.svelte';
import type { TextKey } from '../../src/i18n/text-keys';

/** Follows what an effect reading `read` shows, and how often it ran. */
function watch(read: () => string) {
	const seen: string[] = [];
	const stop = $effect.root(() => {
		$effect(() => {
			seen.push(read());
		});
	});
	flushSync();
	return { seen, stop };
}

describe('texts added later', () => {
	it('do not draw a text that is here again', () => {
		const i18n = new I18n();
		const shown = watch(() => i18n.t('app.service'));
		i18n.addTexts({ da: { later: { one: 'Senere' } }, en: { later: { one: 'Later' } } });
		flushSync();
		expect(shown.seen).toHaveLength(1);
		expect(shown.seen[0]).not.toBe('app.service');
		shown.stop();
	});

	it('show a text that was missing once it arrives', () => {
		const i18n = new I18n();
		const shown = watch(() => i18n.t('later.two' as TextKey, { n: 2 }));
		expect(shown.seen).toEqual(['later.two']);
		i18n.addTexts({ da: { later: { two: 'Nu {{n}}' } }, en: { later: { two: 'Now {{n}}' } } });
		flushSync();
		expect(shown.seen).toEqual(['later.two', 'Nu 2']);
		shown.stop();
	});

	it('show a text whose nested text was missing once that arrives', () => {
		const i18n = new I18n();
		i18n.addTexts({
			da: { later: { outer: 'Før $t(later.inner)' } },
			en: { later: { outer: 'x' } }
		});
		const shown = watch(() => i18n.t('later.outer' as TextKey));
		i18n.addTexts({ da: { later: { inner: 'efter' } }, en: { later: { inner: 'after' } } });
		flushSync();
		expect(shown.seen.at(-1)).toBe('Før efter');
		shown.stop();
	});

	it('draw every text again in a new language', async () => {
		const i18n = new I18n();
		const shown = watch(() => i18n.t('app.service'));
		await i18n.setLang('en');
		flushSync();
		expect(shown.seen).toHaveLength(2);
		expect(shown.seen[1]).not.toBe(shown.seen[0]);
		shown.stop();
	});
});
