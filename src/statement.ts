// The accessibility statement page (tilgaengelighed.html), loaded lazily by main.ts.
import { mount } from 'svelte';
import AccessibilityStatement from './ui/statement/AccessibilityStatement.svelte';
import operatorJson from './data/operator.json';
import { readOperatorConfig } from './data/operator';

export function mountStatement(target: HTMLElement): void {
	const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'da';
	// The build has checked the file; anything unusable here still only empties a field (the page says so).
	const { config } = readOperatorConfig(operatorJson);
	target.replaceChildren();
	mount(AccessibilityStatement, { target, props: { lang, operator: config } });
}
