// Presentation helpers: turn ids from the domain into visible text through i18n. No policy here.
import type { I18n } from '../i18n/i18n.svelte';
import type { Question } from '../domain/questions';
import type { Answers, QuestionId } from '../domain/types';

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
    const key = `content:${from}.${option}.hint`;
    return i18n.has(key) ? i18n.t(key) : undefined;
  }
  return undefined;
}

export function matrixItemLabel(i18n: I18n, qid: QuestionId, item: string): string {
  return i18n.t(`matrix.${qid}.${item}`);
}

/** Join a list the way the language does: "a, b og c". */
export function joinList(i18n: I18n, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(i18n.t('list.sep')) + i18n.t('list.and') + items[items.length - 1];
}

/** The answer to a question as text for the check page. */
export function formatAnswer(i18n: I18n, q: Question, answers: Answers): string {
  const value = answers[q.id];
  if (value === undefined) return i18n.t('check.not_answered');
  switch (q.type) {
    case 'single':
      return optionLabel(i18n, q, value as string);
    case 'multi':
      return joinList(i18n, (value as string[]).map((v) => optionLabel(i18n, q, v)));
    case 'number':
      if (value === 'dont_know') return i18n.t('summary.dont_know');
      return i18n.t(`summary.${q.unit}`, { value: i18n.number(value as number, 2) });
    case 'matrix': {
      const v = value as Record<string, string>;
      const lines = (['must', 'nice'] as const)
        .map((level) => {
          const items = q.items.filter((item) => v[item] === level).map((item) => matrixItemLabel(i18n, q.id, item));
          return items.length > 0 ? i18n.t('summary.need', { level: i18n.t(`matrix.level.${level}`), items: joinList(i18n, items) }) : '';
        })
        .filter(Boolean);
      return lines.length > 0 ? lines.join('. ') : i18n.t('summary.none_needed');
    }
  }
}
