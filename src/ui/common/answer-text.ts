// Answers and lists as text, for the check page, the results and the print summary: a module of its own so the
// first page load (the questions) does not carry it.
import type { I18n } from '../../i18n/i18n.svelte';
import type { Question } from '../../domain/questions';
import type { Answers } from '../../domain/types';
import { facilityLabel, optionLabel } from './labels';

/** Join a list the way the language does: "a, b og c". */
export function joinList(i18n: I18n, items: string[]): string {
	if (items.length <= 1) return items.join('');
	return items.slice(0, -1).join(i18n.t('list.sep')) + i18n.t('list.and') + items[items.length - 1];
}

/**
 * Labels (options, needs) in a list: "Havn eller kaj; Motorvej tæt på". A label may hold "og" or "eller" itself, so
 * "a, b og c" would blur where one ends ("Havn eller kaj og Motorvej tæt på": copy review 24).
 */
export function labelList(labels: readonly string[]): string {
	return labels.join('; ');
}

/** The answer to a question as text for the check page. */
export function formatAnswer(i18n: I18n, q: Question, answers: Answers): string {
	const value = answers[q.id];
	if (value === undefined) return i18n.t('check.not_answered');
	switch (q.type) {
		case 'single':
			return optionLabel(i18n, q, value as string);
		case 'multi':
			return labelList((value as string[]).map((v) => optionLabel(i18n, q, v)));
		case 'number':
			if (value === 'dont_know') return i18n.t('summary.dont_know');
			return i18n.t(`summary.${q.unit}`, { value: i18n.number(value as number, 2) });
		case 'matrix': {
			const v = value as Record<string, string>;
			const lines = (['must', 'nice'] as const)
				.map((level) => {
					const items = q.items
						.filter((item) => v[item] === level)
						.map((item) => facilityLabel(i18n, item));
					return items.length > 0
						? i18n.t('summary.need', {
								level: i18n.t(`matrix.level.${level}`),
								items: labelList(items)
							})
						: '';
				})
				.filter(Boolean);
			return lines.length > 0 ? lines.join('. ') : i18n.t('summary.none_needed');
		}
	}
}
