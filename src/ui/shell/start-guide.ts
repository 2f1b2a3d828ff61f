// The one way to put the guide on a page: its own page (main.ts), the iframe page (embed/frame.ts), the web
// component (embed/element.ts) and the component tests all call startGuide. It makes the texts and the state
// machine, wires the machine to the browser (the address bar, a host page's events), mounts App (which draws the
// pages), and never leaves a white page: should the guide fail to start, or its state machine stop on an
// error later, the guide is replaced by a message with "Prøv igen" and a new start without answers.
import { mount, unmount } from 'svelte';
import App from './App.svelte';
import { optionSource } from '../../data/options';
import { I18n, type Lang } from '../../i18n/i18n.svelte';
import { GuideActor, type GuideMachine } from '../../machine/guide-actor.svelte';
import type { Answers } from '../../domain/types';
import type { DecodedLink, StepId } from '../../domain/url-codec';
import type { HostEvent } from '../../browser/host-event-types';
import { loadStartError } from '../../browser/parts';
import { lazy } from '../../browser/lazy';
import { syncUrl, type Address } from '../../browser/url-sync';
import { stepOf } from '../../machine/guide-machine';
import type { TileConfig } from '../map/map-types';

const loadHostEvents = lazy(() => import('../../browser/host-events'));

/** The guide's texts, switching to `lang` when it is not Danish. */
export function guideTexts(lang: Lang, options: { documentLang: boolean }): I18n {
	const i18n = new I18n(options);
	if (lang !== 'da') void i18n.setLang(lang);
	return i18n;
}

export interface GuideOptions {
	lang: Lang;
	/** A decoded link: its answers and drafts to start from, and what the link notices say. */
	link?: DecodedLink;
	/** Answers to start from besides the link's (the answers kept in this browser). */
	answers?: Answers;
	/** The step asked for by the address. */
	step?: StepId;
	/** Keep the state in the address bar, in this part of it (none: the guide keeps it in memory only). */
	address?: Address;
	/** The guide's own page: it draws its header and footer. Embedded: the host draws them. */
	standalone?: boolean;
	/** The guide owns the document (its page or its own frame): it sets the title and the page language. */
	ownsDocument?: boolean;
	/** The standalone guide's address (no query or hash), for links to a result. */
	guideUrl?: string;
	/** Events for the host's analytics (embeds). */
	onevent?: (event: HostEvent) => void;
	/** The journey reported to the host already goes on (see HostEventOptions.resumed). */
	resumed?: boolean;
	/** Show the map of the parks on the results (a host may turn it off). */
	showMap?: boolean;
	/** A tile layer for the map; without it the map uses the bundled outline only (or the build's setting). */
	mapTiles?: TileConfig;
	/** Keep the answers in this tab, and on the device when the user asks (the guide's own page only). */
	persist?: boolean;
	/** Stored answers could not be read and were deleted: say so on the first page. */
	storageDiscarded?: boolean;
	/** The answers were remembered on this device at this time (ms): say so on the first page. */
	storageRemembered?: number;
	/** A machine with injected behaviour (tests: `guideMachine.provide(...)`). */
	machine?: GuideMachine;
}

export interface StartedGuide {
	/** Settled once the guide is drawn (or has failed and its message is on its way). */
	ready: Promise<void>;
	/** Switch the language, keeping the answers and the page (a web component's `lang` attribute). */
	setLang(lang: Lang): void;
	/** Take the guide off the page and stop everything it runs. */
	stop(): void;
}

export function startGuide(target: HTMLElement, options: GuideOptions): StartedGuide {
	const standalone = options.standalone ?? true;
	const ownsDocument = options.ownsDocument ?? standalone;
	const guideUrl = options.guideUrl ?? `${location.origin}${location.pathname}`;
	const onevent = options.onevent;
	let lang = options.lang;
	let texts: I18n | undefined;
	let actor: GuideActor | undefined;
	let app: ReturnType<typeof mount> | undefined;
	/** The address bar in step with the guide (when it keeps its state there). */
	let sync: ReturnType<typeof syncUrl> | undefined;
	/** Events for a host page (embeds): their module loads only with them; clicks before it arrives are not counted. */
	let hostEvents: typeof import('../../browser/host-events') | undefined;
	let stopHostEvents: (() => void) | undefined;
	let stopped = false;
	let failed = false;
	/** The guide started anew after a failure (embedded: "Start forfra uden svar" starts it in place). */
	let restarted: StartedGuide | undefined;

	const onClick = (event: MouseEvent) => {
		if (!actor || !onevent) return;
		const reported = hostEvents?.hostEventForClick(event.target, stepOf(actor.raw.getSnapshot()));
		if (reported) onevent(reported);
	};
	const takeDown = () => {
		sync?.stop();
		stopHostEvents?.();
		target.removeEventListener('click', onClick);
		actor?.stop();
		if (app) void unmount(app);
		app = undefined;
	};
	const fail = (error?: unknown) => {
		failed = true;
		if (error !== undefined) console.error(error);
		takeDown();
		// Its code loads only now: the first page load carries none of it.
		void loadStartError().then((m) => {
			if (stopped) return;
			return m.showStartError(target, lang, {
				ownsDocument,
				// Embedded, a new start happens in place: the host's page stays as it is.
				restart: ownsDocument
					? undefined
					: () => {
							target.replaceChildren();
							restarted = startGuide(target, {
								...options,
								lang,
								link: undefined,
								answers: undefined,
								step: undefined
							});
						}
			});
		});
	};

	// Three short browser tasks instead of one long one: the texts, the state machine, then the first drawing. On a
	// link to a result (Lighthouse mobile, median of 3) one task: TBT 1,110 ms, Performance 68; three: 430 ms, 82.
	const inTask = (work: () => void) =>
		new Promise<void>((resolve) =>
			setTimeout(() => {
				if (!stopped && !failed) {
					try {
						work();
					} catch (error) {
						fail(error);
					}
				}
				resolve();
			}, 0)
		);
	const ready = inTask(() => {
		texts = guideTexts(lang, { documentLang: ownsDocument });
	})
		.then(() =>
			inTask(() => {
				const started = (actor = new GuideActor(
					{
						answers: { ...options.link?.answers, ...options.answers },
						drafts: options.link?.drafts,
						step: options.step,
						optionSource
					},
					options.machine
				));
				const i18n = texts as I18n;
				if (options.address)
					sync = syncUrl(started, { lang: () => i18n.target, address: options.address });
				if (onevent) {
					target.addEventListener('click', onClick);
					// The steps shown until the event code arrives (a host may set a prefill at once), for it to report.
					const shown = [stepOf(started.raw.getSnapshot())];
					const early = started.raw.subscribe((snapshot) => shown.push(stepOf(snapshot)));
					stopHostEvents = () => early.unsubscribe();
					void loadHostEvents().then(
						(m) => {
							early.unsubscribe();
							hostEvents = m;
							// Also when the guide has stopped meanwhile (a host's new prefill starts a new one): its pages were seen.
							const tracker = m.trackHostEvents(
								started,
								{
									report: onevent,
									guideUrl: () => guideUrl,
									lang: () => i18n.lang,
									resumed: options.resumed
								},
								shown
							);
							if (stopped || failed) tracker.stop();
							else stopHostEvents = tracker.stop;
						},
						() => early.unsubscribe() // no events for the host; the guide itself goes on
					);
				}
			})
		)
		.then(() =>
			inTask(() => {
				// What the target held (index.html's "Henter guiden …") goes in the task that draws the guide, so no
				// frame shows neither (code review 24: cleared before the three tasks, the page went blank between them).
				target.replaceChildren();
				app = mount(App, {
					target,
					props: {
						link: options.link,
						standalone,
						ownsDocument,
						guideUrl,
						showMap: options.showMap ?? true,
						mapTiles: options.mapTiles,
						persist: options.persist ?? false,
						storageDiscarded: options.storageDiscarded ?? false,
						storageRemembered: options.storageRemembered,
						texts: texts as I18n,
						actor: actor as GuideActor,
						onlanguage: () => sync?.update(),
						onfail: () => fail()
					}
				});
			})
		);

	return {
		ready,
		setLang(next) {
			lang = next;
			// Before the texts exist, they are made in this language; after, they switch (the address follows).
			if (texts)
				void texts.setLang(next).then(
					() => sync?.update(),
					() => {} // the other language's texts could not be fetched: the guide stays as it is
				);
			restarted?.setLang(next);
		},
		stop() {
			stopped = true;
			takeDown();
			restarted?.stop();
		}
	};
}
