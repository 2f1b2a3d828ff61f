// The guide's font (IBM Plex Sans from DKFDS, SIL OFL 1.1) for the web component. @font-face rules inside a shadow
// root are ignored by browsers, so the fonts are added to the document with the FontFace API instead: no
// stylesheet is added to the host page, and a host that already has the font loses nothing.
import regular from 'dkfds-dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2?url';
import medium from 'dkfds-dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Medium-Latin1.woff2?url';
import semiBold from 'dkfds-dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Latin1.woff2?url';
import bold from 'dkfds-dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Bold-Latin1.woff2?url';

const FILES: Record<string, string> = {
	'400': regular,
	'500': medium,
	'600': semiBold,
	'700': bold
};
const loaded = new Set<string>();

/** Register the font files found under `<base>assets/` with the document, once per base. */
export function loadFonts(base: string): void {
	if (loaded.has(base) || typeof FontFace === 'undefined' || !document.fonts) return;
	loaded.add(base);
	for (const [weight, file] of Object.entries(FILES)) {
		const name = file.split(/[/\\]/).pop() ?? file;
		const url = new URL(`assets/${name}`, base).href;
		const face = new FontFace('IBM Plex Sans', `url("${url}") format("woff2")`, {
			weight,
			style: 'normal',
			display: 'swap'
		});
		document.fonts.add(face);
		// Loaded when first used; a failure leaves the system font (the stylesheet's fallback).
		face.load().catch(() => {});
	}
}
