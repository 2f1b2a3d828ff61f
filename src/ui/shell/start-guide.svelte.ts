// The one way to put the guide on a page: its own page (main.ts), the iframe page (embed/frame.ts), the web
// component (embed/element.ts) and the component tests all call startGuide. It makes the texts and the state
// machine, mounts App, and never leaves a white page: should the guide fail to start, or its state machine stop on an
// error later, the guide is replaced by a message with "Prøv igen" and a new start without answers.
import { mount, unmount } from 'svelte';
import App from './App.svelte';
import { optionSource, questionContent } from '../../data/options';
import { I18n, type Lang } from '../../i18n/i18n.svelte';
import { GuideActor, type GuideMachine } from '../../machine/guide-actor.svelte';
import type { Answers } from '../../domain/types';
import type { DecodedLink, StepId } from '../../domain/url-codec';
import type { Address } from '../../browser/url-sync';
import type { HostEvent } from '../../browser/host-event-types';
import { loadStartError } from '../../browser/parts';
import type { TileConfig } from '../map/map-types';

/** The guide's texts, with the questions' content texts, switching to `lang` when it is not Danish. */
export function guideTexts(lang: Lang, options: { documentLang: boolean }): I18n {
	const i18n = new I18n(options);
	i18n.addContent(questionContent);
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
	/** Show the map of the parks on the results (a host may turn it off). */
	showMap?: boolean;
	/** A tile layer for the map; without it the map uses the bundled outline only (or the build's setting). */
	mapTiles?: TileConfig;
	/** Keep the answers in this tab, and on the device when the user asks (the guide's own page only). */
	persist?: boolean;
	/** Stored answers could not be read and were deleted: say so on the first page. */
	storageDiscarded?: boolean;
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
	const props = $state({ lang: options.lang });
	const standalone = options.standalone ?? true;
	const ownsDocument = options.ownsDocument ?? standalone;
	let actor: GuideActor | undefined;
	let app: ReturnType<typeof mount> | undefined;
	let stopped = false;
	let failed = false;
	/** The guide started anew after a failure (embedded: "Start forfra uden svar" starts it in place). */
	let restarted: StartedGuide | undefined;

	const takeDown = () => {
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
			return m.showStartError(target, props.lang, {
				ownsDocument,
				// Embedded, a new start happens in place: the host's page stays as it is.
				restart: ownsDocument
					? undefined
					: () => {
							target.replaceChildren();
							restarted = startGuide(target, {
								...options,
								lang: props.lang,
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
	let texts: I18n | undefined;
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
		texts = guideTexts(props.lang, { documentLang: ownsDocument });
	})
		.then(() =>
			inTask(() => {
				actor = new GuideActor(
					{
						answers: { ...options.link?.answers, ...options.answers },
						drafts: options.link?.drafts,
						step: options.step,
						optionSource
					},
					options.machine
				);
			})
		)
		.then(() =>
			inTask(() => {
				app = mount(App, {
					target,
					props: {
						get lang() {
							return props.lang;
						},
						link: options.link,
						address: options.address,
						standalone,
						ownsDocument,
						guideUrl: options.guideUrl ?? `${location.origin}${location.pathname}`,
						onevent: options.onevent,
						showMap: options.showMap ?? true,
						mapTiles: options.mapTiles,
						persist: options.persist ?? false,
						storageDiscarded: options.storageDiscarded ?? false,
						texts: texts as I18n,
						actor: actor as GuideActor,
						onfail: () => fail()
					}
				});
			})
		);

	return {
		ready,
		setLang(lang) {
			props.lang = lang;
			restarted?.setLang(lang);
		},
		stop() {
			stopped = true;
			takeDown();
			restarted?.stop();
		}
	};
}
