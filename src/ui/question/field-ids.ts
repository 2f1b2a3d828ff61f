// The ids the question fields give the controls that hold an answer, in one place: the error summary, "Ret" and the
// adviser's list of what its link leaves out move focus to them, so they cannot drift from the fields that draw them.
import type { Question } from '../../domain/questions';
import { optionIds, type FieldError, type OptionSource } from '../../domain/validate';

/** A number question's input (NumberField). */
export const inputId = (question: string): string => `${question}-input`;

/** One option of a choice question, a radio or a checkbox (ChoiceField). */
export const optionId = (question: string, option: string): string => `${question}-${option}`;

/** One item's box in one of a page's two checklists (Checklists: `needs` over the facilities, `conditions`). */
export const checklistBoxId = (name: 'needs' | 'conditions', list: string, item: string): string =>
	`${name}-${list}-${item}`;

/**
 * The control a problem with a question points to: the input, the item it names (in the first list), the
 * condition's box, or the first option. The adviser form asks the conditions as choices, not as checklists.
 */
export function problemFieldId(
	q: Question,
	error: Pick<FieldError, 'field'>,
	source: OptionSource,
	conditionsAsChecklists = true
): string {
	if (q.type === 'number') return inputId(q.id);
	if (q.type === 'matrix') return checklistBoxId('needs', 'must', error.field || `${q.items[0]}`);
	if (q.type === 'single' && q.checklist && conditionsAsChecklists)
		return checklistBoxId('conditions', 'yes', q.id);
	return optionId(q.id, `${optionIds(q, source)[0]}`);
}
