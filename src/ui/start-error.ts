// Never a white page: when the guide cannot start at all (an error before its own error page is in place, e.g. in
// its state machine on unusual answers), this replaces the page with a message, "Prøv igen" and a way to start
// over without answers. Loaded only then, so it costs the first page load nothing.
import { mount } from 'svelte';
import StartError from './StartError.svelte';
import da from '../i18n/start-error.da.json';
import type { Lang } from '../i18n/i18n.svelte';
import { forgetAnswers } from '../machine/storage';

export async function showStartError(target: HTMLElement, lang: Lang): Promise<void> {
	// English when asked for and it can be fetched; Danish otherwise.
	const texts =
		lang === 'en'
			? await import('../i18n/start-error.en.json').then(
					(m) => m.default,
					() => da
				)
			: da;
	document.documentElement.lang = texts === da ? 'da' : 'en';
	target.replaceChildren();
	mount(StartError, {
		target,
		props: {
			texts: texts.start_error,
			restartHref: `${location.pathname}${texts === da ? '' : '?lang=en'}`,
			onrestart: () => forgetAnswers()
		}
	});
}
