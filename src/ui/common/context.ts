// Typed Svelte contexts shared by the components.
import { createContext } from 'svelte';
import type { I18n } from '../../i18n/i18n.svelte';
import type { GuideActor } from '../../machine/guide-actor.svelte';
import type { TileConfig } from '../map/map-types';

export const [getI18n, setI18n] = createContext<I18n>();
export const [getGuide, setGuide] = createContext<GuideActor>();

/** What the page around the guide allows and offers. */
export interface Shell {
	/** The guide's own page; false when embedded in a host's page or frame. */
	readonly standalone: boolean;
	/** The guide owns the document (its own page or its own frame): it may set the page title. */
	readonly ownsDocument: boolean;
	/** The standalone guide's address (no query or hash), for links to a result that work outside any host. */
	readonly guideUrl: string;
	/** The answers are kept in this tab (and on the device on request); false when embedded. */
	readonly persists: boolean;
	/** Show the map of the parks (false: the host turned it off). */
	readonly showMap: boolean;
	/** A tile layer for the map, when the host configured one (else the build's setting, else offline). */
	readonly mapTiles?: TileConfig | undefined;
}
export const [getShell, setShell] = createContext<Shell>();
