// How this page was reached: a reload or back/forward brings back the address the guide itself wrote.

/**
 * True when the page was reloaded or reached with back/forward: answers in its address are then the user's own
 * (not "prefilled, e.g. by your adviser"), and a journey already under way goes on.
 */
export function isReturnVisit(win: Window = window): boolean {
	const nav = win.performance?.getEntriesByType?.('navigation')[0] as
		PerformanceNavigationTiming | undefined;
	return nav?.type === 'reload' || nav?.type === 'back_forward';
}
