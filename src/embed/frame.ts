// The guide inside an iframe (embed.html), loaded lazily by main.ts. It draws no header or footer, keeps its state
// in its own frame's address, and talks to the host page's script (frame-host.ts) through postMessage: its height
// as it changes, and the host events. It learns the host's origin from the host's "hello" (sent by window.parent)
// and from then on posts only to that exact origin and accepts only messages from it.
import { startGuide } from '../ui/shell/start-guide';
import { optionSource } from '../data/options';
import { decodeLink, stepFromHash } from '../domain/url-codec';
import { isLang } from '../i18n/i18n.svelte';
import { pageAddress } from '../browser/url-sync';
import type { HostEvent } from '../browser/host-event-types';
import { parseHostMessage, PROTOCOL, type FrameMessage } from './protocol';

export function mountFrame(target: HTMLElement, win: Window = window): void {
	const link = decodeLink(win.location.search, optionSource);
	let hostOrigin: string | undefined;
	const pending: FrameMessage[] = [];
	const inFrame = win.parent !== win;

	const post = (message: FrameMessage) => {
		if (!inFrame) return;
		if (hostOrigin === undefined) {
			// Until the host says hello: keep events, and only the latest height (its "ready" carries the height; a
			// focus before then is on the first page, which the host shows anyway).
			if (message.type === 'focus') return;
			if (message.type === 'height') {
				const i = pending.findIndex((m) => m.type === 'height');
				if (i >= 0) pending.splice(i, 1);
			}
			pending.push(message);
			return;
		}
		win.parent.postMessage(message, hostOrigin);
	};

	const height = () => Math.ceil(target.getBoundingClientRect().height);

	target.replaceChildren();
	// The frame is a page of its own: like the guide's page it owns its title and language, and its error page.
	const guide = startGuide(target, {
		lang: link.lang ?? 'da',
		link,
		step: stepFromHash(win.location.hash),
		address: pageAddress,
		standalone: false,
		ownsDocument: true,
		guideUrl: new URL('index.html', win.location.href).href,
		onevent: (event: HostEvent) => post({ protocol: PROTOCOL, version: 1, type: 'event', event })
	});

	win.addEventListener('message', (event: MessageEvent) => {
		if (event.source !== win.parent || !inFrame) return;
		const message = parseHostMessage(event.data);
		if (!message) return;
		if (message.type === 'hello') {
			// The first hello fixes the host; an opaque origin ("null") cannot be answered safely.
			if (event.origin === 'null' || (hostOrigin !== undefined && event.origin !== hostOrigin))
				return;
			hostOrigin = event.origin;
			win.parent.postMessage(
				{ protocol: PROTOCOL, version: 1, type: 'ready', height: height() } satisfies FrameMessage,
				hostOrigin
			);
			for (const m of pending.splice(0))
				if (m.type !== 'height') win.parent.postMessage(m, hostOrigin);
			return;
		}
		if (event.origin !== hostOrigin) return;
		if (message.type === 'lang' && isLang(message.lang)) guide.setLang(message.lang);
	});

	// What has focus must be on screen. The frame is as tall as its content, so the guide cannot scroll to what it
	// focuses (an opened park's card, a changed answer); the host page can, and does when it is out of view.
	// Measured once the page has settled (a card opens with more drawn above it in the same moment).
	target.addEventListener('focusin', (event) => {
		const focused = event.target;
		if (!(focused instanceof Element)) return;
		win.requestAnimationFrame(() =>
			win.requestAnimationFrame(() => {
				if (win.document.activeElement !== focused) return;
				const box = focused.getBoundingClientRect();
				post({
					protocol: PROTOCOL,
					version: 1,
					type: 'focus',
					top: Math.max(0, Math.round(box.top + win.scrollY)),
					height: Math.round(box.height)
				});
			})
		);
	});

	let last = -1;
	const observer = new ResizeObserver(() => {
		const h = height();
		if (h === last) return;
		last = h;
		post({ protocol: PROTOCOL, version: 1, type: 'height', height: h });
	});
	observer.observe(target);
}
