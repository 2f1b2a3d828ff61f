import { describe, expect, it } from 'vitest';
import { tilesFromEnv } from '../../src/ui/map/tile-config';

const url = 'https://tiles.example.org/{z}/{x}/{y}.png';

describe('tilesFromEnv', () => {
	it('is offline (no tiles) without configuration', () => {
		expect(tilesFromEnv({})).toBeUndefined();
	});

	it('needs both a URL and an attribution', () => {
		expect(tilesFromEnv({ VITE_MAP_TILE_URL: url })).toBeUndefined();
		expect(tilesFromEnv({ VITE_MAP_TILE_ATTRIBUTION: '© Example' })).toBeUndefined();
		expect(
			tilesFromEnv({ VITE_MAP_TILE_URL: url, VITE_MAP_TILE_ATTRIBUTION: '  ' })
		).toBeUndefined();
	});

	it('accepts an https template with {z}, {x} and {y}', () => {
		expect(
			tilesFromEnv({ VITE_MAP_TILE_URL: url, VITE_MAP_TILE_ATTRIBUTION: '© Example' })
		).toEqual({
			url,
			attribution: '© Example'
		});
		expect(
			tilesFromEnv({
				VITE_MAP_TILE_URL: url,
				VITE_MAP_TILE_ATTRIBUTION: '© Example',
				VITE_MAP_TILE_ATTRIBUTION_URL: 'https://example.org/terms'
			})
		).toEqual({ url, attribution: '© Example', attributionUrl: 'https://example.org/terms' });
	});

	it('rejects http, a template without placeholders and a non-https attribution link', () => {
		const attribution = '© Example';
		expect(
			tilesFromEnv({
				VITE_MAP_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png',
				VITE_MAP_TILE_ATTRIBUTION: attribution
			})
		).toBeUndefined();
		expect(
			tilesFromEnv({
				VITE_MAP_TILE_URL: 'https://tiles.example.org/tile.png',
				VITE_MAP_TILE_ATTRIBUTION: attribution
			})
		).toBeUndefined();
		expect(
			tilesFromEnv({
				VITE_MAP_TILE_URL: url,
				VITE_MAP_TILE_ATTRIBUTION: attribution,
				VITE_MAP_TILE_ATTRIBUTION_URL: 'javascript:alert(1)'
			})
		).toEqual({ url, attribution });
	});
});
