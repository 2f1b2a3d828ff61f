// Vite plugin: V8's explicit compile hint. A script whose first line is `//# allFunctionsCalledOnLoad` has all its
// functions compiled eagerly, on a background thread while the file streams in, instead of lazily on the main thread
// the first time each function runs (https://v8.dev/blog/explicit-compile-hints, Chrome 136+; other browsers read a
// comment). Measured on a results link in Chromium: main-thread compiling fell from about 75 ms to about 5 ms.
// The guide's own chunks (and the iframe host script) run nearly all of their code when they load; chunks holding a
// large library of which the guide uses a part (Leaflet, the QR code) are left to compile lazily.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(options: {
	/** npm packages whose chunks are not marked. */
	skipPackages: readonly string[];
}): Plugin {
	const skipped = options.skipPackages.map((name) => `/node_modules/${name}/`);
	return {
		name: 'industripark:compile-hints',
		apply: 'build',
		// After the files are written: V8 reads the hint only on the very first line, and Vite puts its own code (the
		// lazy chunks' preload list) at the top of a chunk after every other plugin has run; minifying drops comments.
		async writeBundle(output, bundle) {
			for (const file of Object.values(bundle)) {
				if (file.type !== 'chunk' || !output.dir) continue;
				if (file.moduleIds.some((id) => skipped.some((s) => id.includes(s)))) continue;
				const path = join(output.dir, file.fileName);
				await writeFile(path, `${COMPILE_HINT}\n${await readFile(path, 'utf8')}`);
				// With source maps on (they are off by default), every mapping moves down the line just added.
				const map = await readFile(`${path}.map`, 'utf8').catch(() => undefined);
				if (map !== undefined) {
					const json = JSON.parse(map) as { mappings: string };
					await writeFile(
						`${path}.map`,
						JSON.stringify({ ...json, mappings: `;${json.mappings}` })
					);
				}
			}
		}
	};
}
