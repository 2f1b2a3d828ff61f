// The host page's script for the iframe embed (dist/embed/frame-host.js, a few KB, no dependencies). It turns
//   <div data-industripark-guide="https://guide.example.dk/embed.html" data-lang="da" data-prefill="v=1&…"></div>
// into an iframe with a title, sizes it to the guide's content, scrolls to the top of the guide when the user
// moves to another page of it and to what takes focus in it when that is out of view, and passes the guide's events
// on as DOM events on the div (and as postMessage-free callbacks for hosts that prefer them). Messages are accepted only from that iframe's window and the guide's
// exact origin, and only in the protocol's shapes (protocol.ts); the host sends only to that origin.
import { clampHeight, originOf, parseFrameMessage, PROTOCOL, type HostMessage } from './protocol';
import { DOM_EVENT_NAMES } from '../browser/host-event-types';
import { prefillParts } from './prefill';

const ATTRIBUTE = 'data-industripark-guide';

export interface FrameHandle {
	iframe: HTMLIFrameElement;
	setLang(lang: 'da' | 'en'): void;
	destroy(): void;
}

function frameUrl(src: string, prefill: string | null, lang: string | null): URL {
	const url = new URL(src, document.baseURI);
	const { query, hash } = prefillParts(prefill ?? '');
	if (query !== '') url.search = query;
	if (hash !== '') url.hash = hash;
	if (lang === 'da' || lang === 'en') url.searchParams.set('lang', lang);
	return url;
}

/** Embed the guide into `container` (which carries the data-* settings). Returns undefined when the src is not usable. */
export function embedGuide(container: HTMLElement): FrameHandle | undefined {
	const src = (container.getAttribute(ATTRIBUTE) ?? '').trim();
	// An empty address would resolve to the host page itself, which would then embed itself.
	if (src === '') {
		console.warn(`industripark-guide: ${ATTRIBUTE} is empty; nothing was embedded.`);
		return undefined;
	}
	const guideOrigin = originOf(src, document.baseURI);
	if (!guideOrigin) {
		console.warn(
			`industripark-guide: ${ATTRIBUTE}="${src}" is not an http(s) address; nothing was embedded.`
		);
		return undefined;
	}
	const lang = container.getAttribute('data-lang');
	if (lang !== null && lang !== 'da' && lang !== 'en')
		console.warn(`industripark-guide: data-lang="${lang}" is not supported (da or en); using da.`);
	const url = frameUrl(src, container.getAttribute('data-prefill'), lang);
	const iframe = document.createElement('iframe');
	iframe.src = url.href;
	iframe.title = container.getAttribute('data-title') || 'Industriparkguiden';
	iframe.className = 'industripark-guide-frame';
	iframe.setAttribute('referrerpolicy', 'no-referrer');
	// Sized by the script; width follows the container.
	iframe.style.width = '100%';
	iframe.style.border = '0';
	iframe.style.display = 'block';
	iframe.style.height = '600px';
	container.replaceChildren(iframe);

	let pageViews = 0;
	const send = (message: HostMessage) => iframe.contentWindow?.postMessage(message, guideOrigin);
	// The guide inside may still be starting when the frame's load event fires: say hello until it answers.
	let ready = false;
	let retries: ReturnType<typeof setInterval> | undefined;
	const hello = () => {
		clearInterval(retries);
		let tries = 0;
		const once = () => {
			if (!ready && tries === 40)
				console.warn(
					`industripark-guide: the guide at ${url.href} did not answer within 10 seconds; check the address in ${ATTRIBUTE}.`
				);
			if (ready || ++tries > 40) return clearInterval(retries);
			send({ protocol: PROTOCOL, version: 1, type: 'hello' });
		};
		once();
		retries = setInterval(once, 250);
	};
	const reducedMotion = () =>
		window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

	/** Shows the element that last took focus in the frame, if it is out of view (see the 'focus' message). */
	let reveal: (() => void) | undefined;

	const onMessage = (event: MessageEvent) => {
		if (event.origin !== guideOrigin || event.source !== iframe.contentWindow) return;
		const message = parseFrameMessage(event.data);
		if (!message) return;
		if (message.type === 'ready') ready = true;
		if (message.type === 'ready' || message.type === 'height') {
			iframe.style.height = `${clampHeight(message.height)}px`;
			// A focused element below the frame's old height is shown once the frame has grown to hold it.
			reveal?.();
			return;
		}
		if (message.type === 'focus') {
			const { top, height } = message;
			reveal = () => {
				const frame = iframe.getBoundingClientRect();
				const shown = Math.min(height, 100);
				// The frame has not grown to hold it yet: after the next height.
				if (top + shown > frame.height) return;
				reveal = undefined;
				const at = frame.top + top;
				if (at < 0 || at + shown > window.innerHeight) window.scrollBy({ top: at - 16 });
			};
			reveal();
			return;
		}
		const hostEvent = message.event;
		if (hostEvent.name === 'page_view' && ++pageViews > 1) {
			// A new page of the guide: its top, where the heading is, comes into view if it was scrolled away.
			if (iframe.getBoundingClientRect().top < 0) {
				iframe.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
			}
		}
		container.dispatchEvent(
			new CustomEvent(DOM_EVENT_NAMES[hostEvent.name], { detail: hostEvent, bubbles: true })
		);
	};
	window.addEventListener('message', onMessage);
	iframe.addEventListener('load', () => {
		ready = false;
		hello();
	});

	return {
		iframe,
		setLang(lang) {
			send({ protocol: PROTOCOL, version: 1, type: 'lang', lang });
		},
		destroy() {
			window.removeEventListener('message', onMessage);
			clearInterval(retries);
			iframe.remove();
		}
	};
}

/** Embed every `[data-industripark-guide]` on the page that is not embedded yet. */
export function embedAll(root: ParentNode = document): FrameHandle[] {
	const handles: FrameHandle[] = [];
	for (const el of Array.from(root.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`))) {
		if (el.dataset.industriparkGuideReady === 'true') continue;
		const handle = embedGuide(el);
		if (!handle) continue;
		el.dataset.industriparkGuideReady = 'true';
		handles.push(handle);
	}
	return handles;
}

if (typeof document !== 'undefined') {
	if (document.readyState === 'loading')
		document.addEventListener('DOMContentLoaded', () => embedAll(), { once: true });
	else embedAll();
}
