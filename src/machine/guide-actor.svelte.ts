// The runes bridge: exposes the guide actor's snapshot to Svelte through createSubscriber.
import { createSubscriber } from 'svelte/reactivity';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { guideMachine, type GuideEvent, type GuideInput, type RawAnswers } from './guide-machine';

export type GuideMachine = typeof guideMachine;
export type GuideSnapshot = SnapshotFrom<GuideMachine>;

export class GuideActor {
	readonly #actor: Actor<GuideMachine>;
	readonly #subscribe: () => void;

	constructor(input: GuideInput, machine: GuideMachine = guideMachine) {
		this.#actor = createActor(machine, { input });
		// A guard or action that throws stops the actor for good: its snapshot's status becomes 'error' (see `failed`),
		// which the page turns into a message. Error observers hear of it; so do the snapshot's readers.
		this.#subscribe = createSubscriber((update) => {
			const sub = this.#actor.subscribe({ next: update, error: update });
			return () => sub.unsubscribe();
		});
		this.#actor.start();
	}

	/**
	 * What the question page on screen holds and has not sent, while it is on screen (it sets this): the browser's
	 * back and forward take it along (url-sync.ts), as the page's own "Tilbage" does.
	 */
	unsent: (() => RawAnswers) | undefined;

	/** The current snapshot; reading it inside a reactive context re-runs on every transition. */
	get snapshot(): GuideSnapshot {
		this.#subscribe();
		return this.#actor.getSnapshot();
	}

	/** The machine stopped on an unexpected error and answers no more events. */
	get failed(): boolean {
		return this.snapshot.status === 'error';
	}

	/** The underlying XState actor, for side-effect modules (URL sync, storage) that subscribe to it. */
	get raw(): Actor<GuideMachine> {
		return this.#actor;
	}

	send(event: GuideEvent): void {
		this.#actor.send(event);
	}

	stop(): void {
		this.#actor.stop();
	}
}
