import { describe, expect, it, vi } from 'vitest';
import { asImported, failedModuleUrl, lazy } from '../../src/browser/lazy';

describe('lazy', () => {
	it('loads once and gives every caller the same module', async () => {
		const load = vi.fn(async () => ({ value: 1 }));
		const part = lazy(load);
		const [a, b] = await Promise.all([part(), part()]);
		expect(a).toBe(b);
		expect(await part()).toBe(a);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('after a failure, the next call tries again (here: a message that names no file)', async () => {
		const load = vi
			.fn<() => Promise<{ value: number }>>()
			.mockRejectedValueOnce(new TypeError('Importing a module script failed.'))
			.mockResolvedValueOnce({ value: 2 });
		const part = lazy(load);
		await expect(part()).rejects.toThrow('Importing a module script failed.');
		expect(await part()).toEqual({ value: 2 });
		expect(load).toHaveBeenCalledTimes(2);
	});
});

describe('failedModuleUrl', () => {
	const origin = 'http://127.0.0.1:4173';

	it("reads the file from Chromium's and Firefox's messages, without a query", () => {
		expect(
			failedModuleUrl(
				new TypeError(`Failed to fetch dynamically imported module: ${origin}/assets/en-Cq.js`),
				origin
			)
		).toBe(`${origin}/assets/en-Cq.js`);
		expect(
			failedModuleUrl(
				new TypeError(`error loading dynamically imported module: ${origin}/a/b-1.js?retry=2`),
				origin
			)
		).toBe(`${origin}/a/b-1.js`);
	});

	it("gives nothing for Safari's message, another origin or something that is not an error", () => {
		expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
		expect(
			failedModuleUrl(
				new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
				origin
			)
		).toBeUndefined();
		expect(failedModuleUrl('no')).toBeUndefined();
	});
});

describe('asImported', () => {
	const namespace = (exports: Record<string, unknown>) =>
		Object.defineProperty({ ...exports }, Symbol.toStringTag, { value: 'Module' });

	it('gives the module a file exports under a short name (a file another one imports statically)', () => {
		const texts = { question: { a: 'A' } };
		const ns = namespace({ default: texts });
		expect(asImported({ n: ns, t: texts })).toBe(ns);
	});

	it('gives a file with a default export, or with no module inside, as it is', () => {
		const withDefault = { default: 1, n: namespace({ default: 2 }) };
		expect(asImported(withDefault)).toBe(withDefault);
		const named = { mountAdviser: () => {}, VERSION: 1 };
		expect(asImported(named)).toBe(named);
		const two = { n: namespace({}), m: namespace({}) };
		expect(asImported(two)).toBe(two);
	});
});
