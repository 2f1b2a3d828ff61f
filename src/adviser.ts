// The adviser page (adviser.html), loaded lazily by main.ts: reads the language and an optional guide link to
// edit, and mounts the adviser form.
import { mount } from 'svelte';
import './styles/adviser.scss';
import AdviserApp from './ui/adviser/AdviserApp.svelte';
import { optionSource } from './data/options';
import { decodeLink } from './domain/url-codec';

export function mountAdviser(target: HTMLElement): void {
	// An adviser may open this page with a guide link's query (…/adviser.html?v=1&project_type=expand) to edit it.
	const link = decodeLink(location.search, optionSource);
	target.replaceChildren();
	mount(AdviserApp, { target, props: { lang: link.lang ?? 'da', link } });
}
