// Benchmark page (see scripts/bench-map.mjs): draws N synthetic sites with the real adapter and reports timings.
// Runs in headless Chromium; nothing here ships with the app.
import outline from 'virtual:denmark-outline';
import './bench.css';
import { createSiteMap } from '../../src/ui/map/leaflet-adapter';
import type { SiteMapHandle, SiteMapTexts } from '../../src/ui/map/map-types';
import mapEn from '../../src/i18n/map.en.json';
import { syntheticMapSites } from '../builders/synthetic-sites';
import { mapTextsFrom } from '../builders/map';

const texts: SiteMapTexts = mapTextsFrom(mapEn);

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export interface RenderResult {
	/** From just before createSiteMap to the second animation frame after setSites: the first drawn map. */
	firstRenderMs: number;
	createMs: number;
	setSitesMs: number;
	markers: number;
}

let handle: SiteMapHandle | undefined;
let frames: number[] = [];
let recording = false;

declare global {
	interface Window {
		bench: {
			render(count: number): Promise<RenderResult>;
			startFrames(): void;
			stopFrames(): Promise<number[]>;
			violations: string[];
		};
	}
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
	violations.push(`${e.violatedDirective} ${e.blockedURI}`)
);

window.bench = {
	violations,
	async render(count) {
		// Data first, outside the timing: the app gets its sites from the result, not from a generator.
		const sites = syntheticMapSites(count, { withFit: true });
		const container = document.getElementById('map') as HTMLDivElement;
		await frame();
		const t0 = performance.now();
		handle = createSiteMap({
			container,
			texts,
			outline,
			onSelect: () => {},
			reducedMotion: false,
			legendContainer: document.getElementById('legend') as HTMLDivElement
		});
		const t1 = performance.now();
		handle.setSites(sites);
		const t2 = performance.now();
		await frame();
		await frame();
		const t3 = performance.now();
		return {
			firstRenderMs: t3 - t0,
			createMs: t1 - t0,
			setSitesMs: t2 - t1,
			markers: container.querySelectorAll('.site-marker').length
		};
	},
	startFrames() {
		frames = [];
		recording = true;
		const loop = (t: number) => {
			if (!recording) return;
			frames.push(t);
			requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	},
	async stopFrames() {
		await frame();
		await frame();
		recording = false;
		return frames.slice(1).map((t, i) => t - (frames[i] as number));
	}
};
