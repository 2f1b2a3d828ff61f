/**
 * Shared helpers for the browser (end-to-end) tests.
 *
 * These run inside vitest in the *Node* environment (see tests/e2e/vitest.config.ts):
 *   - startServer()  serves the built app (dist/) with strict security headers,
 *   - launchBrowser() starts Debian's headless Chromium through playwright-core,
 *   - newPage()      opens a page with recorders for errors, CSP violations and
 *                    requests to other hosts (which are aborted, never sent),
 *   - runAxe() / expectNoAxeViolations() run axe-core (WCAG 2.1 A + AA rules).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ElementContext, Result as AxeResult, RunOptions as AxeRunOptions } from 'axe-core';

// ---------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------

/** Repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Default directory served by startServer(): the output of `npm run build`. */
export const DIST_DIR = join(REPO_ROOT, 'dist');
// Debian's Chromium and its flags, the security headers and the MIME types: shared with the scripts.
export {
	CHROMIUM_ARGS,
	CHROMIUM_PATH,
	CONTENT_SECURITY_POLICY,
	CSP_DIRECTIVES,
	CSP_STYLE_SRC,
	MIME_TYPES,
	SECURITY_HEADERS
} from '../../scripts/web-env.mjs';
import {
	CHROMIUM_ARGS,
	CHROMIUM_PATH,
	MIME_TYPES,
	SECURITY_HEADERS
} from '../../scripts/web-env.mjs';

export interface StartServerOptions {
	/** Directory to serve. Default: dist/ of the repository. */
	root?: string;
	/** Extra or overriding response headers (merged over SECURITY_HEADERS);
	 *  `null` removes a header (e.g. to test a page without the CSP). */
	headers?: Record<string, string | null>;
}

export interface TestServer {
	/** Base URL without trailing slash, e.g. http://127.0.0.1:43567 */
	url: string;
	/** host:port of the server, e.g. 127.0.0.1:43567 */
	host: string;
	/** Absolute path of the served directory. */
	root: string;
	/** Serve `body` at `pathname` (e.g. '/sw.js') instead of the file, from now on; `null` serves the file again.
	 *  For a new version of the guide without a new build. */
	override(pathname: string, body: Buffer | string | null): void;
	close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * Serve a directory (default dist/) on 127.0.0.1 with a random free port.
 * - correct Content-Type per extension, `nosniff`, strict CSP, no-referrer;
 * - `/dir/` serves `/dir/index.html`;
 * - unknown paths WITHOUT a file extension fall back to `/index.html` (SPA);
 *   unknown paths WITH an extension are 404;
 * - GET and HEAD only; paths escaping the root are refused.
 */
export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
	const root = resolve(options.root ?? DIST_DIR);
	const headers: Record<string, string> = { ...SECURITY_HEADERS };
	for (const [name, value] of Object.entries(options.headers ?? {})) {
		for (const key of Object.keys(headers))
			if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
		if (value !== null) headers[name] = value;
	}

	const send = (
		req: IncomingMessage,
		res: ServerResponse,
		status: number,
		body: Buffer | string,
		contentType: string
	): void => {
		const buf = typeof body === 'string' ? Buffer.from(body) : body;
		res.writeHead(status, {
			...headers,
			'Content-Type': contentType,
			'Content-Length': String(buf.length),
			'Cache-Control': 'no-store'
		});
		res.end(req.method === 'HEAD' ? undefined : buf);
	};

	const overrides = new Map<string, Buffer>();
	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('Allow', 'GET, HEAD');
			send(req, res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
			return;
		}
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			send(req, res, 400, 'Bad Request', 'text/plain; charset=utf-8');
			return;
		}
		if (pathname.includes('\0')) {
			send(req, res, 400, 'Bad Request', 'text/plain; charset=utf-8');
			return;
		}
		const replaced = overrides.get(pathname);
		if (replaced) {
			send(req, res, 200, replaced, MIME_TYPES[extname(pathname).toLowerCase()] ?? 'text/plain');
			return;
		}
		let file = resolve(root, '.' + pathname);
		if (file !== root && !file.startsWith(root + sep)) {
			send(req, res, 403, 'Forbidden', 'text/plain; charset=utf-8');
			return;
		}
		if (pathname.endsWith('/')) file = join(file, 'index.html');

		if (!(await isFile(file))) {
			const dirIndex = join(file, 'index.html');
			if (!extname(pathname) && (await isFile(dirIndex))) {
				file = dirIndex;
			} else if (!extname(pathname)) {
				file = join(root, 'index.html'); // SPA fallback
				if (!(await isFile(file))) {
					send(req, res, 404, 'Not Found (no index.html)', 'text/plain; charset=utf-8');
					return;
				}
			} else {
				send(req, res, 404, 'Not Found', 'text/plain; charset=utf-8');
				return;
			}
		}
		const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		send(req, res, 200, await readFile(file), type);
	};

	const server = createServer((req, res) => {
		handle(req, res).catch((err: unknown) => {
			if (!res.headersSent) send(req, res, 500, String(err), 'text/plain; charset=utf-8');
			else res.destroy();
		});
	});
	server.keepAliveTimeout = 1000;

	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			server.off('error', fail);
			ok();
		});
	});
	const { port } = server.address() as AddressInfo;
	const host = `127.0.0.1:${port}`;

	return {
		url: `http://${host}`,
		host,
		root,
		override: (pathname, body) => {
			if (body === null) overrides.delete(pathname);
			else overrides.set(pathname, typeof body === 'string' ? Buffer.from(body) : body);
		},
		close: () =>
			new Promise<void>((ok, fail) => {
				server.close((err) => (err ? fail(err) : ok()));
				server.closeAllConnections();
			})
	};
}

// ---------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------

export interface LaunchOptions {
	/** Extra Chromium flags. */
	args?: string[];
	/** Default true. */
	headless?: boolean;
}

export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: options.headless ?? true,
		args: [...CHROMIUM_ARGS, ...(options.args ?? [])]
	});
}

export interface NewPageOptions {
	/** Default 1280x900. */
	viewport?: { width: number; height: number };
	/** e.g. 'da-DK' or 'en-GB'. Default: Chromium's default. */
	locale?: string;
	/** Hosts (host:port) that are NOT foreign. Default: any 127.0.0.1/localhost
	 *  port. Pass `server.host` to allow only the test server. */
	allowedHosts?: string[];
	/** Convenience for allowedHosts: [server.host]. */
	server?: Pick<TestServer, 'host'>;
	colorScheme?: 'light' | 'dark' | 'no-preference';
	reducedMotion?: 'reduce' | 'no-preference';
	/** Default 'block': the guide's pages register no service worker, so every request reaches the routes below (a
	 *  request a service worker answers from its cache is never routed: failure injection would not see it).
	 *  The offline tests pass 'allow'. */
	serviceWorkers?: 'allow' | 'block';
}

export interface RecordedPage {
	page: Page;
	context: BrowserContext;
	/** Console errors and warnings and uncaught page errors, in order, each
	 *  prefixed with its kind ("console.error: ", "console.warning: ", "pageerror: "). */
	errors(): string[];
	/** CSP violations: from the `securitypolicyviolation` event ("event: ...")
	 *  and from console messages mentioning "Content Security Policy" ("console: ..."). */
	cspViolations(): string[];
	/** "METHOD url" of every request to a host that is not allowed; all were aborted. */
	foreignRequests(): string[];
	/** Closes the page's context. */
	close(): Promise<void>;
}

declare global {
	interface Window {
		__cspViolations?: string[];
		__recordCspViolation?: (text: string) => Promise<void>;
	}
}

/** Runs in every frame before any page script. Must be self-contained. */
function cspInitScript(): void {
	window.__cspViolations = [];
	document.addEventListener(
		'securitypolicyviolation',
		(e: SecurityPolicyViolationEvent) => {
			const text =
				`${e.effectiveDirective || e.violatedDirective} blocked ` +
				`${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}` +
				`${e.lineNumber ? ':' + e.lineNumber : ''}` +
				`${e.sample ? ' sample: ' + e.sample : ''}`;
			window.__cspViolations?.push(text);
			void window.__recordCspViolation?.(text);
		},
		true
	);
}

/** What Playwright logs in the page when it blocks a service worker's registration. */
const SERVICE_WORKER_BLOCKED = 'Service Worker registration blocked by Playwright';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * New context + page with viewport 1280x900 (default), optional locale, and
 * recorders. Requests to other hosts are aborted (never reach the network)
 * and recorded. Close with `close()` or by closing the browser.
 */
export async function newPage(
	browser: Browser,
	options: NewPageOptions = {}
): Promise<RecordedPage> {
	const context = await browser.newContext({
		viewport: options.viewport ?? { width: 1280, height: 900 },
		...(options.locale ? { locale: options.locale } : {}),
		...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
		...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
		serviceWorkers: options.serviceWorkers ?? 'block'
	});
	const errors: string[] = [];
	const csp: string[] = [];
	const foreign: string[] = [];

	const allowed = options.allowedHosts ?? (options.server ? [options.server.host] : undefined);
	const isForeign = (url: URL): boolean => {
		if (
			url.protocol !== 'http:' &&
			url.protocol !== 'https:' &&
			url.protocol !== 'ws:' &&
			url.protocol !== 'wss:'
		) {
			return false; // data:, blob:, about: never leave the browser
		}
		return allowed ? !allowed.includes(url.host) : !LOOPBACK.has(url.hostname);
	};

	await context.route(isForeign, async (route) => {
		const req = route.request();
		foreign.push(`${req.method()} ${req.url()}`);
		await route.abort('blockedbyclient');
	});
	await context.exposeBinding('__recordCspViolation', (_source, text: string) => {
		csp.push(`event: ${text}`);
	});
	await context.addInitScript(cspInitScript);

	const page = await context.newPage();
	page.on('console', (msg) => {
		const type = msg.type();
		const text = msg.text();
		if (/Content Security Policy/i.test(text)) csp.push(`console: ${text}`);
		// Playwright's own note when it blocks a registration (serviceWorkers: 'block'), not the guide's.
		if (text === SERVICE_WORKER_BLOCKED) return;
		if (type === 'error' || type === 'warning') {
			const loc = msg.location();
			errors.push(`console.${type}: ${text}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
		}
	});
	page.on('pageerror', (err) => {
		errors.push(`pageerror: ${err.name}: ${err.message}`);
	});

	return {
		page,
		context,
		errors: () => [...errors],
		cspViolations: () => [...csp],
		foreignRequests: () => [...foreign],
		close: () => context.close()
	};
}

// ---------------------------------------------------------------------------
// axe-core
// ---------------------------------------------------------------------------

/** WCAG 2.1 level A and AA. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let axeSource: string | undefined;
function getAxeSource(): Promise<string> {
	if (axeSource) return Promise.resolve(axeSource);
	const require = createRequire(import.meta.url);
	return readFile(require.resolve('axe-core/axe.min.js'), 'utf8').then((src) => (axeSource = src));
}

/**
 * Loads axe-core into the page's main world. Under the server's CSP an
 * injected <script> (page.addScriptTag) is refused, but page.evaluate() runs
 * through the DevTools protocol, which page CSP does not govern.
 */
async function injectAxe(page: Page): Promise<void> {
	const present = await page.evaluate(
		() => typeof (window as unknown as { axe?: unknown }).axe === 'object'
	);
	if (present) return;
	const source = await getAxeSource();
	// Evaluated as a script body; the UMD wrapper assigns window.axe.
	await page.evaluate(`${source}\n;void 0;`);
	const ok = await page.evaluate(
		() => typeof (window as unknown as { axe?: unknown }).axe === 'object'
	);
	if (!ok) throw new Error('axe-core could not be injected into the page');
}

export interface AxeOptions {
	/** What to check (default: the whole document), e.g. { exclude: ['#map'] }. */
	context?: ElementContext;
	/** Extra axe run options merged over the defaults (runOnly WCAG 2.1 A/AA). */
	runOptions?: AxeRunOptions;
}

/** Run axe (WCAG 2.1 A + AA) on the page's current state; returns the violations.
 *  `label` names the page/state in messages. */
export async function runAxe(
	page: Page,
	label: string,
	options: AxeOptions = {}
): Promise<AxeResult[]> {
	await injectAxe(page);
	const runOptions: AxeRunOptions = {
		runOnly: { type: 'tag', values: [...AXE_TAGS] },
		resultTypes: ['violations'],
		...(options.runOptions ?? {})
	};
	try {
		// Arguments and result cross as JSON strings: plain data only, and it keeps
		// playwright's argument types from expanding axe's recursive types.
		const json = await page.evaluate(
			async (arg: string) => {
				const { context, runOptions } = JSON.parse(arg) as {
					context: unknown;
					runOptions: unknown;
				};
				const axe = (
					window as unknown as {
						axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown }> };
					}
				).axe;
				const results = await axe.run(context ?? document, runOptions);
				return JSON.stringify(results.violations);
			},
			JSON.stringify({ context: options.context ?? null, runOptions })
		);
		return JSON.parse(json) as AxeResult[];
	} catch (err) {
		throw new Error(`axe failed on "${label}": ${(err as Error).message}`, { cause: err });
	}
}

/** Human-readable summary of axe violations. */
export function formatAxeViolations(label: string, violations: AxeResult[]): string {
	const lines = [`axe: ${violations.length} WCAG 2.1 A/AA violation(s) on "${label}":`];
	for (const v of violations) {
		lines.push(`- ${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})`);
		for (const node of v.nodes.slice(0, 10)) {
			const target = node.target
				.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t)))
				.join(' , ');
			lines.push(`    at ${target}`);
			if (node.failureSummary)
				lines.push(`       ${node.failureSummary.replace(/\n/g, '\n       ')}`);
		}
		if (v.nodes.length > 10) lines.push(`    … and ${v.nodes.length - 10} more`);
	}
	return lines.join('\n');
}

/** Throws a readable error listing rule id, impact, help and target selectors
 *  when axe finds any WCAG 2.1 A/AA violation. */
export async function expectNoAxeViolations(
	page: Page,
	label: string,
	options: AxeOptions = {}
): Promise<void> {
	const violations = await runAxe(page, label, options);
	if (violations.length > 0) throw new Error(formatAxeViolations(label, violations));
}
