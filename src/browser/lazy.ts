// Every part of the guide that is downloaded later (a page, the English texts, the map, the QR code, storage, the
// adviser page …) is fetched through `lazy`, so a download that failed on a bad connection can be tried again
// without reloading the page and without losing answers.
//
// Why not just call `import()` again: some browsers remember a failed `import()` for its URL and fail every later
// `import()` of that URL at once, even with the network back (Chromium 150, December 2026: tests/e2e/lazy.e2e.ts
// reproduces it). So a second try asks for the same file at a new address (`?retry=N`): the file is the same, the
// browser's memory of the failure is not.

/** A part's loader: `load()` fetches it once; after a failure, the next `load()` tries again. */
export interface Lazy<T> {
	(): Promise<T>;
	/** The part, once it has arrived (so a page can draw it at once, in the same task). */
	readonly current: T | undefined;
}

/**
 * Wrap a dynamic import: `lazy(() => import('./Part.svelte'))`. The loader must return the module itself (transform
 * it after loading), because a retry imports the module again by its address.
 */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
	let loaded: Promise<T> | undefined;
	let attempts = 0;
	let failedUrl: string | undefined;
	let current: T | undefined;
	const part = () =>
		(loaded ??= (attempts++ > 0 && failedUrl ? retryImport<T>(failedUrl, attempts) : load()).then(
			(module) => (current = module),
			(error: unknown) => {
				loaded = undefined; // the next call tries again
				failedUrl = failedModuleUrl(error) ?? failedUrl;
				throw error;
			}
		));
	return Object.defineProperty(part, 'current', { get: () => current }) as Lazy<T>;
}

/** The address of the module a failed `import()` names in its message (Chromium and Firefox do; Safari does not). */
export function failedModuleUrl(
	error: unknown,
	ownOrigin = new URL(import.meta.url).origin
): string | undefined {
	const message = error instanceof Error ? error.message : String(error);
	const found = /(https?:\/\/[^\s'"]+\.js)\b/.exec(message)?.[1];
	if (!found) return undefined;
	const url = new URL(found);
	// Only this guide's own files (the web component's may come from another origin than the host page's).
	if (url.origin !== ownOrigin) return undefined;
	url.search = '';
	return url.href;
}

function retryImport<T>(url: string, attempt: number): Promise<T> {
	return (import(/* @vite-ignore */ `${url}?retry=${attempt}`) as Promise<Chunk>).then(
		asImported
	) as Promise<T>;
}

type Chunk = Record<string, unknown>;

/**
 * The module a file holds, as its `import()` in the bundle gives it. A file that another one also imports statically
 * exports its module under a short name (rolldown: `export { ns as n }`, and the bundle's `import()` reads `.n`);
 * imported by its address, such a file gives that object – a module namespace, tagged "Module" as the language tags
 * them – beside what the other file imports. Review 20: the English questions' texts came back on "Prøv igen" with
 * no `default`, and the language could not be switched until a reload.
 */
export function asImported(chunk: Chunk): unknown {
	if ('default' in chunk) return chunk;
	const namespaces = Object.values(chunk).filter(
		(v) => Object.prototype.toString.call(v) === '[object Module]'
	);
	return namespaces.length === 1 ? namespaces[0] : chunk;
}

/**
 * Whether a part that failed again on a new try is stuck: the server answers now, so either a file the part imports
 * failed earlier and the browser keeps that failure for as long as the page lives (Chromium 150 asks for it no more,
 * not even for the new address of the part that needs it – review 20: the results page after its data file failed
 * once), or the file is gone (a new version was published: 404). Only a new page load helps; the caller decides
 * whether it may reload (its state must be in the address). Any answer counts, a refused HEAD request too.
 */
export async function isStuck(error: unknown): Promise<boolean> {
	const url = failedModuleUrl(error);
	if (!url) return false;
	try {
		await fetch(url, { method: 'HEAD', cache: 'no-store' });
		return true;
	} catch {
		return false; // still no connection: "Prøv igen" again later
	}
}
