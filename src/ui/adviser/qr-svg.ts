// Turns uqr's SVG markup into an SVG element that is safe to insert and needs no inline styles (strict CSP).

/** The only elements and attributes uqr's renderSVG emits; anything else is dropped. */
const ELEMENTS = new Set(['svg', 'rect', 'path']);
const ATTRIBUTES = new Set(['xmlns', 'viewBox', 'width', 'height', 'fill', 'd', 'x', 'y']);

/**
 * Parse SVG markup into an element owned by `doc`, keeping only plain shapes (no scripts, styles or handlers),
 * and give it an accessible name. Throws when the markup is not an SVG.
 */
export function qrSvgElement(
	markup: string,
	label: string,
	doc: Document = document
): SVGSVGElement {
	const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
	const root = parsed.documentElement;
	if (root.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
		throw new Error('Not an SVG');
	}
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		if (!ELEMENTS.has(el.localName)) {
			el.remove();
			continue;
		}
		for (const attr of Array.from(el.attributes)) {
			if (!ATTRIBUTES.has(attr.name)) el.removeAttribute(attr.name);
		}
	}
	const svg = doc.importNode(root, true) as unknown as SVGSVGElement;
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.setAttribute('focusable', 'false');
	svg.setAttribute('class', 'qr-svg');
	return svg;
}
