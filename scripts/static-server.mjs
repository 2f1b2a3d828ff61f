// A small static server for the built app, for measurements that need a real web server (Lighthouse, slow-network timing).
//
// It serves dist/ the way the README recommends hosting it: the same security headers as the browser-test harness
// (both take them from web-env.mjs) and gzip for text files, as
// every static host does. The harness's own server sends files uncompressed, which is right for functional tests
// but would make a network-throttled measurement count about three times the bytes a visitor downloads.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MIME_TYPES, SECURITY_HEADERS } from './web-env.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST_DIR = join(REPO_ROOT, 'dist');

/** Types worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg\+xml)/;

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * Serves `root` (default dist/) on 127.0.0.1 at a free port: `/dir/` → `/dir/index.html`, unknown paths without an
 * extension → `/index.html` (like the harness), gzip when the request accepts it.
 * @param {{ root?: string, gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, host: string, root: string, close(): Promise<void> }>}
 */
export async function serveDist(options = {}) {
	const root = resolve(options.root ?? DIST_DIR);
	const gzip = options.gzip ?? true;
	/** @type {Map<string, Buffer>} */
	const gzipped = new Map();

	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
	const handle = async (req, res) => {
		const send = (status, body, type, extra = {}) => {
			res.writeHead(status, {
				...SECURITY_HEADERS,
				'Content-Type': type,
				'Content-Length': String(body.length),
				...extra
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD')
			return send(405, Buffer.from('Method Not Allowed'), 'text/plain');
		let pathname;
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			return send(400, Buffer.from('Bad Request'), 'text/plain');
		}
		let file = resolve(root, '.' + pathname);
		if (pathname.includes('\0') || (file !== root && !file.startsWith(root + sep))) {
			return send(403, Buffer.from('Forbidden'), 'text/plain');
		}
		if (pathname.endsWith('/')) file = join(file, 'index.html');
		if (!(await isFile(file))) {
			if (extname(pathname)) return send(404, Buffer.from('Not Found'), 'text/plain');
			file = (await isFile(join(file, 'index.html')))
				? join(file, 'index.html')
				: join(root, 'index.html');
		}
		const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
		let body = await readFile(file);
		// no-cache: the browser may keep a copy but asks first, as a host that publishes new builds would set it.
		const extra = { 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
		if (
			gzip &&
			COMPRESSIBLE.test(type) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
		) {
			const cached = gzipped.get(file) ?? gzipSync(body, { level: 9 });
			gzipped.set(file, cached);
			body = cached;
			extra['Content-Encoding'] = 'gzip';
		}
		send(200, body, type, extra);
	};

	const server = createServer((req, res) => {
		handle(req, res).catch((err) => {
			if (!res.headersSent) {
				res.writeHead(500, { 'Content-Type': 'text/plain' });
				res.end(String(err));
			} else res.destroy();
		});
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => ok(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	const host = `127.0.0.1:${port}`;
	return {
		url: `http://${host}`,
		host,
		root,
		close: () =>
			new Promise((ok, fail) => {
				server.close((err) => (err ? fail(err) : ok(undefined)));
				server.closeAllConnections();
			})
	};
}
