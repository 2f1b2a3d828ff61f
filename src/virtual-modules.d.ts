// Types of the virtual modules that Vite plugins in scripts/ generate at build time.

declare module 'virtual:denmark-outline' {
	import type { DenmarkOutline } from './ui/map/map-types';
	/** Denmark (incl. Bornholm) from Natural Earth 1:10m via world-atlas; see scripts/vite-plugin-denmark.ts. */
	const outline: DenmarkOutline;
	export default outline;
}

/** Build-time configuration of the optional map tile layer (see src/ui/map/tile-config.ts). */
interface ImportMetaEnv {
	readonly VITE_MAP_TILE_URL?: string;
	readonly VITE_MAP_TILE_ATTRIBUTION?: string;
	readonly VITE_MAP_TILE_ATTRIBUTION_URL?: string;
	/** `off`: the guide's pages register no service worker (README, "Offline"). */
	readonly VITE_SERVICE_WORKER?: string;
}
