// @vitest-environment jsdom
// The iframe host script's checks of its settings: what a host page's author gets told, in the console, when an
// attribute cannot be used (a review found an empty address embedding the host page in itself, silently).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { embedGuide } from '../../src/embed/frame-host';

function host(attributes: Record<string, string>): HTMLElement {
	const div = document.createElement('div');
	for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
	document.body.append(div);
	return div;
}

describe('the iframe host script', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		vi.useRealTimers();
		document.body.replaceChildren();
	});

	it('embeds nothing, and says so, for an empty or blank address', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		for (const value of ['', '   ']) {
			const div = host({ 'data-industripark-guide': value });
			expect(embedGuide(div)).toBeUndefined();
			expect(div.querySelector('iframe')).toBeNull();
		}
		expect(warn).toHaveBeenCalledTimes(2);
		expect(String(warn.mock.calls[0]![0])).toContain('is empty; nothing was embedded');
	});

	it('warns about a language it does not know and opens the guide without it', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const div = host({
			'data-industripark-guide': 'https://guide.example.dk/embed.html',
			'data-lang': 'de'
		});
		const handle = embedGuide(div)!;
		expect(new URL(handle.iframe.src).searchParams.get('lang')).toBeNull();
		expect(String(warn.mock.calls[0]![0])).toContain('data-lang="de" is not supported');
		handle.destroy();
		warn.mockClear();
		const en = embedGuide(
			host({ 'data-industripark-guide': 'https://guide.example.dk/embed.html', 'data-lang': 'en' })
		)!;
		expect(new URL(en.iframe.src).searchParams.get('lang')).toBe('en');
		expect(warn).not.toHaveBeenCalled();
		en.destroy();
	});

	it('says once when the guide at the address never answers', () => {
		vi.useFakeTimers();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const handle = embedGuide(
			host({ 'data-industripark-guide': 'https://guide.example.dk/nope/embed.html' })
		)!;
		handle.iframe.dispatchEvent(new Event('load'));
		vi.advanceTimersByTime(9_000);
		expect(warn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(30_000);
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]![0])).toContain('did not answer within 10 seconds');
		handle.destroy();
	});
});
