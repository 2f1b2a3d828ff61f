#!/usr/bin/env node
/**
 * npm run size — size budgets of the built app (run `npm run build` first).
 *
 * For each budget, its root files plus everything they statically import
 * (recursively) are gzipped (zlib level 9) and summed. Fonts never count.
 * Dynamic import() targets are lazy: they are listed separately and do not count.
 *
 *   node scripts/size.mjs            table + verdict; exit 1 when over budget
 *   node scripts/size.mjs --json     machine-readable output (same exit codes)
 *   node scripts/size.mjs --dir X    measure directory X instead of dist/
 *
 * Exit codes: 0 within budgets, 1 over a budget, 2 cannot measure (no build).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';

const KB = 1024;
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FONT_EXT = new Set(['.woff', '.woff2', '.ttf', '.otf', '.eot']);
const CODE_EXT = new Set(['.js', '.mjs', '.css']);

/**
 * Budgets. Each: name, maxGzipBytes, description, and roots(ctx) returning
 * dist-relative files (posix paths) whose static-import closure is measured.
 * `optional: true` skips a budget whose roots are not found (e.g. before the
 * embed script exists) instead of failing.
 *
 * To add the embed budget later, e.g.:
 *   { name: 'embed', maxGzipBytes: 10 * KB, optional: true,
 *     description: 'embed script and its static imports',
 *     roots: (ctx) => ctx.find(/^(assets\/)?embed[-.].*\.js$/) },
 */
export const BUDGETS = [
	{
		name: 'initial',
		maxGzipBytes: 70 * KB,
		description: 'index.html + the JS/CSS it references directly + their static imports (no fonts)',
		roots: (ctx) => ['index.html', ...ctx.htmlRefs('index.html')]
	},
	{
		name: 'embed',
		maxGzipBytes: 80 * KB,
		description:
			'the web component: embed/industripark-guide.js + its static imports + its stylesheet (no fonts)',
		roots: () => ['embed/industripark-guide.js', 'embed/industripark-guide.css']
	},
	{
		name: 'frame-host',
		maxGzipBytes: 3 * KB,
		description: "the iframe embed's host script, embed/frame-host.js (one file)",
		roots: () => ['embed/frame-host.js']
	}
];

// ---------------------------------------------------------------------------

function parseArgs(argv) {
	const args = { json: false, dir: join(REPO_ROOT, 'dist') };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--json') args.json = true;
		else if (a === '--dir') args.dir = resolve(argv[++i] ?? '');
		else if (a.startsWith('--dir=')) args.dir = resolve(a.slice(6));
		else if (a === '-h' || a === '--help') args.help = true;
		else throw new Error(`unknown argument: ${a}`);
	}
	return args;
}

/** All files under dir, as posix paths relative to dir. */
function listFiles(dir, base = dir) {
	const out = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...listFiles(path, base));
		else if (entry.isFile()) out.push(relative(base, path).split(sep).join('/'));
	}
	return out.sort();
}

/** Resolve a URL found in `fromFile` to a dist-relative posix path, or null if external. */
function resolveRef(fromFile, ref) {
	if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref)) return null; // http:, data:, //host
	const clean = ref.split(/[?#]/)[0];
	if (!clean) return null;
	const joined = clean.startsWith('/')
		? clean.slice(1)
		: posix.join(posix.dirname(fromFile), clean);
	const normal = posix.normalize(joined);
	return normal.startsWith('..') ? null : normal.replace(/^\.\//, '');
}

function attr(tag, name) {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** JS/CSS that an HTML file references directly: <script src>, <link rel=stylesheet|modulepreload>. */
function htmlRefsOf(dist, htmlFile) {
	const path = join(dist, htmlFile);
	if (!existsSync(path)) return [];
	const html = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
	const refs = [];
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = attr(tag, 'src');
		if (src) refs.push(src);
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(tag, 'href');
		if (href && (rel.includes('stylesheet') || rel.includes('modulepreload'))) refs.push(href);
	}
	return refs.map((r) => resolveRef(htmlFile, r)).filter((r) => r !== null);
}

/**
 * Static imports of a JS chunk: `import x from"./a.js"`, `import{a}from"./a.js"`,
 * `import"./a.js"`, `export{a}from"./a.js"`, `export*from"./a.js"`.
 * `import("./a.js")` (dynamic) does not match: after `import` only whitespace,
 * a binding list or a quote may follow, never `(`.
 * Erring towards inclusion keeps the budget honest.
 */
const STATIC_IMPORT_RE =
	/(?:^|[^\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)["']([^"'\n]+)["']/g;
/** Dynamic imports, import("./x.js") or import(`./x.js`) (rolldown emits backticks); informational. */
const DYNAMIC_IMPORT_RE = /(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*[,)]/g;
/** CSS @import (static). */
const CSS_IMPORT_RE = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g;

function staticDepsOf(dist, file) {
	const ext = extname(file);
	const path = join(dist, file);
	if (!existsSync(path)) return [];
	const text = readFileSync(path, 'utf8');
	const re =
		ext === '.css' ? CSS_IMPORT_RE : ext === '.js' || ext === '.mjs' ? STATIC_IMPORT_RE : null;
	if (!re) return [];
	return [...text.matchAll(re)].map((m) => resolveRef(file, m[1])).filter((r) => r !== null);
}

function gzipSize(buf) {
	return gzipSync(buf, { level: zlibConstants.Z_BEST_COMPRESSION }).length;
}

function measure(dist, file) {
	const buf = readFileSync(join(dist, file));
	return { file, raw: buf.length, gzip: gzipSize(buf) };
}

/** Closure of roots over static imports; returns { files, missing }. */
function closure(dist, roots) {
	const seen = new Set();
	const missing = [];
	const queue = [...roots];
	while (queue.length) {
		const file = queue.shift();
		if (seen.has(file)) continue;
		if (!existsSync(join(dist, file)) || !statSync(join(dist, file)).isFile()) {
			if (!missing.includes(file)) missing.push(file);
			continue;
		}
		seen.add(file);
		queue.push(...staticDepsOf(dist, file));
	}
	return { files: [...seen].filter((f) => !FONT_EXT.has(extname(f).toLowerCase())), missing };
}

export function analyse(dist, budgets = BUDGETS) {
	const all = listFiles(dist);
	const ctx = {
		dist,
		files: all,
		htmlRefs: (htmlFile) => htmlRefsOf(dist, htmlFile),
		find: (re) => all.filter((f) => re.test(f))
	};
	const results = [];
	const counted = new Set();
	for (const b of budgets) {
		const roots = b.roots(ctx);
		const { files, missing } = closure(dist, roots);
		if (b.optional && files.length === 0) {
			results.push({
				name: b.name,
				skipped: true,
				maxGzipBytes: b.maxGzipBytes,
				description: b.description
			});
			continue;
		}
		const rows = files.map((f) => measure(dist, f));
		const total = rows.reduce((s, r) => ({ raw: s.raw + r.raw, gzip: s.gzip + r.gzip }), {
			raw: 0,
			gzip: 0
		});
		rows.forEach((r) => counted.add(r.file));
		results.push({
			name: b.name,
			description: b.description,
			maxGzipBytes: b.maxGzipBytes,
			files: rows,
			missing,
			totalRaw: total.raw,
			totalGzip: total.gzip,
			ok: total.gzip <= b.maxGzipBytes && missing.length === 0
		});
	}
	const dynamicTargets = new Set();
	for (const f of all.filter((f) => /\.m?js$/.test(f))) {
		const text = readFileSync(join(dist, f), 'utf8');
		for (const m of text.matchAll(DYNAMIC_IMPORT_RE)) {
			const r = resolveRef(f, m[2]);
			if (r) dynamicTargets.add(r);
		}
	}
	const lazy = all
		.filter((f) => CODE_EXT.has(extname(f)) && !counted.has(f))
		.map((f) => ({ ...measure(dist, f), dynamicImportTarget: dynamicTargets.has(f) }));
	return {
		dist,
		budgets: results,
		lazy,
		lazyTotalGzip: lazy.reduce((s, r) => s + r.gzip, 0),
		ok: results.every((r) => r.skipped || r.ok)
	};
}

// ---------------------------------------------------------------------------

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

function table(rows) {
	const w = Math.max(4, ...rows.map((r) => r.file.length));
	const lines = [`  ${'file'.padEnd(w)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}`];
	for (const r of rows) {
		lines.push(
			`  ${r.file.padEnd(w)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}`
		);
	}
	return lines.join('\n');
}

function printHuman(report) {
	const out = [`Size report for ${relative(process.cwd(), report.dist) || '.'}/ (gzip -9)`];
	for (const b of report.budgets) {
		out.push('');
		if (b.skipped) {
			out.push(`[${b.name}] skipped: no files found (${b.description})`);
			continue;
		}
		out.push(`[${b.name}] ${b.description}`);
		out.push(table(b.files));
		for (const m of b.missing) out.push(`  MISSING: ${m} is referenced but not in the build`);
		out.push(
			`  total: ${b.totalRaw} B raw, ${b.totalGzip} B gzip (${kb(b.totalGzip)}) / budget ${b.maxGzipBytes} B (${kb(b.maxGzipBytes)})` +
				` — ${b.ok ? 'OK' : 'OVER BUDGET'}`
		);
	}
	out.push('');
	out.push(
		`[lazy] JS/CSS not in any budget (loaded later, not counted): ${report.lazy.length} file(s), ${report.lazyTotalGzip} B gzip`
	);
	if (report.lazy.length) out.push(table(report.lazy));
	console.log(out.join('\n'));
	for (const b of report.budgets) {
		if (b.skipped || b.ok) continue;
		if (b.missing.length)
			console.error(
				`\nsize: budget "${b.name}": referenced file(s) missing from the build: ${b.missing.join(', ')}`
			);
		if (b.totalGzip > b.maxGzipBytes) {
			console.error(
				`\nsize: budget "${b.name}" exceeded: ${b.totalGzip} B gzip (${kb(b.totalGzip)}) > ${b.maxGzipBytes} B (${kb(b.maxGzipBytes)}), ` +
					`over by ${b.totalGzip - b.maxGzipBytes} B. Lazy-load (dynamic import()) or trim what the initial load pulls in.`
			);
		}
	}
}

function main() {
	let args;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (err) {
		console.error(`size: ${err.message}\nusage: node scripts/size.mjs [--json] [--dir DIR]`);
		return 2;
	}
	if (args.help) {
		console.log(
			'usage: node scripts/size.mjs [--json] [--dir DIR]   (default DIR: dist/; run npm run build first)'
		);
		return 0;
	}
	if (!existsSync(join(args.dir, 'index.html'))) {
		const msg = `size: ${join(args.dir, 'index.html')} not found: run npm run build first.`;
		if (args.json) console.log(JSON.stringify({ ok: false, error: msg }, null, 2));
		console.error(msg);
		return 2;
	}
	const report = analyse(args.dir);
	if (args.json) console.log(JSON.stringify(report, null, 2));
	else printHuman(report);
	return report.ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	process.exitCode = main();
}
