// The parts of the guide that more than one page or component loads later, one loader each (see lazy.ts).
import { lazy } from './lazy';

export const loadStorage = lazy(() => import('./storage'));
export const loadStartError = lazy(() => import('../ui/shell/start-error'));
export const loadQrCode = lazy(() => import('uqr'));
export const loadQuestionPage = lazy(() => import('../ui/question/QuestionPage.svelte'));
export const loadResultsPage = lazy(() => import('../ui/results/ResultsPage.svelte'));
export const loadLinkNotices = lazy(() => import('../ui/shell/LinkNotices.svelte'));
