// The postMessage protocol between the guide in an iframe (embed.html) and the host page's script
// (frame-host.ts). Pure: shapes and checks only. Both sides check origin and source themselves, and every message
// with this module's validators, so a message from another frame or of another shape is ignored.
import { HOST_EVENTS, type HostEvent, type HostEventName } from '../browser/host-event-types';

export const PROTOCOL = 'industripark-guide';
export const PROTOCOL_VERSION = 1;

/** Heights a host accepts from the frame (CSS px). */
export const MIN_HEIGHT = 150;
export const MAX_HEIGHT = 20_000;

/** Frame → host. */
export type FrameMessage =
	| { protocol: typeof PROTOCOL; version: 1; type: 'ready'; height: number }
	| { protocol: typeof PROTOCOL; version: 1; type: 'height'; height: number }
	| { protocol: typeof PROTOCOL; version: 1; type: 'event'; event: HostEvent }
	/** Focus moved to an element `top` px below the frame's top, `height` px tall: the host shows it. */
	| { protocol: typeof PROTOCOL; version: 1; type: 'focus'; top: number; height: number };

/** Host → frame. */
export type HostMessage =
	| { protocol: typeof PROTOCOL; version: 1; type: 'hello' }
	| { protocol: typeof PROTOCOL; version: 1; type: 'lang'; lang: 'da' | 'en' };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

function hasHeader(value: unknown): value is Record<string, unknown> {
	return (
		isObject(value) &&
		value.protocol === PROTOCOL &&
		value.version === PROTOCOL_VERSION &&
		typeof value.type === 'string'
	);
}

const isShortString = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= 4000;

function isHostEvent(value: unknown): value is HostEvent {
	if (!isObject(value)) return false;
	if (!HOST_EVENTS.includes(value.name as HostEventName) || !isShortString(value.step))
		return false;
	return ['link', 'target', 'id'].every(
		(key) => value[key] === undefined || isShortString(value[key])
	);
}

/** A distance within the frame: a finite number from 0 to MAX_HEIGHT px. */
const isPosition = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_HEIGHT;

/** Clamp a reported height into the accepted range (whole pixels). */
export function clampHeight(height: number): number {
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/** The message as a FrameMessage, or undefined when it is not one (wrong shape, type or values). */
export function parseFrameMessage(data: unknown): FrameMessage | undefined {
	if (!hasHeader(data)) return undefined;
	switch (data.type) {
		case 'ready':
		case 'height':
			return typeof data.height === 'number' && Number.isFinite(data.height)
				? { protocol: PROTOCOL, version: 1, type: data.type, height: data.height }
				: undefined;
		case 'focus':
			return isPosition(data.top) && isPosition(data.height)
				? { protocol: PROTOCOL, version: 1, type: 'focus', top: data.top, height: data.height }
				: undefined;
		case 'event':
			return isHostEvent(data.event)
				? { protocol: PROTOCOL, version: 1, type: 'event', event: data.event }
				: undefined;
		default:
			return undefined;
	}
}

/** The message as a HostMessage, or undefined when it is not one. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
	if (!hasHeader(data)) return undefined;
	if (data.type === 'hello') return { protocol: PROTOCOL, version: 1, type: 'hello' };
	if (data.type === 'lang' && (data.lang === 'da' || data.lang === 'en')) {
		return { protocol: PROTOCOL, version: 1, type: 'lang', lang: data.lang };
	}
	return undefined;
}

/** An http(s) origin such as "https://example.dk", or undefined. */
export function originOf(url: string, base?: string): string | undefined {
	try {
		const parsed = new URL(url, base);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
	} catch {
		return undefined;
	}
}
