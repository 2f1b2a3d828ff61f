// The optional tile layer, read from build-time env vars. Without them the map is offline (outline only) and makes no
// request to any other host. Kept out of the adapter so the results page can decide without loading Leaflet.
import type { TileConfig } from './map-types';

export interface TileEnv {
	VITE_MAP_TILE_URL?: string;
	VITE_MAP_TILE_ATTRIBUTION?: string;
	VITE_MAP_TILE_ATTRIBUTION_URL?: string;
}

function isHttps(url: string): boolean {
	try {
		return new URL(url.replace(/\{[a-z]\}/g, '0')).protocol === 'https:';
	} catch {
		return false;
	}
}

/**
 * A tile layer from `VITE_MAP_TILE_URL` (https, with {z}, {x} and {y}) and `VITE_MAP_TILE_ATTRIBUTION` (required: tile
 * providers' terms demand it). Anything incomplete or invalid means no tiles, never a half-configured layer.
 * Remember the host's Content-Security-Policy: `img-src` must then also allow the tile host.
 * @example tilesFromEnv({ VITE_MAP_TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png', VITE_MAP_TILE_ATTRIBUTION: '© Example' })
 */
export function tilesFromEnv(env: TileEnv): TileConfig | undefined {
	const url = env.VITE_MAP_TILE_URL?.trim();
	const attribution = env.VITE_MAP_TILE_ATTRIBUTION?.trim();
	if (!url || !attribution) return undefined;
	if (!isHttps(url) || !['{z}', '{x}', '{y}'].every((p) => url.includes(p))) return undefined;
	const link = env.VITE_MAP_TILE_ATTRIBUTION_URL?.trim();
	return { url, attribution, ...(link && isHttps(link) ? { attributionUrl: link } : {}) };
}
