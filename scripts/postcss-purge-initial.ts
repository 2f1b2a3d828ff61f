// Drops the DKFDS rules the guide never uses from the initial stylesheet (src/styles/main.scss), so the first
// page stays inside its size budget. DKFDS ships whole partials (every display utility, table and input variant);
// PurgeCSS (MIT, well kept) keeps only selectors whose class names, ids and tags appear in the guide's markup and
// code. Lazy stylesheets are left alone: their classes may come from libraries (Leaflet) the scan cannot see.
import { PurgeCSS } from 'purgecss';
import postcss, { type Plugin } from 'postcss';

/** Classes built at run time from a prefix (class={`outcome-${state}`}) that no scan can see whole. */
const SAFELIST = { standard: [/^outcome-/], greedy: [] as RegExp[] };

export function purgeInitialCss(options: { file: RegExp; content: string[] }): Plugin {
	return {
		postcssPlugin: 'purge-initial-css',
		async OnceExit(root) {
			const file = root.source?.input.file ?? '';
			if (!options.file.test(file)) return;
			const [result] = await new PurgeCSS().purge({
				content: options.content,
				css: [{ raw: root.toString() }],
				safelist: SAFELIST,
				fontFace: false,
				keyframes: false,
				variables: false
			});
			if (!result) return;
			root.removeAll();
			root.append(postcss.parse(result.css, { from: file }).nodes);
		}
	};
}
