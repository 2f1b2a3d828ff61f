// Keeps the answers in the browser: sessionStorage always, localStorage only when the user asks. A side effect
// like url-sync.ts; the domain stays pure. Only the answers are stored, as the link codec's string, so stored data
// follows the same versioned contract (and migrations) as a link. Storage may be blocked, full or throw at any
// time (private browsing, third-party frames, quota): every access is guarded and the guide works without it.
import type { DecodedLink } from '../domain/url-codec';
import type { Answers } from '../domain/types';
import type { GuideActor } from '../machine/guide-actor.svelte';

export const STORAGE_KEY = 'industripark-guide.answers';
/** How long "Husk svarene" keeps the answers on the device, counted from the last change. */
export const REMEMBER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What is stored under STORAGE_KEY, in both storage areas. */
export interface StoredAnswers {
	v: 1;
	savedAt: number;
	expiresAt: number;
	/** The answers as the link codec writes them (encodeAnswers), without the language. */
	answers: string;
}

type Area = 'sessionStorage' | 'localStorage';

// The link codec is passed in rather than imported: this module loads lazily, and a static import of the codec
// would make the bundler split it out of the initial chunk into an extra shared one (~0.3 KB more initial load).
/** decodeLink with the app's option source. */
export type DecodeAnswers = (query: string) => DecodedLink;
/** encodeAnswers without a language. */
export type EncodeAnswers = (answers: Answers) => string;

function read(win: Window, area: Area): string | null {
	try {
		return win[area].getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

/** Writes (or with `undefined` removes) the entry; false when the browser refused. */
function write(win: Window, area: Area, value: string | undefined): boolean {
	try {
		if (value === undefined) win[area].removeItem(STORAGE_KEY);
		else win[area].setItem(STORAGE_KEY, value);
		return true;
	} catch {
		return false;
	}
}

/** The answers of a stored entry and when it expires, or undefined when anything about it is wrong. */
function parse(
	raw: string,
	decode: DecodeAnswers
): { answers: Answers; savedAt: number; expiresAt: number } | undefined {
	let entry: Partial<StoredAnswers> | null;
	try {
		entry = JSON.parse(raw) as Partial<StoredAnswers> | null;
	} catch {
		return undefined;
	}
	if (
		typeof entry !== 'object' ||
		entry === null ||
		entry.v !== 1 ||
		typeof entry.savedAt !== 'number' ||
		typeof entry.expiresAt !== 'number' ||
		typeof entry.answers !== 'string'
	) {
		return undefined;
	}
	const decoded = decode(entry.answers);
	// Answers to questions that no longer apply are kept on purpose (see effectiveAnswers); anything else the
	// codec could not use means the entry was not written by this guide.
	if (decoded.notices.some((n) => n.key !== 'not_applicable')) return undefined;
	return { answers: decoded.answers, savedAt: entry.savedAt, expiresAt: entry.expiresAt };
}

export interface RestoredAnswers {
	/** The answers found, when there were any. */
	answers?: Answers;
	/** Stored data could not be read and has been deleted; the user is told. */
	discarded: boolean;
	/**
	 * When the answers come from the device (remembered with "Husk svarene", not from this tab): when they were saved.
	 * The guide says so, as another person may use the computer.
	 */
	rememberedOn?: number;
}

/**
 * The answers kept in this tab (sessionStorage), else those remembered on the device (localStorage) when not
 * expired. Expired and unreadable entries are deleted. Never throws.
 * @example restoreAnswers((q) => decodeLink(q, optionSource)).answers // { project_type: 'expand', ... } or undefined
 */
export function restoreAnswers(
	decode: DecodeAnswers,
	win: Window = window,
	now = Date.now()
): RestoredAnswers {
	let discarded = false;
	for (const area of ['sessionStorage', 'localStorage'] as const) {
		const raw = read(win, area);
		if (raw === null) continue;
		const entry = parse(raw, decode);
		if (!entry || entry.expiresAt <= now) {
			write(win, area, undefined);
			discarded ||= !entry;
			continue;
		}
		// A tab's own entry wins, even when empty: the user may have started again here.
		const fromDevice = area === 'localStorage' && Object.keys(entry.answers).length > 0;
		return {
			answers: entry.answers,
			discarded,
			...(fromDevice ? { rememberedOn: entry.savedAt } : {})
		};
	}
	return { discarded };
}

/** Delete the answers kept in this tab and on this device (the guide could not start with them). Never throws. */
export function forgetAnswers(win: Window = window): void {
	write(win, 'sessionStorage', undefined);
	write(win, 'localStorage', undefined);
}

export interface StorageSync {
	/** True while the answers are also kept on the device (localStorage). */
	readonly remembered: boolean;
	/** Turn "Husk svarene" on or off. False when the browser does not allow it (nothing is then kept). */
	remember(on: boolean): boolean;
	/** True when the browser lets the guide keep answers on the device. */
	canRemember(): boolean;
	/** Delete the answers: from both storage areas and from the guide, which starts again. */
	forget(): void;
	stop(): void;
}

export interface StorageSyncOptions {
	encode: EncodeAnswers;
	win?: Window;
	now?: () => number;
}

/**
 * Start saving: every change of the answers is written to sessionStorage, and to localStorage while remembered.
 * "Remembered" is on when a device entry exists (restoreAnswers has deleted bad or expired ones).
 */
export function syncStorage(
	actor: Pick<GuideActor, 'raw' | 'send'>,
	options: StorageSyncOptions
): StorageSync {
	const { encode } = options;
	const win = options.win ?? window;
	const now = options.now ?? Date.now;
	let remembered = read(win, 'localStorage') !== null;
	let last = encode(actor.raw.getSnapshot().context.answers);

	const entry = (): string => {
		const savedAt = now();
		const stored: StoredAnswers = {
			v: 1,
			savedAt,
			expiresAt: savedAt + REMEMBER_DAYS * DAY_MS,
			answers: last
		};
		return JSON.stringify(stored);
	};

	// Answers that came from a link or storage are kept in this tab at once; the device entry only changes with them.
	if (last !== encode({})) write(win, 'sessionStorage', entry());
	const sub = actor.raw.subscribe((snapshot) => {
		const encoded = encode(snapshot.context.answers);
		if (encoded === last) return;
		last = encoded;
		const value = entry();
		write(win, 'sessionStorage', value);
		if (remembered) write(win, 'localStorage', value);
	});

	return {
		get remembered() {
			return remembered;
		},
		remember(on) {
			remembered = on && write(win, 'localStorage', entry());
			if (!on) write(win, 'localStorage', undefined);
			return remembered === on;
		},
		canRemember() {
			const probe = `${STORAGE_KEY}.probe`;
			try {
				win.localStorage.setItem(probe, '1');
				win.localStorage.removeItem(probe);
				return true;
			} catch {
				return false;
			}
		},
		forget() {
			remembered = false;
			actor.send({ type: 'guide.restart' });
			write(win, 'sessionStorage', undefined);
			write(win, 'localStorage', undefined);
		},
		stop() {
			sub.unsubscribe();
		}
	};
}
