// Vite plugin: the pages that share the guide's entry script but draw something else (the adviser page, the
// accessibility statement, the iframe page) load their own code lazily from main.ts. Left alone, the browser finds
// that code only after main.js has downloaded and run: one more round trip before the first paint. This adds
// <link rel="modulepreload"> for the page's chunk and the chunks it imports, and its stylesheets, to the page's HTML,
// so they download alongside main.js. The entry itself stays one file for every page (see vite.config.ts).
import { basename } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';

interface ChunkLike {
	type: 'chunk';
	fileName: string;
	facadeModuleId: string | null;
	imports: string[];
	viteMetadata?: { importedCss: Set<string> };
}

export function pagePreload(pages: Record<string, string>): Plugin {
	return {
		name: 'industripark:page-preload',
		apply: 'build',
		transformIndexHtml: {
			order: 'post',
			handler(html, ctx) {
				const module = pages[basename(ctx.filename)];
				if (!module || !ctx.bundle) return html;
				const chunks = Object.values(ctx.bundle).filter(
					(f): f is ChunkLike & typeof f => f.type === 'chunk'
				);
				const byFile = new Map(chunks.map((c) => [c.fileName, c as unknown as ChunkLike]));
				const page = chunks.find((c) => c.facadeModuleId === module) as ChunkLike | undefined;
				if (!page)
					throw new Error(`page-preload: no chunk for ${module} (${basename(ctx.filename)})`);
				// The page's chunk and everything it imports statically, except what the HTML loads already.
				const js = new Set<string>();
				const css = new Set<string>();
				const visit = (chunk: ChunkLike) => {
					if (js.has(chunk.fileName) || html.includes(chunk.fileName)) return;
					js.add(chunk.fileName);
					for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
					for (const file of chunk.imports) {
						const next = byFile.get(file);
						if (next) visit(next);
					}
				};
				visit(page);
				const tags: HtmlTagDescriptor[] = [
					...[...css].map((file) => ({
						tag: 'link',
						attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
						injectTo: 'head' as const
					})),
					...[...js].map((file) => ({
						tag: 'link',
						attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
						injectTo: 'head' as const
					}))
				];
				return { html, tags };
			}
		}
	};
}
