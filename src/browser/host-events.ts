// Events for a host page's analytics (the web component and the iframe report them; the standalone page does
// not). They carry the step id and, on completion, the link to the answers: never anything about the person.
import { effectiveAnswers } from '../domain/flow';
import { encodeAnswers, type StepId } from '../domain/url-codec';
import type { GuideActor } from '../machine/guide-actor.svelte';
import { stepOf } from '../machine/guide-machine';
import type { HostEvent } from './host-event-types';

export { HOST_EVENTS, type HostEvent, type HostEventName } from './host-event-types';

export interface HostEventOptions {
	report: (event: HostEvent) => void;
	/** The standalone guide's address, for the completion link. */
	guideUrl: () => string;
	lang: () => 'da' | 'en';
	/**
	 * The guide goes on with a journey this tab has reported already (the host page was reloaded or reached with
	 * back/forward, or the element started again with a new setting): the page it opens on is a page view, not a
	 * new `start`, nor a new `complete` for the answers it opens with.
	 */
	resumed?: boolean;
}

/**
 * Report page views as the step changes, `start` when the first page after the start page is shown (again after
 * a restart) and `complete` when the results are shown for a new set of answers. A resumed journey's first page is
 * only a page view.
 */
export function trackHostEvents(
	actor: Pick<GuideActor, 'raw'>,
	options: HostEventOptions,
	/** The steps shown before this code arrived, oldest first: reported first, in order. */
	earlier: readonly StepId[] = []
): { stop(): void } {
	let last: StepId | undefined;
	let started = false;
	let completedLink: string | undefined;
	let resuming = options.resumed ?? false;
	const see = (step: StepId) => {
		if (step === last) return;
		last = step;
		const resumed = resuming;
		resuming = false;
		if (step === 'start') started = false;
		else if (!started) {
			started = true;
			if (!resumed) options.report({ name: 'start', step });
		}
		options.report({ name: 'page_view', step });
		if (step === 'results') {
			const link = `${options.guideUrl()}?${encodeAnswers(effectiveAnswers(actor.raw.getSnapshot().context.answers), options.lang())}#results`;
			if (link !== completedLink) {
				completedLink = link;
				if (!resumed) options.report({ name: 'complete', step, link });
			}
		}
	};
	const onSnapshot = () => see(stepOf(actor.raw.getSnapshot()));
	const sub = actor.raw.subscribe(onSnapshot);
	earlier.forEach(see);
	onSnapshot();
	return { stop: () => sub.unsubscribe() };
}

/** A click inside the guide that a host counts: a contact link (`data-cta`) or a download (`data-download`). */
export function hostEventForClick(target: EventTarget | null, step: StepId): HostEvent | undefined {
	if (!(target instanceof Element)) return undefined;
	const el = target.closest('[data-cta], [data-download]');
	if (!el) return undefined;
	if (el.hasAttribute('data-download'))
		return { name: 'download', step, target: el.getAttribute('data-download') ?? '' };
	return {
		name: 'cta_click',
		step,
		id: el.getAttribute('data-cta') ?? '',
		target: el.getAttribute('href') ?? ''
	};
}
