// The host events' names and shape, apart from their tracking code so the iframe host script can check them
// without loading the guide.
import type { StepId } from '../domain/url-codec';

/** The events, named after what Virksomhedsguiden's analytics counts (see the README's mapping table). */
export const HOST_EVENTS = ['start', 'page_view', 'cta_click', 'download', 'complete'] as const;
export type HostEventName = (typeof HOST_EVENTS)[number];

export interface HostEvent {
	name: HostEventName;
	/** The step shown when it happened (a question id, or start / check / results). */
	step: StepId;
	/** complete: the guide's link to these answers. */
	link?: string;
	/** cta_click: the link followed; download: what was downloaded (e.g. "print"). */
	target?: string;
	/** cta_click: which contact (a scheme id or "one_stop_shop"). */
	id?: string;
}

/** The DOM events that carry them on a host page (the web component and the iframe host script use the same). */
export const DOM_EVENT_NAMES: Record<HostEventName, string> = {
	start: 'ipg-start',
	page_view: 'ipg-page-view',
	cta_click: 'ipg-cta-click',
	download: 'ipg-download',
	complete: 'ipg-complete'
};
