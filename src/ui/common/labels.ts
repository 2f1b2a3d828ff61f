// Presentation helpers: turn ids from the domain into visible text through i18n. No policy here.
import type { I18n } from '../../i18n/i18n.svelte';
import { isQuestionId, type Question } from '../../domain/questions';
import type { FieldError } from '../../domain/validate';

/** The label of an option: content lists (sectors, regions) come from the content namespace. */
export function optionLabel(i18n: I18n, q: Question, option: string): string {
	if (q.type === 'multi' && !Array.isArray(q.options) && option !== q.exclusive) {
		const { from } = q.options as { from: string };
		return i18n.t(`content:${from}.${option}.label`);
	}
	return i18n.t(`option.${q.id}.${option}`);
}

/** An optional hint under an option (only content lists have them). */
export function optionHint(i18n: I18n, q: Question, option: string): string | undefined {
	if (q.type === 'multi' && !Array.isArray(q.options) && option !== q.exclusive) {
		const { from } = q.options as { from: string };
		return i18n.optional(`content:${from}.${option}.hint`);
	}
	return undefined;
}

/** A facility's name (an infrastructure or workforce item, or room for heavy production), wherever it is shown. */
export function facilityLabel(i18n: I18n, id: string): string {
	return i18n.t(`facility.${id}`);
}

/**
 * A validation error in words: its numbers in the language's format ("10.000" in Danish), and the facility it is
 * about, if any.
 */
export function errorMessage(i18n: I18n, e: FieldError): string {
	const params = Object.fromEntries(
		Object.entries(e.params ?? {}).map(([k, v]) => [
			k,
			typeof v === 'number' ? i18n.number(v, 2) : v
		])
	);
	// The item is a facility (the needs page) or a question asked as a checklist item (the conditions page, where its
	// title is the item's text).
	const item = !e.field
		? ''
		: isQuestionId(e.field)
			? i18n.t(`question.${e.field}.title`)
			: facilityLabel(i18n, e.field);
	return i18n.t(`error.${e.key}`, { ...params, item });
}
