// What every browser run of this project shares: Debian's Chromium and its flags, and the response headers the
// README recommends for hosting the guide. The browser-test harness (tests/e2e/harness.ts), the static server for
// measurements (static-server.mjs), and the Lighthouse and map-bench scripts all take them from here, so they
// cannot drift apart. Plain JavaScript, so the scripts can run it without a build.

/** Debian's Chromium. Never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// ---------------------------------------------------------------------------
// Security headers (the README lists these)
// ---------------------------------------------------------------------------

/**
 * style-src value. Svelte 5 applies dynamic styles through the CSSOM
 * (element.style.x = ...), which 'self' allows. If real inline `style="..."`
 * attributes or <style> elements become necessary, this is the one value to
 * change (e.g. to "'self' 'unsafe-inline'") — the lead decides.
 */
export const CSP_STYLE_SRC = "'self'";

/**
 * Content-Security-Policy directives, in the order they are sent.
 * @type {ReadonlyArray<readonly [directive: string, value: string]>}
 */
export const CSP_DIRECTIVES = [
	['default-src', "'self'"],
	['script-src', "'self'"],
	['style-src', CSP_STYLE_SRC],
	['img-src', "'self' data:"],
	['font-src', "'self'"],
	['connect-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
	['frame-ancestors', "'self'"]
];

/** The full Content-Security-Policy header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([d, v]) => `${d} ${v}`).join('; ');

/**
 * Headers sent with every response of the test servers (and recommended in the README).
 * @type {Readonly<Record<string, string>>}
 */
export const SECURITY_HEADERS = Object.freeze({
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff'
});

// ---------------------------------------------------------------------------
// Serving files
// ---------------------------------------------------------------------------

/**
 * MIME types by file extension (lower case, with dot).
 * @type {Readonly<Record<string, string>>}
 */
export const MIME_TYPES = Object.freeze({
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm'
});

// ---------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------

/** Chromium flags. The resolver rule makes every host name except localhost
 *  unresolvable, so nothing can reach the network even if a request slipped
 *  past the request router (which aborts foreign requests first).
 *  @type {readonly string[]} */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
];
