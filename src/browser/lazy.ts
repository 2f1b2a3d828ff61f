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
	return import(/* @vite-ignore */ `${url}?retry=${attempt}`) as Promise<T>;
}
