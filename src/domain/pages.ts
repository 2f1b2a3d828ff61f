// The question pages: which questions are asked together, in which order. Ids are stable page slugs (`#site`).
import { QUESTIONS, questionById } from './questions';
import type { QuestionId } from './types';

/**
 * One topic per page. A follow-up question (net-zero technology, financial thresholds) sits on the page of the
 * answer it depends on and is shown there only when that answer calls for it.
 */
export const PAGES = [
	{ id: 'project', questions: ['project_type', 'sectors'] },
	{ id: 'site', questions: ['land_ha', 'land_phasing', 'regions', 'start_time'] },
	{ id: 'needs', questions: ['infrastructure', 'workforce'] },
	{
		id: 'conditions',
		questions: [
			'env_demanding',
			'dual_permits',
			'net_zero',
			'net_zero_tech',
			'critical_raw_materials',
			'crm_activity'
		]
	},
	{ id: 'company', questions: ['company_origin', 'employees', 'financials', 'investment_mdkk'] }
] as const satisfies readonly { id: string; questions: readonly QuestionId[] }[];

export type PageId = (typeof PAGES)[number]['id'];

/**
 * The last page of the questions that decide the ranking (sector and land, with region and start): once it is
 * answered, the company may see an early result; the later pages sharpen it.
 */
export const EARLY_RESULT_AFTER: PageId = 'site';

const PAGE_OF = new Map<QuestionId, PageId>(
	PAGES.flatMap((p) => p.questions.map((q) => [q as QuestionId, p.id] as const))
);

// Every question is on exactly one page (checked once when the module loads: a programming error, not input).
if (PAGE_OF.size !== QUESTIONS.length || QUESTIONS.some((q) => !PAGE_OF.has(q.id))) {
	throw new Error('PAGES must hold every question exactly once');
}

/** The page a question is asked on. */
export function pageOf(id: QuestionId): PageId {
	return PAGE_OF.get(id) as PageId;
}

export function isPageId(value: string): value is PageId {
	return PAGES.some((p) => p.id === value);
}

/** The ids of the questions on a page, in the order they are asked (applicable or not). */
export function questionsOf(page: PageId): readonly QuestionId[] {
	return (PAGES.find((p) => p.id === page)?.questions ?? []) as readonly QuestionId[];
}

/**
 * The question a follow-up belongs to: the nearest question before it on its page that is always asked (a follow-up
 * sits right after the answer it depends on); undefined for a question that is not a follow-up.
 * @example followUpOf('net_zero_tech') // 'net_zero'
 */
export function followUpOf(id: QuestionId): QuestionId | undefined {
	if (!questionById(id).askIf) return undefined;
	let parent: QuestionId | undefined;
	for (const q of questionsOf(pageOf(id))) {
		if (q === id) return parent;
		if (!questionById(q).askIf) parent = q;
	}
	return undefined;
}
