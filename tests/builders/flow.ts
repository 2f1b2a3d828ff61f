// A started guide machine with small helpers in the style of GOV.UK smart-answers' flow tests:
// given(...).start().submit({ project_type: single('expand'), sectors: multi('maritime') }).expectStep('site').
import { expect } from 'vitest';
import { createActor } from 'xstate';
import type { StepId } from '../../src/domain/flow';
import type { QuestionId } from '../../src/domain/types';
import type { RawAnswer } from '../../src/domain/validate';
import { optionSource } from '../../src/data/options';
import {
	guideMachine,
	stepOf,
	type GuideEvent,
	type GuideInput,
	type RawAnswers
} from '../../src/machine/guide-machine';

export type View = 'start' | 'check' | 'results' | StepId;

/** The guide as opened with `input` (answers, drafts, the step in the hash). */
export function givenGuide(input: Omit<GuideInput, 'optionSource'>) {
	const actor = createActor(guideMachine, { input: { ...input, optionSource } });
	actor.start();
	const view = (): View => stepOf(actor.getSnapshot());
	const flow = {
		actor,
		view,
		get context() {
			return actor.getSnapshot().context;
		},
		send(event: GuideEvent) {
			actor.send(event);
			return flow;
		},
		start() {
			return flow.send({ type: 'guide.start' });
		},
		/** Submits a page's answers ("Næste"). */
		submit(raw: RawAnswers) {
			return flow.send({ type: 'answer.submit', raw });
		},
		/** Submits a page's answers with "Se resultatet nu". */
		submitForResult(raw: RawAnswers) {
			return flow.send({ type: 'answer.submit', raw, then: 'results' });
		},
		back(raw?: RawAnswers) {
			return flow.send(raw ? { type: 'step.back', raw } : { type: 'step.back' });
		},
		change(questionId: QuestionId) {
			return flow.send({ type: 'answer.change', questionId });
		},
		confirm() {
			return flow.send({ type: 'check.confirm' });
		},
		/** "Ret svarene" on the result. */
		review() {
			return flow.send({ type: 'answers.review' });
		},
		/** What the browser's back/forward (or an edited hash) does. */
		goto(step: StepId) {
			return flow.send({ type: 'step.goto', step });
		},
		expectStep(expected: View) {
			expect(view()).toBe(expected);
			return flow;
		}
	};
	return flow;
}

export const single = (value: string): RawAnswer => ({ type: 'single', value });
export const multi = (...values: string[]): RawAnswer => ({ type: 'multi', values });
export const num = (text: string, dontKnow = false): RawAnswer => ({
	type: 'number',
	text,
	dontKnow
});
