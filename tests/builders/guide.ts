// The guide on a page for component tests, put there as every page puts it: by startGuide. It is taken off the page
// when the test ends.
import { onTestFinished } from 'vitest';
import {
	startGuide,
	type GuideOptions,
	type StartedGuide
} from '../../src/ui/shell/start-guide.svelte';

export function showGuide(options: Partial<GuideOptions> = {}): StartedGuide {
	const target = document.body.appendChild(document.createElement('div'));
	const guide = startGuide(target, { lang: 'da', step: 'start', ...options });
	onTestFinished(() => {
		guide.stop();
		target.remove();
	});
	return guide;
}
