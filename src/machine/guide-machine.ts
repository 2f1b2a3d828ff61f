// The guide's routing: start → questions (with skips) → check your answers → results. Policy lives in src/domain.
import { and, assign, setup } from 'xstate';
import { firstUnanswered, isComplete, nextStep, previousStep, applicableSteps } from '../domain/flow';
import { questionById } from '../domain/questions';
import { validateAnswer, type FieldError, type OptionSource, type RawAnswer } from '../domain/validate';
import type { Answers, QuestionId } from '../domain/types';

export interface GuideContext {
  answers: Answers;
  /** The question shown (or last shown) on a question page. */
  current: QuestionId;
  /** What the user typed but has not (validly) submitted, per question: shown back unchanged. */
  drafts: Partial<Record<QuestionId, RawAnswer>>;
  errors: FieldError[];
  /** True after "Ret" on the check page: the next submit returns there. */
  returnToCheck: boolean;
  optionSource: OptionSource;
}

export interface GuideInput {
  answers?: Answers;
  optionSource: OptionSource;
}

export type GuideEvent =
  | { type: 'guide.start' }
  | { type: 'answer.submit'; raw: RawAnswer }
  | { type: 'step.back'; raw?: RawAnswer }
  | { type: 'answer.change'; questionId: QuestionId }
  | { type: 'check.confirm' }
  | { type: 'guide.restart' };

const FIRST: QuestionId = 'project_type';

export const guideMachine = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
    input: {} as GuideInput,
  },
  guards: {
    isValidSubmission: ({ context, event }) =>
      event.type === 'answer.submit' &&
      validateAnswer(questionById(context.current), event.raw, context.optionSource).ok,
    isReturningToCheck: ({ context }) => context.returnToCheck,
    hasNextStep: ({ context }) => nextStep(context.answers, context.current) !== undefined,
    hasUnanswered: ({ context }) => firstUnanswered(context.answers) !== undefined,
    hasPreviousStep: ({ context }) => previousStep(context.answers, context.current) !== undefined,
    isComplete: ({ context }) => isComplete(context.answers),
    isKnownStep: ({ context, event }) =>
      event.type === 'answer.change' && applicableSteps(context.answers).includes(event.questionId),
  },
  actions: {
    saveAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.submit') return {};
      const v = validateAnswer(questionById(context.current), event.raw, context.optionSource);
      if (!v.ok) return {};
      const drafts = { ...context.drafts };
      delete drafts[context.current];
      return { answers: { ...context.answers, [context.current]: v.value }, drafts, errors: [] };
    }),
    setErrors: assign(({ context, event }) => {
      if (event.type !== 'answer.submit') return {};
      const v = validateAnswer(questionById(context.current), event.raw, context.optionSource);
      return {
        errors: v.ok ? [] : v.errors,
        drafts: { ...context.drafts, [context.current]: event.raw },
      };
    }),
    saveDraft: assign(({ context, event }) => {
      if (event.type !== 'step.back' || !event.raw) return { errors: [] };
      return { drafts: { ...context.drafts, [context.current]: event.raw }, errors: [] };
    }),
    goToNext: assign(({ context }) => ({
      current: nextStep(context.answers, context.current) ?? context.current,
    })),
    goToFirstUnanswered: assign(({ context }) => ({
      current: firstUnanswered(context.answers) ?? context.current,
    })),
    goToPrevious: assign(({ context }) => ({
      current: previousStep(context.answers, context.current) ?? context.current,
    })),
    goToLast: assign(({ context }) => {
      const steps = applicableSteps(context.answers);
      return { current: steps[steps.length - 1] ?? FIRST };
    }),
    goToChanged: assign(({ event }) =>
      event.type === 'answer.change' ? { current: event.questionId, returnToCheck: true, errors: [] } : {},
    ),
    leaveChangeMode: assign({ returnToCheck: false, errors: [] }),
    reset: assign(({ context }) => ({
      answers: {},
      drafts: {},
      errors: [],
      returnToCheck: false,
      current: FIRST,
      optionSource: context.optionSource,
    })),
    /** Side effect hook: the app provides focus management / URL sync; a no-op by default and in tests. */
    stepChanged: () => {},
  },
}).createMachine({
  id: 'guide',
  context: ({ input }) => ({
    answers: input.answers ?? {},
    current: firstUnanswered(input.answers ?? {}) ?? FIRST,
    drafts: {},
    errors: [],
    returnToCheck: false,
    optionSource: input.optionSource,
  }),
  initial: 'start',
  on: {
    'guide.restart': { target: '.start', actions: 'reset' },
  },
  states: {
    start: {
      tags: ['start'],
      entry: 'stepChanged',
      on: {
        'guide.start': [
          { guard: 'hasUnanswered', target: 'question', actions: 'goToFirstUnanswered' },
          { target: 'check' },
        ],
      },
    },
    question: {
      tags: ['question'],
      entry: 'stepChanged',
      on: {
        'answer.submit': [
          { guard: 'isValidSubmission', target: 'routing', actions: 'saveAnswer' },
          { actions: 'setErrors' },
        ],
        'step.back': [
          { guard: 'isReturningToCheck', target: 'check', actions: ['saveDraft', 'leaveChangeMode'] },
          { guard: 'hasPreviousStep', target: 'question', reenter: true, actions: ['saveDraft', 'goToPrevious'] },
          { target: 'start', actions: 'saveDraft' },
        ],
      },
    },
    /** Transient: decides where a valid answer leads. */
    routing: {
      always: [
        { guard: and(['isReturningToCheck', 'hasUnanswered']), target: 'question', actions: 'goToFirstUnanswered', reenter: true },
        { guard: 'isReturningToCheck', target: 'check', actions: 'leaveChangeMode' },
        { guard: 'hasNextStep', target: 'question', actions: 'goToNext', reenter: true },
        { guard: 'hasUnanswered', target: 'question', actions: 'goToFirstUnanswered', reenter: true },
        { target: 'check' },
      ],
    },
    check: {
      tags: ['check'],
      entry: 'stepChanged',
      on: {
        'answer.change': { guard: 'isKnownStep', target: 'question', actions: 'goToChanged' },
        'check.confirm': [
          { guard: 'isComplete', target: 'results' },
          { target: 'question', actions: 'goToFirstUnanswered' },
        ],
        'step.back': { target: 'question', actions: 'goToLast' },
      },
    },
    results: {
      tags: ['results'],
      entry: 'stepChanged',
      on: {
        'answer.change': { guard: 'isKnownStep', target: 'question', actions: 'goToChanged' },
        'step.back': { target: 'check' },
      },
    },
  },
});
