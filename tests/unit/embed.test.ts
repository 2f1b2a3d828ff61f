// The embedding's pure parts: the postMessage protocol, where an embedded guide keeps its state in the host's
// address, the host events in order, and the stylesheet rewrite for the shadow root.
import { describe, expect, it } from 'vitest';
import {
	clampHeight,
	MAX_HEIGHT,
	MIN_HEIGHT,
	originOf,
	parseFrameMessage,
	parseHostMessage
} from '../../src/embed/protocol';
import { hashAddress, isParamName, paramAddress } from '../../src/browser/embed-address';
import { pageAddress } from '../../src/browser/url-sync';
import { hostEventForClick, trackHostEvents, type HostEvent } from '../../src/browser/host-events';
import { GuideActor } from '../../src/machine/guide-actor.svelte';
import { optionSource } from '../../src/data/options';
import { decodeLink } from '../../src/domain/url-codec';
import { remToPx, scopeSelector } from '../../scripts/postcss-shadow-scope';

const header = { protocol: 'industripark-guide', version: 1 } as const;
const at = (href: string) => new URL(href) as unknown as Location;

describe('postMessage protocol', () => {
	it('accepts the frame messages in their exact shapes', () => {
		expect(parseFrameMessage({ ...header, type: 'height', height: 812.4 })).toEqual({
			...header,
			type: 'height',
			height: 812.4
		});
		expect(parseFrameMessage({ ...header, type: 'ready', height: 300 })?.type).toBe('ready');
		expect(parseFrameMessage({ ...header, type: 'focus', top: 1977, height: 40 })).toEqual({
			...header,
			type: 'focus',
			top: 1977,
			height: 40
		});
		const event = { name: 'complete', step: 'results', link: 'https://guide.example/?v=1#results' };
		expect(parseFrameMessage({ ...header, type: 'event', event })).toEqual({
			...header,
			type: 'event',
			event
		});
	});

	it('rejects anything else: other protocols, versions, types, values and extra-long strings', () => {
		for (const data of [
			null,
			'height:500',
			{ type: 'height', height: 500 },
			{ ...header, protocol: 'iframe-resizer', type: 'height', height: 500 },
			{ ...header, version: 2, type: 'height', height: 500 },
			{ ...header, type: 'height', height: '500' },
			{ ...header, type: 'height', height: Number.NaN },
			{ ...header, type: 'height', height: Number.POSITIVE_INFINITY },
			{ ...header, type: 'resize', height: 500 },
			{ ...header, type: 'focus', top: -5, height: 40 },
			{ ...header, type: 'focus', top: 100, height: Number.NaN },
			{ ...header, type: 'focus', top: 100_000, height: 40 },
			{ ...header, type: 'focus', top: 100 },
			{ ...header, type: 'event', event: { name: 'purchase', step: 'results' } },
			{ ...header, type: 'event', event: { name: 'start', step: 7 } },
			{
				...header,
				type: 'event',
				event: { name: 'complete', step: 'results', link: 'x'.repeat(5000) }
			}
		]) {
			expect(parseFrameMessage(data), JSON.stringify(data)?.slice(0, 80)).toBeUndefined();
		}
	});

	it('accepts only hello and a known language from the host', () => {
		expect(parseHostMessage({ ...header, type: 'hello' })?.type).toBe('hello');
		expect(parseHostMessage({ ...header, type: 'lang', lang: 'en' })).toEqual({
			...header,
			type: 'lang',
			lang: 'en'
		});
		expect(parseHostMessage({ ...header, type: 'lang', lang: 'de' })).toBeUndefined();
		expect(parseHostMessage({ ...header, type: 'height', height: 5 })).toBeUndefined();
	});

	it('clamps heights and finds http(s) origins only', () => {
		expect(clampHeight(10)).toBe(MIN_HEIGHT);
		expect(clampHeight(1e9)).toBe(MAX_HEIGHT);
		expect(clampHeight(640.2)).toBe(641);
		expect(originOf('https://guide.example.dk/embed.html?x=1')).toBe('https://guide.example.dk');
		expect(originOf('../embed.html', 'http://127.0.0.1:4173/demo/iframe.html')).toBe(
			'http://127.0.0.1:4173'
		);
		expect(originOf('javascript:alert(1)')).toBeUndefined();
		expect(originOf('data:text/html,hi')).toBeUndefined();
		expect(originOf('not a url')).toBeUndefined();
	});
});

describe('where an embedded guide keeps its state', () => {
	it("param: one namespaced parameter; the host's other parameters and hash stay byte for byte", () => {
		const address = paramAddress('ipg');
		const url = address.url(
			at('https://host.dk/side?page=7&q=a%20b+c#top'),
			'v=1&project_type=expand&lang=da',
			'site'
		);
		expect(url).toBe(
			'/side?page=7&q=a%20b+c&ipg=site%3Av%3D1%26project_type%3Dexpand%26lang%3Dda#top'
		);
		expect(address.read(at(`https://host.dk${url}`))).toEqual({
			query: 'v=1&project_type=expand&lang=da',
			step: 'site',
			present: true
		});
		// Replacing keeps the parameter's place.
		const again = address.url(at(`https://host.dk${url}`), 'v=1&lang=da', 'results');
		expect(again).toBe('/side?page=7&q=a%20b+c&ipg=results%3Av%3D1%26lang%3Dda#top');
	});

	it('param: absent, empty, broken or foreign values read as "not started" or no step, never throw', () => {
		const address = paramAddress('ipg-first');
		expect(address.read(at('https://host.dk/?ipg=sectors%3Av%3D1'))).toEqual({
			query: '',
			step: undefined,
			present: false
		});
		expect(address.read(at('https://host.dk/?ipg-first=%E0%A4%A'))).toEqual({
			query: '',
			step: undefined,
			present: true
		});
		expect(address.read(at('https://host.dk/?ipg-first=nonsense'))).toEqual({
			query: '',
			step: undefined,
			present: true
		});
		expect(address.read(at('https://host.dk/?ipg-first=site'))).toEqual({
			query: '',
			step: 'site',
			present: true
		});
		// A question's slug from before the pages were grouped names the page that asks it now.
		expect(address.read(at('https://host.dk/?ipg-first=land-ha'))).toEqual({
			query: '',
			step: 'site',
			present: true
		});
	});

	it('param names: letters first, then letters, digits, ".", "_" or "-"', () => {
		expect(isParamName('ipg')).toBe(true);
		expect(isParamName('ipg-first_2.x')).toBe(true);
		for (const bad of ['', '1ipg', 'ipg=x', 'ipg&x', 'ipg x', 'x'.repeat(41)])
			expect(isParamName(bad), bad).toBe(false);
		expect(() => paramAddress('a&b')).toThrow();
	});

	it("hash: only the step as a slug; the host's query stays", () => {
		expect(hashAddress.url(at('https://host.dk/side?x=1#old'), 'v=1&lang=da', 'needs')).toBe(
			'/side?x=1#needs'
		);
		expect(hashAddress.read(at('https://host.dk/side#land-phasing'))).toEqual({
			query: '',
			step: 'site',
			present: true
		});
		expect(hashAddress.keepsAnswers).toBe(false);
		expect(pageAddress.url(at('https://guide.dk/?old=1#x'), 'v=1&lang=da', 'check')).toBe(
			'/?v=1&lang=da#check'
		);
	});
});

describe('host events', () => {
	it('reports page views, start once per run, and completion with the answers link', () => {
		const guide = new GuideActor({ answers: {}, optionSource });
		const seen: HostEvent[] = [];
		const tracker = trackHostEvents(guide, {
			report: (e) => seen.push(e),
			guideUrl: () => 'https://guide.dk/index.html',
			lang: () => 'da'
		});
		guide.send({ type: 'guide.start' });
		guide.send({ type: 'guide.restart' });
		guide.send({ type: 'guide.start' });
		expect(seen.map((e) => `${e.name}:${e.step}`)).toEqual([
			'page_view:start',
			'start:project',
			'page_view:project',
			'page_view:start',
			'start:project',
			'page_view:project'
		]);
		tracker.stop();
		guide.send({ type: 'guide.restart' });
		expect(seen).toHaveLength(6);
	});

	it('reports the steps shown before it arrived first, in order (a host that prefills at once)', () => {
		const guide = new GuideActor({ answers: {}, optionSource });
		guide.send({ type: 'guide.start' });
		const seen: HostEvent[] = [];
		trackHostEvents(
			guide,
			{ report: (e) => seen.push(e), guideUrl: () => 'https://guide.dk/', lang: () => 'da' },
			['start', 'start', 'project']
		);
		expect(seen.map((e) => `${e.name}:${e.step}`)).toEqual([
			'page_view:start',
			'start:project',
			'page_view:project'
		]);
	});

	/** A guide opened on the results of a complete enough link, its host events recorded. */
	function openOnResults(resumed: boolean) {
		const answers = decodeLink(
			'v=1&project_type=expand&sectors=food_tech&land_ha=6&land_phasing=no&regions=no_preference&start_time=in_2_5y',
			optionSource
		).answers;
		const guide = new GuideActor({ answers, step: 'results', optionSource });
		const seen: HostEvent[] = [];
		trackHostEvents(guide, {
			report: (e) => seen.push(e),
			guideUrl: () => 'https://guide.dk/',
			lang: () => 'da',
			resumed
		});
		return { guide, seen };
	}

	it('reports a resumed journey (a reload, a new setting) as page views only, until a new start', () => {
		const { guide, seen } = openOnResults(true);
		expect(seen.map((e) => `${e.name}:${e.step}`)).toEqual(['page_view:results']);
		// Back in the questions it is the same journey; only a restart is a new start.
		guide.send({ type: 'step.back' });
		guide.send({ type: 'guide.restart' });
		guide.send({ type: 'guide.start' });
		expect(seen.map((e) => `${e.name}:${e.step}`)).toEqual([
			'page_view:results',
			'page_view:site', // an early result's "Tilbage": the page it was asked from
			'page_view:start',
			'start:project',
			'page_view:project'
		]);
	});

	it('reports start and completion as usual when not resumed, also when opening on the results', () => {
		const { seen } = openOnResults(false);
		expect(seen.map((e) => `${e.name}:${e.step}`)).toEqual([
			'start:results',
			'page_view:results',
			'complete:results'
		]);
	});

	it('reports contact links and downloads marked in the markup, nothing else', () => {
		document.body.innerHTML =
			'<a id="cta" href="https://erst.dk/oss" data-cta="one_stop_shop"><span id="inner">OSS</span></a>' +
			'<button id="print" data-download="print">Print</button><a id="plain" href="#parks">Parks</a>';
		expect(hostEventForClick(document.getElementById('inner'), 'results')).toEqual({
			name: 'cta_click',
			step: 'results',
			id: 'one_stop_shop',
			target: 'https://erst.dk/oss'
		});
		expect(hostEventForClick(document.getElementById('print'), 'results')).toEqual({
			name: 'download',
			step: 'results',
			target: 'print'
		});
		expect(hostEventForClick(document.getElementById('plain'), 'results')).toBeUndefined();
		expect(hostEventForClick(null, 'results')).toBeUndefined();
	});
});

describe('stylesheet for the shadow root', () => {
	it("moves html, body and :root rules onto the guide's root element and nothing else", () => {
		expect(scopeSelector('html')).toBe('.ipg-root');
		expect(scopeSelector('body')).toBe('.ipg-root');
		expect(scopeSelector(':root')).toBe('.ipg-root');
		expect(scopeSelector('html body .x')).toBe('.ipg-root .x');
		expect(scopeSelector('html:not(.a) p')).toBe('.ipg-root:not(.a) p');
		expect(scopeSelector('.body-text')).toBe('.body-text');
		expect(scopeSelector('tbody td')).toBe('tbody td');
		expect(scopeSelector('.x html')).toBe('.x .ipg-root');
	});

	it("turns rem into px at DKFDS's 10 px root and leaves other units alone", () => {
		expect(remToPx('1.6rem')).toBe('16px');
		expect(remToPx('0.4rem 1.2rem -0.8rem')).toBe('4px 12px -8px');
		expect(remToPx('calc(100% - 2.4rem)')).toBe('calc(100% - 24px)');
		expect(remToPx('1.5em 12px 50%')).toBe('1.5em 12px 50%');
		expect(remToPx('.125rem')).toBe('1.25px');
	});
});
