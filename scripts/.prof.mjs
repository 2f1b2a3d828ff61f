// temporary profiling script (not committed)
import { chromium } from 'playwright-core';
import { serveDist } from './static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './web-env.mjs';
const dir = process.argv[2];
const server = await serveDist({ root: dir });
const url = server.url ?? `http://127.0.0.1:${server.port}`;
const Q = '?v=1&project_type=new_plant&sectors=green_tech,hydrogen_ptx&land_ha=25.5&land_phasing=yes&infrastructure=high_power:must,motorway:nice,pipeline:nice,port:must,rail:none,symbiosis:nice,wastewater:nice,water_volume:must&workforce=education_clusters:nice,labour_catchment:must&env_demanding=yes&regions=midtjylland,syddanmark&start_time=within_2y&investment_mdkk=350&dual_permits=yes&net_zero=yes&net_zero_tech=electrolysers_fuel_cells&critical_raw_materials=no&company_origin=danish&employees=from_50_to_249&financials=yes&lang=da#results';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.addInitScript(() => {
	window.__long = [];
	new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await cdp.send('Profiler.start');
await page.goto(url + '/' + Q);
await page.waitForSelector('table', { timeout: 30000 });
await page.waitForTimeout(2500);
const { profile } = await cdp.send('Profiler.stop');
console.log('long tasks [start, duration]:', JSON.stringify(await page.evaluate(() => window.__long)));
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
	const n = byId.get(profile.samples[i]);
	const cf = n.callFrame;
	const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
	self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
}
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 40));
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
// inclusive time per function (top-down)
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < profile.samples.length; i++) {
	const seen = new Set();
	let id = profile.samples[i];
	while (id !== undefined) {
		const cf = byId.get(id).callFrame;
		const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
		if (!seen.has(key)) { incl.set(key, (incl.get(key) ?? 0) + (dt[i] ?? 0)); seen.add(key); }
		id = parent.get(id);
	}
}
console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[4] ?? 60))) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
await browser.close();
await server.close?.();
process.exit(0);
