// Keeps the address bar in step with the guide. Where the state lives depends on the page:
//   - the guide's own page (pageAddress): answers in the query (the link contract), the step in the hash;
//   - embedded in a host's page: see embed-address.ts (kept apart so the guide's own page does not load it).
import { effectiveAnswers } from '../domain/flow';
import { encodeAnswers, stepFromHash, stepSlug, type StepId } from '../domain/url-codec';
import type { GuideActor } from '../machine/guide-actor.svelte';
import { stepOf } from '../machine/guide-machine';

/** Where in the URL the guide keeps its state. */
export interface Address {
	/** The guide's link query ('' when none) and its step, read from a location. */
	read(location: Location): { query: string; step: StepId | undefined; present: boolean };
	/** The URL that holds this state, with everything else of the current location unchanged. */
	url(location: Location, query: string, step: StepId): string;
	/** Whether a later visit can restore the answers from the address (false: only the step is kept). */
	readonly keepsAnswers: boolean;
}

/** The guide's own page: `?v=1&…&lang=da#land-ha`. */
export const pageAddress: Address = {
	keepsAnswers: true,
	read: (location) => ({
		query: location.search.replace(/^\?/, ''),
		step: stepFromHash(location.hash),
		present: location.hash !== ''
	}),
	url: (location, query, step) => `${location.pathname}?${query}#${stepSlug(step)}`
};

export interface UrlSyncOptions {
	/** The current language (written as `lang`). */
	lang: () => 'da' | 'en';
	/** Where the state lives; the guide's own page by default. */
	address?: Address;
	win?: Window;
}

/**
 * Start syncing: a new step pushes a history entry, a changed answer or language replaces the current one, so
 * reload restores the page and back/forward move between steps without duplicate entries.
 * Returns `update` (call after a language change) and `stop`.
 */
export function syncUrl(
	actor: GuideActor,
	options: UrlSyncOptions
): { update(): void; stop(): void } {
	const win = options.win ?? window;
	const address = options.address ?? pageAddress;
	let fromHistory = false;
	/** The first write only records where the guide opened: it adds no history entry. */
	let opening = true;
	/**
	 * The guide brings each page's heading into view and focus itself (App.svelte). A browser that also restores the
	 * scroll of the entry gone back to (left at the buttons at the foot of a long page) scrolled the heading out of
	 * sight after that. So the guide's own entries restore no scroll; embedded, the host's entry stays as it was.
	 */
	const ownScroll = () => {
		try {
			win.history.scrollRestoration = 'manual';
		} catch {
			// Not settable here (an old browser): the browser restores the scroll, as before.
		}
	};
	if (address === pageAddress) ownScroll();

	const write = () => {
		const snapshot = actor.raw.getSnapshot();
		const step = stepOf(snapshot);
		// Only the answers that count: one that no longer applies would read as a bad link on reload.
		const query = encodeAnswers(effectiveAnswers(snapshot.context.answers), options.lang());
		const { location, history } = win;
		const current = address.read(location);
		// An embedded guide that nobody has used yet leaves the host's address alone.
		if (!current.present && step === 'start' && address !== pageAddress) return;
		const url = address.url(location, query, step);
		if (url === `${location.pathname}${location.search}${location.hash}`) return;
		const stepChanged = current.step !== step;
		try {
			// Embedded, "Start guiden" is the first write to the host's address: a new entry, so Back returns to the start
			// page instead of leaving the host's page. Opened on another step than the address asked for (a link's
			// "#results" with an answer to finish), that step is replaced: Back to it showed a result without the answer
			// (code review 25, D3).
			const landedElsewhere = opening && current.step !== undefined;
			if (stepChanged && !fromHistory && (current.present || !opening) && !landedElsewhere) {
				history.pushState(history.state, '', url);
				ownScroll();
			} else history.replaceState(history.state, '', url);
		} catch {
			// Some sandboxed frames forbid history changes; the guide still works without them.
		}
	};

	const onHistory = () => {
		const { step, present } = address.read(win.location);
		// A fragment that names no step is an ordinary in-page link (or the host's): not a navigation of the guide.
		if (present && step === undefined) return;
		const target = step ?? 'start';
		if (target === stepOf(actor.raw.getSnapshot())) return;
		fromHistory = true;
		actor.send({ type: 'step.goto', step: target, raw: actor.unsent?.() });
		write();
		fromHistory = false;
	};

	const sub = actor.raw.subscribe(() => write());
	// popstate covers back/forward; hashchange also covers a host that sets the hash itself.
	win.addEventListener('popstate', onHistory);
	win.addEventListener('hashchange', onHistory);
	write();
	opening = false;
	return {
		update: write,
		stop() {
			sub.unsubscribe();
			win.removeEventListener('popstate', onHistory);
			win.removeEventListener('hashchange', onHistory);
		}
	};
}
