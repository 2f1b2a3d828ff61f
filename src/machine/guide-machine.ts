// The guide's routing: start → questions (with skips) → results. The check page ("Tjek jeres svar": every answer
// with its "Ret") is where the result's "Ret svarene" leads, and where a complete link's "Start" opens. Policy lives
// in src/domain.
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import {
	canSeeResult,
	firstUnanswered,
	isComplete,
	nextStep,
	previousStep,
	questionsOn,
	linkStep,
	resolveStep,
	type StepId
} from '../domain/flow';
import { PAGES, isPageId, pageOf, questionsOf, type PageId } from '../domain/pages';
import { isQuestionId } from '../domain/questions';
import {
	validatePage,
	earlyLookValues,
	type OptionSource,
	type PageError,
	type RawAnswer
} from '../domain/validate';
import type { Answers, HomeLocation, QuestionId } from '../domain/types';

/** What a page's form holds, per question on it. */
export type RawAnswers = Partial<Record<QuestionId, RawAnswer>>;

export interface GuideContext {
	answers: Answers;
	/** The question page shown (or last shown). */
	current: PageId;
	/** What the user typed but has not (validly) submitted, per question: shown back unchanged. */
	drafts: Partial<Record<QuestionId, RawAnswer>>;
	errors: PageError[];
	/** True after "Ret" on the check page: the next submit returns there. */
	returnToCheck: boolean;
	/**
	 * The answer whose "Ret" was pressed last: its page opens with focus on it, and the check page, once back, on its
	 * row. Forgotten when the guide moves on any other way.
	 */
	changing: QuestionId | undefined;
	optionSource: OptionSource;
	/** A step asked for by the URL (at start or on back/forward), until the machine has acted on it. */
	requested: StepId | undefined;
	/**
	 * The page "Se resultatet nu" was pressed on, which "Tilbage" and "Ret jeres svar" lead back to from the early
	 * result (it may have been left unanswered: earlyLookValues). Forgotten when a page is sent the ordinary way.
	 */
	earlyFrom?: PageId;
	/**
	 * Set when a link asked for the result or the check page but opened on a question page (an answer given in part:
	 * linkStep; or one it could not use): a valid page then leads to what is still unanswered and on to the check page,
	 * not through every page the link answered (B6). Forgotten once used, and on any other way the guide moves.
	 */
	finishLink?: boolean;
}

export interface GuideInput {
	answers?: Answers;
	/** Partial answers to show on their pages (e.g. from a link), not yet valid answers. */
	drafts?: Partial<Record<QuestionId, RawAnswer>>;
	/** The step asked for (from the URL hash); where it may land is decided by resolveStep. */
	step?: StepId;
	optionSource: OptionSource;
}

export type GuideEvent =
	| { type: 'guide.start' }
	/** A page's answers; `then: 'results'` ("Se resultatet nu") shows the result next when it can be seen. */
	| { type: 'answer.submit'; raw: RawAnswers; then?: 'results' }
	| { type: 'step.back'; raw?: RawAnswers }
	| { type: 'answer.change'; questionId: QuestionId }
	| { type: 'check.confirm' }
	/** "Ret svarene" on the result: every answer on one page (an early result: the first page left). */
	| { type: 'answers.review' }
	/** A page reloaded while one answer was being changed from the check page: it returns there again. */
	| { type: 'change.resume' }
	| { type: 'guide.restart' }
	/**
	 * Go to a step named by the URL (browser back/forward, a changed hash); lands where resolveStep allows. `raw`: what
	 * the page left held and had not sent, given back when it is shown again (as "Tilbage" does).
	 */
	| { type: 'step.goto'; step: StepId; raw?: RawAnswers }
	/** The results page's settings: where the company is today (null: forget it), nearest first or not, and the
	 * parks to compare (an empty list: none). */
	| {
			type: 'settings.set';
			home?: HomeLocation | null;
			rankByDistance?: boolean;
			shortlist?: string[];
	  };

const FIRST: PageId = PAGES[0].id;

const LAST: PageId = PAGES[PAGES.length - 1]!.id;

/** The context after a page is sent: its answers saved and its drafts dropped, when it is valid. */
function savePage(context: GuideContext, raw: RawAnswers, early: boolean): Partial<GuideContext> {
	const v = validatePage(context.current, raw, context.answers, context.optionSource);
	if (!v.ok) return {};
	const drafts = { ...context.drafts };
	for (const id of questionsOf(context.current)) delete drafts[id];
	const values = early ? earlyLookValues(context.current, v.values, context.answers) : v.values;
	return {
		answers: { ...context.answers, ...values },
		drafts,
		errors: [],
		earlyFrom: early ? context.current : undefined
	};
}

export const guideMachine = setup({
	types: {
		context: {} as GuideContext,
		events: {} as GuideEvent,
		input: {} as GuideInput
	},
	guards: {
		isValidSubmission: ({ context, event }) =>
			event.type === 'answer.submit' &&
			validatePage(context.current, event.raw, context.answers, context.optionSource).ok,
		/** "Se resultatet nu" on a valid page, and with it the questions that decide the ranking are answered. */
		showsResultNow: ({ context, event }) => {
			if (event.type !== 'answer.submit' || event.then !== 'results') return false;
			const v = validatePage(context.current, event.raw, context.answers, context.optionSource);
			if (!v.ok) return false;
			return canSeeResult({
				...context.answers,
				...earlyLookValues(context.current, v.values, context.answers)
			});
		},
		isReturningToCheck: ({ context }) => context.returnToCheck,
		/** After "Ret" on the check page, or finishing a link's answer: on to what is left, then the check page. */
		leadsToCheck: ({ context }) => context.returnToCheck || context.finishLink === true,
		hasNextStep: ({ context }) => nextStep(context.current) !== undefined,
		hasUnanswered: ({ context }) => firstUnanswered(context.answers) !== undefined,
		hasPreviousStep: ({ context }) => previousStep(context.current) !== undefined,
		isComplete: ({ context }) => isComplete(context.answers),
		landsOnStart: ({ context }) => resolveStep(context.requested, context.answers) === 'start',
		landsOnCheck: ({ context }) => resolveStep(context.requested, context.answers) === 'check',
		landsOnResults: ({ context }) => resolveStep(context.requested, context.answers) === 'results',
		isKnownStep: ({ context, event }) =>
			event.type === 'answer.change' &&
			isQuestionId(event.questionId) &&
			questionsOn(pageOf(event.questionId), context.answers).includes(event.questionId)
	},
	actions: {
		saveAnswer: assign(({ context, event }) =>
			event.type === 'answer.submit' ? savePage(context, event.raw, false) : {}
		),
		/** "Se resultatet nu": the page's answers, but an untouched page of checklists stays unanswered. */
		saveEarlyLook: assign(({ context, event }) =>
			event.type === 'answer.submit' ? savePage(context, event.raw, true) : {}
		),
		setErrors: assign(({ context, event }) => {
			if (event.type !== 'answer.submit') return {};
			const v = validatePage(context.current, event.raw, context.answers, context.optionSource);
			return {
				errors: v.ok ? [] : v.errors,
				drafts: { ...context.drafts, ...event.raw }
			};
		}),
		saveDraft: assign(({ context, event }) => {
			if (event.type !== 'step.back' || !event.raw) return { errors: [] };
			return { drafts: { ...context.drafts, ...event.raw }, errors: [] };
		}),
		goToNext: assign(({ context }) => ({
			current: nextStep(context.current) ?? context.current,
			changing: undefined
		})),
		goToFirstUnanswered: assign(({ context }) => ({
			current: firstUnanswered(context.answers) ?? context.current,
			changing: undefined
		})),
		goToPrevious: assign(({ context }) => ({
			current: previousStep(context.current) ?? context.current,
			changing: undefined
		})),
		goToLast: assign({ current: LAST, changing: undefined }),
		goToLastAnswered: assign(({ context }) => {
			const left = firstUnanswered(context.answers);
			return {
				current: context.earlyFrom ?? (left && previousStep(left)) ?? left ?? LAST,
				changing: undefined,
				earlyFrom: undefined
			};
		}),
		goToChanged: assign(({ event }) =>
			event.type === 'answer.change'
				? {
						current: pageOf(event.questionId),
						returnToCheck: true,
						changing: event.questionId,
						errors: []
					}
				: {}
		),
		goToPageOfChanged: assign(({ event }) =>
			event.type === 'answer.change'
				? { current: pageOf(event.questionId), changing: event.questionId, errors: [] }
				: {}
		),
		forgetChange: assign({ changing: undefined }),
		leaveChangeMode: assign({ returnToCheck: false, errors: [] }),
		forgetLink: assign({ finishLink: undefined }),
		enterChangeMode: assign({ returnToCheck: true }),
		setSettings: assign(({ context, event }) => {
			if (event.type !== 'settings.set') return {};
			const answers = { ...context.answers };
			if (event.home === null) delete answers.home;
			else if (event.home !== undefined) answers.home = event.home;
			if (event.rankByDistance === false) delete answers.rank_by_distance;
			else if (event.rankByDistance === true) answers.rank_by_distance = 'yes';
			if (event.shortlist?.length === 0) delete answers.shortlist;
			else if (event.shortlist !== undefined) answers.shortlist = event.shortlist;
			return { answers };
		}),
		/**
		 * Kept only on the way to another question page, as "Tilbage" keeps it: on the way to the check page or the
		 * result it would wait there unseen, and a later "Ret" would show it as if it had been saved (review 20).
		 */
		setRequested: assign(({ context, event }) =>
			event.type === 'step.goto'
				? {
						requested: event.step,
						finishLink: undefined,
						...(event.raw && isPageId(event.step)
							? { drafts: { ...context.drafts, ...event.raw } }
							: {})
					}
				: {}
		),
		/** Land on the requested step: set the question (when it is one) and forget the request. */
		landOnRequested: assign(({ context }) => {
			const step = resolveStep(context.requested, context.answers);
			const isQuestion = step !== 'start' && step !== 'check' && step !== 'results';
			return {
				requested: undefined,
				errors: [],
				returnToCheck: false,
				changing: undefined,
				...(isQuestion ? { current: step } : {})
			};
		}),
		reset: assign(({ context }) => ({
			finishLink: undefined,
			answers: {},
			drafts: {},
			errors: [],
			returnToCheck: false,
			changing: undefined,
			current: FIRST,
			optionSource: context.optionSource,
			requested: undefined,
			earlyFrom: undefined
		}))
	}
}).createMachine({
	id: 'guide',
	context: ({ input }) => {
		const answers = input.answers ?? {};
		// Without a step in the URL, a link with answers opens where the user can carry on; with an answer given in part,
		// on its page (linkStep).
		const requested = linkStep(input.step, input.drafts ?? {});
		return {
			answers,
			current: firstUnanswered(answers) ?? FIRST,
			drafts: input.drafts ?? {},
			errors: [],
			returnToCheck: false,
			changing: undefined,
			optionSource: input.optionSource,
			requested,
			// Asked for the result or the check page, and opened on a page instead (an answer given in part, or one the
			// link could not use): that page leads on to what is left, then the check page (B6; code review 25, D2).
			finishLink:
				((input.step === 'results' || input.step === 'check') &&
					isPageId(resolveStep(requested, answers))) ||
				undefined
		};
	},
	initial: 'landing',
	on: {
		'guide.restart': { target: '.start', actions: 'reset' },
		'step.goto': { target: '.landing', actions: 'setRequested' },
		'settings.set': { actions: 'setSettings' }
	},
	states: {
		/** Transient: lands on the step asked for (or the nearest allowed one). */
		landing: {
			always: [
				{ guard: 'landsOnStart', target: 'start', actions: 'landOnRequested' },
				{ guard: 'landsOnCheck', target: 'check', actions: 'landOnRequested' },
				{ guard: 'landsOnResults', target: 'results', actions: 'landOnRequested' },
				{ target: 'question', actions: 'landOnRequested', reenter: true }
			]
		},
		start: {
			tags: ['start'],
			on: {
				'guide.start': [
					{ guard: 'hasUnanswered', target: 'question', actions: 'goToFirstUnanswered' },
					{ target: 'check' }
				]
			}
		},
		question: {
			tags: ['question'],
			on: {
				'answer.submit': [
					{
						guard: 'showsResultNow',
						target: 'results',
						actions: ['saveEarlyLook', 'leaveChangeMode', 'forgetLink']
					},
					{ guard: 'isValidSubmission', target: 'routing', actions: 'saveAnswer' },
					{ actions: 'setErrors' }
				],
				'change.resume': { guard: 'isComplete', actions: 'enterChangeMode' },
				'step.back': [
					{
						guard: 'isReturningToCheck',
						target: 'check',
						actions: ['saveDraft', 'leaveChangeMode']
					},
					{
						guard: 'hasPreviousStep',
						target: 'question',
						reenter: true,
						actions: ['saveDraft', 'goToPrevious']
					},
					{ target: 'start', actions: 'saveDraft' }
				]
			}
		},
		/** Transient: decides where a valid answer leads. */
		routing: {
			always: [
				{
					guard: and(['leadsToCheck', 'hasUnanswered']),
					target: 'question',
					actions: 'goToFirstUnanswered',
					reenter: true
				},
				{ guard: 'leadsToCheck', target: 'check', actions: ['leaveChangeMode', 'forgetLink'] },
				{ guard: 'hasNextStep', target: 'question', actions: 'goToNext', reenter: true },
				{
					guard: 'hasUnanswered',
					target: 'question',
					actions: 'goToFirstUnanswered',
					reenter: true
				},
				// The last page's "Se resultatet": straight to the result (issue #14 – one page and one press fewer).
				{ target: 'results', actions: 'forgetChange' }
			]
		},
		check: {
			tags: ['check'],
			on: {
				'answer.change': { guard: 'isKnownStep', target: 'question', actions: 'goToChanged' },
				'check.confirm': [
					{ guard: 'isComplete', target: 'results', actions: 'forgetChange' },
					{ target: 'question', actions: 'goToFirstUnanswered' }
				],
				// Reached from the result ("Ret jeres svar") or a complete link's start: "Tilbage" shows the result.
				'step.back': { target: 'results', actions: 'forgetChange' }
			}
		},
		results: {
			tags: ['results'],
			on: {
				// From an early result there is no check page to return to: the page simply opens.
				'answer.change': [
					{ guard: and(['isKnownStep', 'isComplete']), target: 'question', actions: 'goToChanged' },
					{ guard: 'isKnownStep', target: 'question', actions: 'goToPageOfChanged' }
				],
				// "Tilbage": the page before the result – the last page, or for an early result the page it was asked from
				// (the last one answered before the first page left), as the browser's back does.
				'step.back': [
					{ guard: 'isComplete', target: 'question', actions: 'goToLast' },
					{ target: 'question', actions: 'goToLastAnswered' }
				],
				// "Ret jeres svar": every answer on the check page; for an early result (no check page yet) the page its
				// answers were given on, where "Se resultatet nu" leads back.
				'answers.review': [
					{ guard: 'isComplete', target: 'check' },
					{ target: 'question', actions: 'goToLastAnswered' }
				]
			}
		}
	}
});

/** The page a snapshot shows: the start, the check or the results (by their tags), otherwise the current page. */
export function stepOf(snapshot: SnapshotFrom<typeof guideMachine>): StepId {
	if (snapshot.hasTag('start')) return 'start';
	if (snapshot.hasTag('check')) return 'check';
	if (snapshot.hasTag('results')) return 'results';
	return snapshot.context.current;
}
