// What a question page keeps of its unsent input in this tab (src/browser/page-draft.ts): given back on the same
// page over the same answers only, never throwing on blocked storage or a bad entry.
import { describe, expect, it } from 'vitest';
import {
	PAGE_DRAFT_KEY,
	draftWasReturning,
	dropPageDraft,
	keepPageDraft,
	takePageDraft,
	type PageDraft
} from '../../src/browser/page-draft';
import type { QuestionId } from '../../src/domain/types';

/** A window with a sessionStorage in memory. */
function memoryWindow(): Window & { sessionStorage: Storage } {
	const items = new Map<string, string>();
	const sessionStorage = {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (k: string) => items.get(k) ?? null,
		key: (i: number) => [...items.keys()][i] ?? null,
		removeItem: (k: string) => void items.delete(k),
		setItem: (k: string, v: string) => void items.set(k, String(v))
	} as Storage;
	return { sessionStorage } as Window & { sessionStorage: Storage };
}

const SITE: readonly QuestionId[] = ['land_ha', 'land_phasing', 'regions', 'start_time'];
const TYPED: PageDraft = {
	land_ha: { type: 'number', text: '2,5', dontKnow: false, lang: 'da' },
	land_phasing: { type: 'single', value: undefined },
	regions: { type: 'multi', values: ['syddanmark'] }
};
const BASIS = 'v=1&project_type=expand&sectors=other';

describe('the input kept for a question page', () => {
	it('gives back what was typed on the same page over the same answers', () => {
		const win = memoryWindow();
		keepPageDraft('site', BASIS, TYPED, win);
		expect(takePageDraft('site', BASIS, SITE, win)).toEqual(TYPED);
	});

	it('remembers that it was typed while changing an answer from the check page, on that page and answers only', () => {
		const win = memoryWindow();
		keepPageDraft('site', BASIS, TYPED, win, true);
		expect(draftWasReturning('site', BASIS, win)).toBe(true);
		expect(draftWasReturning('needs', BASIS, win)).toBe(false);
		expect(draftWasReturning('site', `${BASIS}&land_ha=3`, win)).toBe(false);
		expect(takePageDraft('site', BASIS, SITE, win)).toEqual(TYPED);
		keepPageDraft('site', BASIS, TYPED, win);
		expect(draftWasReturning('site', BASIS, win)).toBe(false);
		win.sessionStorage.setItem(PAGE_DRAFT_KEY, '{not json');
		expect(draftWasReturning('site', BASIS, win)).toBe(false);
	});

	it('gives back only the questions of the page asking', () => {
		const win = memoryWindow();
		keepPageDraft(
			'site',
			BASIS,
			{ ...TYPED, employees: { type: 'single', value: 'under_10' } },
			win
		);
		expect(takePageDraft('site', BASIS, SITE, win)).toEqual(TYPED);
	});

	it('ignores and deletes the input of another page, or typed over other answers (a link opened later)', () => {
		for (const [page, basis] of [
			['needs', BASIS],
			['site', `${BASIS}&land_ha=4`]
		] as const) {
			const win = memoryWindow();
			keepPageDraft('site', BASIS, TYPED, win);
			expect(takePageDraft(page, basis, SITE, win)).toBeUndefined();
			expect(win.sessionStorage.getItem(PAGE_DRAFT_KEY)).toBeNull();
		}
	});

	it('ignores and deletes an entry of the wrong shape', () => {
		for (const bad of [
			'{',
			'null',
			'[]',
			JSON.stringify({ v: 2, page: 'site', basis: BASIS, raw: {} }),
			JSON.stringify({
				v: 1,
				page: 'site',
				basis: BASIS,
				raw: { land_ha: { type: 'number', text: 5 } }
			}),
			JSON.stringify({
				v: 1,
				page: 'site',
				basis: BASIS,
				raw: { regions: { type: 'multi', values: [1] } }
			}),
			JSON.stringify({ v: 1, page: 'site', basis: BASIS, raw: { regions: { type: 'other' } } })
		]) {
			const win = memoryWindow();
			win.sessionStorage.setItem(PAGE_DRAFT_KEY, bad);
			expect(takePageDraft('site', BASIS, SITE, win), bad).toBeUndefined();
			expect(win.sessionStorage.getItem(PAGE_DRAFT_KEY), bad).toBeNull();
		}
	});

	it('is deleted when the page is left', () => {
		const win = memoryWindow();
		keepPageDraft('site', BASIS, TYPED, win);
		dropPageDraft(win);
		expect(takePageDraft('site', BASIS, SITE, win)).toBeUndefined();
	});

	it('never throws when the browser blocks or limits storage', () => {
		const blocked = {} as Window;
		Object.defineProperty(blocked, 'sessionStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
		const full = memoryWindow();
		full.sessionStorage.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		for (const win of [blocked, full]) {
			expect(() => keepPageDraft('site', BASIS, TYPED, win)).not.toThrow();
			expect(takePageDraft('site', BASIS, SITE, win)).toBeUndefined();
			expect(() => dropPageDraft(win)).not.toThrow();
		}
	});
});
