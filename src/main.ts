// The one entry script, shared by index.html (the guide), adviser.html (`data-page="adviser"`) and embed.html
// (the guide in a host's iframe, `data-page="frame"`).
// One entry keeps the guide's initial load in one chunk: a second entry would make the bundler split the shared
// code (Svelte, i18n, the codec) into extra files and add to the first page's weight. The adviser page is lazy.
import { mount, unmount } from 'svelte';
import './styles/main.scss';
import './styles/app.scss';
import { optionSource } from './data/options';
import { decodeLink, stepFromHash } from './domain/url-codec';
import { linkStep, resolveStep } from './domain/flow';
import type { RestoredAnswers } from './browser/storage';
import { pageAddress } from './browser/url-sync';
import { isReturnVisit } from './browser/navigation';
import { guideTexts, startGuide } from './ui/shell/start-guide';
import { lazy } from './browser/lazy';
import { loadLinkNotices, loadResultsPage, loadStorage } from './browser/parts';
import LoadFailed from './ui/shell/LoadFailed.svelte';
import { isLang, PAGE_TEXTS, QUESTION_TEXTS } from './i18n/i18n.svelte';

/** How long a link to a result waits for the result's page and fonts before the guide starts anyway (see below). */
const RESULT_WAIT_MS = 1500;
/** The weights of IBM Plex Sans the result uses (main.scss declares them). */
const RESULT_FONTS = [
	'400 1em "IBM Plex Sans"',
	'600 1em "IBM Plex Sans"',
	'700 1em "IBM Plex Sans"'
];

const target = document.getElementById('app');
if (target?.dataset.page === 'adviser') {
	showPage(
		target,
		lazy(() => import('./adviser')),
		(m) => m.mountAdviser(target)
	);
} else if (target?.dataset.page === 'statement') {
	showPage(
		target,
		lazy(() => import('./statement')),
		(m) => m.mountStatement(target)
	);
} else if (target?.dataset.page === 'frame') {
	showPage(
		target,
		lazy(() => import('./embed/frame')),
		(m) => m.mountFrame(target)
	);
} else if (target) {
	const link = decodeLink(location.search, optionSource);
	const returning = isReturnVisit();
	const step = stepFromHash(location.hash);
	// A link with answers most often opens on the result: its page, texts, the link's notice and the fonts are fetched
	// now, alongside the guide's start, instead of after it (see App.svelte for the same loaders).
	const early = link.prefilled
		? Promise.all([
				loadResultsPage(),
				PAGE_TEXTS[link.lang ?? 'da'](),
				QUESTION_TEXTS[link.lang ?? 'da'](),
				// The option lists' texts, which come with them (i18n.svelte.ts).
				PAGE_TEXTS.content?.(),
				loadLinkNotices(),
				// The result's fonts too: drawn before they came, its text would reflow when they do.
				...RESULT_FONTS.map((font) => document.fonts?.load(font))
			]).catch(() => {})
		: undefined;
	const start = (stored?: RestoredAnswers) => {
		const guide = startGuide(target, {
			lang: link.lang ?? 'da',
			link: returning ? { ...link, prefilled: false } : link,
			answers: stored?.answers,
			storageDiscarded: stored?.discarded,
			storageRemembered: stored?.rememberedOn,
			step,
			address: pageAddress,
			persist: true
		});
		void guide.ready.then(() => keepOffline(target));
	};
	// Answers in the address win. Without them the guide resumes from this tab or device (no "prefilled" notice).
	// The storage module is fetched only when this browser holds anything at all, so first visits do not wait for it.
	if (!link.prefilled && hasStoredData()) {
		void loadStorage().then(
			(m) => start(m.restoreAnswers((query) => decodeLink(query, optionSource))),
			() => start()
		);
	} else if (early && resolveStep(linkStep(step, link.drafts), link.answers) === 'results') {
		// A link that opens on the result waits for them, so the result is drawn in one go instead of a header and
		// "Henter …" first and the result pushing in later (a failed download is the page's to report).
		// Lighthouse mobile on a result link, median of 5, back to back: Performance 74 → 83–85, TBT 810 → 320–340 ms,
		// CLS 0.029 → 0. On a very slow connection the guide does not stay blank for long: after RESULT_WAIT_MS it
		// starts anyway, and says it is loading.
		void Promise.race([early, new Promise((resolve) => setTimeout(resolve, RESULT_WAIT_MS))]).then(
			() => start()
		);
	} else {
		start();
	}
}

/**
 * A page whose code loads after this entry (the adviser page, the statement, the iframe page). Should it not arrive,
 * the page says so with "Prøv igen", which asks for it again.
 */
function showPage<M>(target: HTMLElement, load: () => Promise<M>, draw: (m: M) => void): void {
	const show = (m: M) => {
		draw(m);
		keepOffline(target);
	};
	load().then(show, async () => {
		// In English when asked for and its texts can be fetched, in Danish otherwise.
		const lang = new URLSearchParams(location.search).get('lang');
		const texts = guideTexts('da', { documentLang: true });
		if (isLang(lang)) await texts.setLang(lang).catch(() => {});
		target.replaceChildren();
		const failed = mount(LoadFailed, {
			target,
			props: {
				heading: texts.t('app.load_error_heading'),
				text: texts.t('app.load_error_text', { what: texts.t('app.part_page') }),
				retry: texts.t('app.retry'),
				focus: true,
				onretry: () => {
					void unmount(failed);
					showPage(target, load, draw);
				}
			}
		});
	});
}

/**
 * Once the first page is on screen: the service worker that keeps the guide's pages for offline use (README, "Offline";
 * its code loads only now). Should that code not arrive, the next visit tries again.
 */
function keepOffline(page: HTMLElement): void {
	if (
		import.meta.env.PROD &&
		import.meta.env.VITE_SERVICE_WORKER !== 'off' &&
		'serviceWorker' in navigator
	)
		void lazy(() => import('./browser/offline'))().then(
			(m) => m.registerWorker(page),
			() => {}
		);
}

function hasStoredData(): boolean {
	return (['sessionStorage', 'localStorage'] as const).some((area) => {
		try {
			return window[area].length > 0;
		} catch {
			return false; // blocked storage: nothing to restore
		}
	});
}
