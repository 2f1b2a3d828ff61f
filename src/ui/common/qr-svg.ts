// Turns uqr's SVG markup into an SVG element that is safe to insert and needs no inline styles (strict CSP). The one
// sanitiser for every QR code the guide draws (the adviser page's link, the printed result's link).

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The only elements and attributes uqr's renderSVG emits; anything else is dropped. */
const ELEMENTS = new Set(['svg', 'rect', 'path']);
const ATTRIBUTES = new Set(['xmlns', 'viewBox', 'width', 'height', 'fill', 'd', 'x', 'y']);

/**
 * Parse SVG markup into an element of this document, keeping only plain shapes (no scripts, styles, links or
 * handlers), with an accessible name and a class. Undefined when the markup is not an SVG.
 */
export function qrSvgElement(
	markup: string,
	label: string,
	className: string
): SVGSVGElement | undefined {
	const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
	const root = parsed.documentElement;
	if (
		root.namespaceURI !== SVG_NS ||
		root.localName !== 'svg' ||
		parsed.getElementsByTagName('parsererror').length > 0
	)
		return undefined;
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		if (el.namespaceURI !== SVG_NS || !ELEMENTS.has(el.localName)) {
			el.remove();
			continue;
		}
		for (const attr of Array.from(el.attributes)) {
			if (!ATTRIBUTES.has(attr.name)) el.removeAttribute(attr.name);
		}
	}
	const svg = document.importNode(root, true) as unknown as SVGSVGElement;
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.setAttribute('focusable', 'false');
	svg.setAttribute('class', className);
	return svg;
}
