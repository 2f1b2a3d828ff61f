// Typed Svelte contexts shared by the components.
import { createContext } from 'svelte';
import type { I18n } from '../i18n/i18n.svelte';
import type { GuideActor } from '../machine/guide-actor.svelte';

export const [getI18n, setI18n] = createContext<I18n>();
export const [getGuide, setGuide] = createContext<GuideActor>();
