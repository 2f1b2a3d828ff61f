// Keeping answers in the browser (src/browser/storage.ts): session and device storage, expiry, forgetting,
// blocked storage and corrupt entries.
import { afterEach, describe, expect, it } from 'vitest';
import { GuideActor } from '../../src/machine/guide-actor.svelte';
import {
	REMEMBER_DAYS,
	STORAGE_KEY,
	forgetAnswers,
	restoreAnswers,
	syncStorage,
	type StorageSync,
	type StoredAnswers
} from '../../src/browser/storage';
import { decodeLink, encodeAnswers } from '../../src/domain/url-codec';
import { optionSource } from '../../src/data/options';
import type { Answers } from '../../src/domain/types';
import { answers } from '../builders/answers';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 0, 15, 12);
const decode = (query: string) => decodeLink(query, optionSource);
const encode = (a: Answers) => encodeAnswers(a);

/** A Storage in memory. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(i: number) {
		return [...this.#items.keys()][i] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		this.#items.set(key, String(value));
	}
}

/** A storage whose every call throws, like a full or forbidden one. */
class ThrowingStorage extends MemoryStorage {
	override getItem(): string | null {
		throw new DOMException('denied', 'SecurityError');
	}
	override setItem(): void {
		throw new DOMException('full', 'QuotaExceededError');
	}
	override removeItem(): void {
		throw new DOMException('denied', 'SecurityError');
	}
}

function fakeWindow(session: Storage = new MemoryStorage(), local: Storage = new MemoryStorage()) {
	return { sessionStorage: session, localStorage: local } as unknown as Window & {
		sessionStorage: Storage;
		localStorage: Storage;
	};
}

/** A window whose storage properties throw on access (blocked storage in private mode / third-party frames). */
function blockedWindow(): Window {
	const win = {};
	for (const area of ['sessionStorage', 'localStorage']) {
		Object.defineProperty(win, area, {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	}
	return win as Window;
}

function entry(
	answersString: string,
	overrides: Partial<Record<keyof StoredAnswers, unknown>> = {}
): string {
	return JSON.stringify({
		v: 1,
		savedAt: NOW - DAY,
		expiresAt: NOW + DAY,
		answers: answersString,
		...overrides
	});
}

const syncs: StorageSync[] = [];
function start(win: Window, initial: Answers = {}, now = () => NOW) {
	const guide = new GuideActor({ answers: initial, optionSource, step: 'start' });
	const storage = syncStorage(guide, { encode, win, now });
	syncs.push(storage);
	return { guide, storage };
}
afterEach(() => {
	for (const s of syncs.splice(0)) s.stop();
});

function answerFirstQuestion(guide: GuideActor) {
	guide.send({ type: 'guide.start' });
	guide.send({
		type: 'answer.submit',
		raw: {
			project_type: { type: 'single', value: 'expand' },
			sectors: { type: 'multi', values: ['maritime'] }
		}
	});
}

describe('saving in this tab (sessionStorage)', () => {
	it('saves the answers on every change and restores them', () => {
		const win = fakeWindow();
		const { guide } = start(win);
		expect(win.sessionStorage.getItem(STORAGE_KEY)).toBeNull();
		answerFirstQuestion(guide);
		const stored = JSON.parse(win.sessionStorage.getItem(STORAGE_KEY) ?? '') as StoredAnswers;
		expect(stored).toEqual({
			v: 1,
			savedAt: NOW,
			expiresAt: NOW + REMEMBER_DAYS * DAY,
			answers: 'v=1&project_type=expand&sectors=maritime'
		});
		expect(restoreAnswers(decode, win, NOW)).toEqual({
			answers: { project_type: 'expand', sectors: ['maritime'] },
			discarded: false
		});
	});

	it('stores only the answers: no language, step or other state', () => {
		const win = fakeWindow();
		const { guide } = start(win);
		answerFirstQuestion(guide);
		expect(
			Object.keys(JSON.parse(win.sessionStorage.getItem(STORAGE_KEY) ?? '') as object).sort()
		).toEqual(['answers', 'expiresAt', 'savedAt', 'v']);
		expect(win.localStorage.length).toBe(0);
	});

	it('keeps answers that came from a link in this tab at once', () => {
		const win = fakeWindow();
		const full = answers();
		start(win, full);
		expect(restoreAnswers(decode, win, NOW).answers).toEqual(full);
	});

	it('keeps answers to questions that no longer apply (they come back when switching back)', () => {
		const win = fakeWindow();
		const kept = answers({ net_zero: 'no', net_zero_tech: ['wind'] });
		start(win, kept);
		expect(restoreAnswers(decode, win, NOW)).toEqual({ answers: kept, discarded: false });
	});

	it('prefers the tab over the device, even when the tab was started again', () => {
		const win = fakeWindow();
		win.localStorage.setItem(STORAGE_KEY, entry('v=1&project_type=convert'));
		win.sessionStorage.setItem(STORAGE_KEY, entry('v=1'));
		expect(restoreAnswers(decode, win, NOW)).toEqual({ answers: {}, discarded: false });
	});

	it("says when answers were remembered on the device (below), not for empty ones or the tab's own", () => {
		const win = fakeWindow();
		win.localStorage.setItem(STORAGE_KEY, entry('v=1'));
		expect(restoreAnswers(decode, win, NOW)).toEqual({ answers: {}, discarded: false });
		win.sessionStorage.setItem(STORAGE_KEY, entry('v=1&project_type=expand'));
		expect(restoreAnswers(decode, win, NOW).rememberedOn).toBeUndefined();
	});

	it('finds nothing in an empty browser', () => {
		expect(restoreAnswers(decode, fakeWindow(), NOW)).toEqual({ discarded: false });
	});
});

describe('"Husk svarene" (localStorage, 30 days)', () => {
	it('writes the answers to the device with an expiry, and keeps them up to date', () => {
		const win = fakeWindow();
		const { guide, storage } = start(win);
		expect(storage.remembered).toBe(false);
		expect(storage.canRemember()).toBe(true);
		expect(storage.remember(true)).toBe(true);
		expect(storage.remembered).toBe(true);
		answerFirstQuestion(guide);
		const stored = JSON.parse(win.localStorage.getItem(STORAGE_KEY) ?? '') as StoredAnswers;
		expect(stored).toEqual({
			v: 1,
			savedAt: NOW,
			expiresAt: NOW + 30 * DAY,
			answers: 'v=1&project_type=expand&sectors=maritime'
		});
	});

	it('restores from the device in a new tab, with the day they were saved, and is then still on', () => {
		const win = fakeWindow();
		win.localStorage.setItem(STORAGE_KEY, entry('v=1&project_type=convert'));
		expect(restoreAnswers(decode, win, NOW)).toEqual({
			answers: { project_type: 'convert' },
			discarded: false,
			rememberedOn: NOW - DAY
		});
		const { storage } = start(win, { project_type: 'convert' });
		expect(storage.remembered).toBe(true);
	});

	it('deletes an expired entry without restoring it or calling it corrupt', () => {
		const win = fakeWindow();
		win.localStorage.setItem(
			STORAGE_KEY,
			entry('v=1&project_type=convert', { expiresAt: NOW - 1 })
		);
		expect(restoreAnswers(decode, win, NOW)).toEqual({ discarded: false });
		expect(win.localStorage.getItem(STORAGE_KEY)).toBeNull();
	});

	it('turning it off deletes the device entry but keeps the tab', () => {
		const win = fakeWindow();
		const { guide, storage } = start(win);
		storage.remember(true);
		answerFirstQuestion(guide);
		expect(storage.remember(false)).toBe(true);
		expect(win.localStorage.getItem(STORAGE_KEY)).toBeNull();
		expect(win.sessionStorage.getItem(STORAGE_KEY)).not.toBeNull();
	});
});

describe('"Slet svarene"', () => {
	it('clears both storages and the answers, and stops remembering', () => {
		const win = fakeWindow();
		const { guide, storage } = start(win);
		storage.remember(true);
		answerFirstQuestion(guide);
		storage.forget();
		expect(win.sessionStorage.getItem(STORAGE_KEY)).toBeNull();
		expect(win.localStorage.getItem(STORAGE_KEY)).toBeNull();
		expect(guide.snapshot.context.answers).toEqual({});
		expect(guide.snapshot.hasTag('start')).toBe(true);
		expect(storage.remembered).toBe(false);
		expect(restoreAnswers(decode, win, NOW)).toEqual({ discarded: false });
	});
});

describe('forgetAnswers (the new start offered when the guide could not start)', () => {
	it("deletes the tab's and the device's answers, and nothing else", () => {
		const win = fakeWindow();
		win.sessionStorage.setItem(STORAGE_KEY, entry('v=1&project_type=expand'));
		win.localStorage.setItem(STORAGE_KEY, entry('v=1&project_type=new_plant'));
		win.localStorage.setItem('another-site', 'kept');
		forgetAnswers(win);
		expect(restoreAnswers(decode, win, NOW)).toEqual({ discarded: false });
		expect(win.localStorage.getItem('another-site')).toBe('kept');
	});

	it('never throws when the browser does not allow storage', () => {
		expect(() => forgetAnswers(blockedWindow())).not.toThrow();
		expect(() =>
			forgetAnswers(fakeWindow(new ThrowingStorage(), new ThrowingStorage()))
		).not.toThrow();
	});
});

describe('when the browser does not allow storage', () => {
	const cases: [string, () => Window][] = [
		['storage properties throw on access', blockedWindow],
		[
			'getItem/setItem/removeItem throw',
			() => fakeWindow(new ThrowingStorage(), new ThrowingStorage())
		]
	];
	for (const [name, makeWindow] of cases) {
		it(`never throws and the guide keeps working (${name})`, () => {
			const win = makeWindow();
			expect(restoreAnswers(decode, win, NOW)).toEqual({ discarded: false });
			const { guide, storage } = start(win, answers());
			expect(() => answerFirstQuestion(guide)).not.toThrow();
			expect(storage.canRemember()).toBe(false);
			expect(storage.remember(true)).toBe(false);
			expect(storage.remembered).toBe(false);
			expect(() => storage.forget()).not.toThrow();
			expect(guide.snapshot.context.answers).toEqual({});
		});
	}

	it('survives a full device storage: saving to the tab goes on', () => {
		const win = fakeWindow(new MemoryStorage(), new ThrowingStorage());
		const { guide, storage } = start(win);
		expect(storage.remember(true)).toBe(false);
		answerFirstQuestion(guide);
		expect(restoreAnswers(decode, win, NOW).answers).toEqual({
			project_type: 'expand',
			sectors: ['maritime']
		});
	});

	it('works with the real window when its storage getters throw', () => {
		const real = {
			session: Object.getOwnPropertyDescriptor(window, 'sessionStorage'),
			local: Object.getOwnPropertyDescriptor(window, 'localStorage')
		};
		const thrower = {
			configurable: true,
			get() {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		Object.defineProperty(window, 'sessionStorage', thrower);
		Object.defineProperty(window, 'localStorage', thrower);
		try {
			expect(restoreAnswers(decode)).toEqual({ discarded: false });
			const guide = new GuideActor({ optionSource, step: 'start' });
			const storage = syncStorage(guide, { encode });
			syncs.push(storage);
			expect(() => answerFirstQuestion(guide)).not.toThrow();
			expect(storage.canRemember()).toBe(false);
		} finally {
			if (real.session) Object.defineProperty(window, 'sessionStorage', real.session);
			else delete (window as { sessionStorage?: unknown }).sessionStorage;
			if (real.local) Object.defineProperty(window, 'localStorage', real.local);
			else delete (window as { localStorage?: unknown }).localStorage;
		}
	});
});

describe('corrupt stored data is discarded and reported', () => {
	const corrupt: [string, string][] = [
		['bad JSON', '{"v":1,'],
		['JSON that is not an object', '"v=1&project_type=expand"'],
		['null', 'null'],
		['a wrong version', entry('v=1&project_type=expand', { v: 2 })],
		[
			'no version',
			JSON.stringify({ savedAt: NOW, expiresAt: NOW + DAY, answers: 'v=1&project_type=expand' })
		],
		['answers that are not a string', entry('', { answers: { project_type: 'expand' } })],
		[
			'an expiry that is not a number',
			entry('v=1&project_type=expand', { expiresAt: '2099-01-01' })
		],
		['a garbage answers string', entry('%%%garbage&&=')],
		['an unknown question', entry('v=1&favourite_colour=blue')],
		['an invalid answer', entry('v=1&project_type=build_a_castle')],
		['a newer link version', entry('v=99&project_type=expand')]
	];
	for (const area of ['sessionStorage', 'localStorage'] as const) {
		for (const [name, raw] of corrupt) {
			it(`${area}: ${name}`, () => {
				const win = fakeWindow();
				win[area].setItem(STORAGE_KEY, raw);
				expect(restoreAnswers(decode, win, NOW)).toEqual({ discarded: true });
				expect(win[area].getItem(STORAGE_KEY)).toBeNull();
			});
		}
	}

	it('a corrupt tab entry does not hide valid answers on the device', () => {
		const win = fakeWindow();
		win.sessionStorage.setItem(STORAGE_KEY, 'not json');
		win.localStorage.setItem(STORAGE_KEY, entry('v=1&project_type=convert'));
		expect(restoreAnswers(decode, win, NOW)).toEqual({
			answers: { project_type: 'convert' },
			discarded: true,
			rememberedOn: NOW - DAY
		});
	});
});
