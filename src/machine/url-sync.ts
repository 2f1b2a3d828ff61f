// Keeps the address bar in step with the guide: answers in the query (the link contract), the step in the hash.
import { encodeAnswers, stepFromHash, stepSlug, type StepId } from '../domain/url-codec';
import type { GuideActor, GuideSnapshot } from './guide-actor.svelte';

/** The step a snapshot shows. */
export function stepOf(snapshot: GuideSnapshot): StepId {
  if (snapshot.hasTag('start')) return 'start';
  if (snapshot.hasTag('check')) return 'check';
  if (snapshot.hasTag('results')) return 'results';
  return snapshot.context.current;
}

export interface UrlSyncOptions {
  /** The current language (written as `lang`). */
  lang: () => 'da' | 'en';
  win?: Window;
}

/**
 * Start syncing: a new step pushes a history entry, a changed answer or language replaces the current one, so
 * reload restores the page and back/forward move between steps without duplicate entries.
 * Returns `update` (call after a language change) and `stop`.
 */
export function syncUrl(actor: GuideActor, options: UrlSyncOptions): { update(): void; stop(): void } {
  const win = options.win ?? window;
  let fromHistory = false;

  const write = () => {
    const snapshot = actor.raw.getSnapshot();
    const step = stepOf(snapshot);
    const search = `?${encodeAnswers(snapshot.context.answers, options.lang())}`;
    const hash = `#${stepSlug(step)}`;
    const { location, history } = win;
    if (location.search === search && location.hash === hash) return;
    const url = `${location.pathname}${search}${hash}`;
    const stepChanged = stepFromHash(location.hash) !== step;
    try {
      if (stepChanged && !fromHistory && location.hash !== '') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch {
      // Some sandboxed frames forbid history changes; the guide still works without them.
    }
  };

  const onPopState = () => {
    fromHistory = true;
    actor.send({ type: 'step.goto', step: stepFromHash(win.location.hash) ?? 'start' });
    write();
    fromHistory = false;
  };

  const sub = actor.raw.subscribe(() => write());
  win.addEventListener('popstate', onPopState);
  write();
  return {
    update: write,
    stop() {
      sub.unsubscribe();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
