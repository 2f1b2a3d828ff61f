// The guide's own pages keep working offline after the first visit: this registers the service worker that the build
// generates (dist/sw.js, see scripts/vite-plugin-offline.ts). main.ts loads it after the first page is on screen, so the
// first page load carries none of it. Never used by the web component: a host's page is not ours to control.
//
// Plain service worker API rather than workbox-window: a new version that the browser starts installing on navigation,
// before this late registration runs, is missed by workbox-window's `waiting` event; here every worker the registration
// has or gets is followed until it waits.
import { mount } from 'svelte';
import UpdateNotice from '../ui/shell/UpdateNotice.svelte';

/** The worker sits next to the pages, one folder above this script (assets/): its scope is the guide's folder. */
const WORKER = '../sw.js';

/**
 * Register the worker. When a new version's worker is installed and waiting, a notice goes at the top of `page`;
 * its "Genindlæs" lets the new version take over and reloads (the answers are in the address).
 */
export async function registerWorker(page: HTMLElement): Promise<void> {
	const workers = navigator.serviceWorker;
	// No worker (the host does not serve sw.js, the browser refuses it): the guide works online as before. A register()
	// that something has replaced (a test browser blocking workers, an extension) may also resolve to nothing.
	const registration: ServiceWorkerRegistration | undefined = await workers
		.register(new URL(WORKER, import.meta.url).href)
		.catch(() => undefined);
	if (!registration) return;
	let notice: HTMLElement | undefined;
	const offerNewVersion = () => {
		// A waiting worker while another one controls the page is a new version (the first one never waits).
		if (!registration.waiting || !workers.controller || notice) return;
		notice = document.createElement('div');
		page.prepend(notice);
		mount(UpdateNotice, { target: notice, props: { onreload: () => takeOver(registration) } });
	};
	const follow = (worker: ServiceWorker | null) =>
		worker?.addEventListener('statechange', offerNewVersion);
	offerNewVersion();
	follow(registration.installing);
	registration.addEventListener('updatefound', () => follow(registration.installing));
	// The browser looks for a new version whenever a page of the guide is opened; a tab left open for days asks when the
	// user comes back to it.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') registration.update().catch(() => {}); // offline: asked again later
	});
}

/** The waiting worker takes over (it listens for SKIP_WAITING), then the page reloads into the new version. */
function takeOver(registration: ServiceWorkerRegistration): void {
	const waiting = registration.waiting;
	// Another tab may have let it take over already: then a reload is all it takes.
	if (!waiting) return location.reload();
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
	waiting.postMessage({ type: 'SKIP_WAITING' });
}
