// DOM lookups that work both in the page and inside the web component's shadow root.

/** The element with this id in the same document or shadow root as `from` (the page when `from` is missing). */
export function byId(from: Node | null | undefined, id: string): HTMLElement | null {
	const root = from?.getRootNode() ?? document;
	if (root instanceof Document || root instanceof ShadowRoot) return root.getElementById(id);
	return document.getElementById(id);
}

/**
 * Follow an in-page link ("#parks") without touching the address: the hash belongs to the guide's steps (and,
 * when embedded, to the host page). Scrolls to the target and moves focus there; `open` names a <details> to unfold.
 */
export function jumpTo(event: MouseEvent, id: string, open?: string): void {
	const target = byId(event.currentTarget as Node | null, id);
	if (!target) return;
	event.preventDefault();
	// A folded part the link promises ("Læs hvorfor"): unfolded, so what it points to is there to read.
	const details = open ? byId(target, open) : null;
	if (details instanceof HTMLDetailsElement) details.open = true;
	if (
		!target.hasAttribute('tabindex') &&
		!target.matches('a[href], button, input, select, textarea')
	) {
		target.setAttribute('tabindex', '-1');
	}
	target.scrollIntoView?.({ block: 'start' });
	target.focus({ preventScroll: true });
}

/**
 * Move focus to a form control with its question in view: its fieldset's legend or its form group scrolls to the top,
 * the control itself gets focus (an error summary's link, a changed answer's page). A control too far down a long
 * group for both to fit is scrolled to instead: what has focus must be on screen.
 */
export function focusField(field: HTMLElement): void {
	const anchor =
		field.closest('fieldset')?.querySelector('legend') ?? field.closest('.form-group') ?? field;
	anchor.scrollIntoView?.({ block: 'start' });
	if (field.getBoundingClientRect().bottom > window.innerHeight)
		field.scrollIntoView?.({ block: 'center' });
	field.focus({ preventScroll: true });
}
