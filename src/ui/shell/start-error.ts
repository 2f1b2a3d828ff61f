// Never a white page: when the guide cannot start (an error before its own error page is in place) or its state
// machine stops on an error (a guard or action that throws, e.g. on unusual answers), this replaces the page with a
// message, "Prøv igen" and a way to start over without answers. Loaded only then: the first page load carries none
// of it.
import { mount } from 'svelte';
import StartError from './StartError.svelte';
import da from '../../i18n/start-error.da.json';
import type { Lang } from '../../i18n/i18n.svelte';
import { lazy } from '../../browser/lazy';
import { loadStorage } from '../../browser/parts';

const loadEnglish = lazy(() => import('../../i18n/start-error.en.json'));

export async function showStartError(
	target: HTMLElement,
	lang: Lang,
	options: {
		/** The guide's own page or frame: the message sets the page's title and language. */
		ownsDocument: boolean;
		/** Embedded: start the guide anew in place, rather than by loading the guide's page without answers. */
		restart?: () => void;
	}
): Promise<void> {
	// Fetched here rather than imported above (the entry then lists one file less for this rare page). Should it not
	// come, the page still shows; the new start then only leaves the address without answers.
	const storage = loadStorage().then(
		(m) => m.forgetAnswers,
		() => () => {}
	);
	// English when asked for and it can be fetched; Danish otherwise.
	const texts =
		lang === 'en'
			? await loadEnglish().then(
					(m) => m.default,
					() => da
				)
			: da;
	const forgetAnswers = await storage;
	if (options.ownsDocument) document.documentElement.lang = texts === da ? 'da' : 'en';
	target.replaceChildren();
	const restart = options.restart;
	mount(StartError, {
		target,
		props: {
			texts: texts.start_error,
			lang: texts === da ? 'da' : 'en',
			ownsDocument: options.ownsDocument,
			restartHref: restart ? undefined : `${location.pathname}${texts === da ? '' : '?lang=en'}`,
			onrestart: restart ?? (() => forgetAnswers())
		}
	});
}
