// The guide on a page for component tests, put there as every page puts it: by startGuide. It is taken off the page
// when the test ends.
import { onTestFinished } from 'vitest';
import { startGuide, type GuideOptions, type StartedGuide } from '../../src/ui/shell/start-guide';

/** The guide, drawn (startGuide draws it a few browser tasks later). */
export async function showGuide(options: Partial<GuideOptions> = {}): Promise<StartedGuide> {
	const target = document.body.appendChild(document.createElement('div'));
	const guide = startGuide(target, { lang: 'da', step: 'start', ...options });
	onTestFinished(() => {
		guide.stop();
		target.remove();
	});
	await guide.ready;
	return guide;
}
