// What the guide's shell needs before it can draw: its texts and its state machine. The page's entry (main.ts) makes
// them in browser tasks of their own before it mounts App, so that no single task blocks a slow phone for long;
// embeds let App make them itself. The adviser and statement pages start from the same texts.
import { optionSource, questionContent } from '../../data/options';
import { I18n, type Lang } from '../../i18n/i18n.svelte';
import { GuideActor } from '../../machine/guide-actor.svelte';
import type { Answers } from '../../domain/types';
import type { DecodedLink, StepId } from '../../domain/url-codec';

/** The guide's texts, with the questions' content texts, switching to `lang` when it is not Danish. */
export function guideTexts(lang: Lang, options: { documentLang: boolean }): I18n {
	const i18n = new I18n(options);
	i18n.addContent(questionContent);
	if (lang !== 'da') void i18n.setLang(lang);
	return i18n;
}

/** The guide's state machine, started from a link's answers and drafts, answers given directly, and a step. */
export function guideActor(input: {
	link?: DecodedLink;
	answers?: Answers;
	step?: StepId;
}): GuideActor {
	// A machine that fails on its first step does not throw: it ends in status 'error', which App turns into a
	// message (its `onfail`).
	return new GuideActor({
		answers: { ...input.link?.answers, ...input.answers },
		drafts: input.link?.drafts,
		step: input.step,
		optionSource
	});
}
