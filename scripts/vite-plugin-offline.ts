// The standalone guide offline after the first visit: a Workbox service worker (dist/sw.js) that precaches every file
// of the guide's own pages, and the web app manifest (dist/manifest.webmanifest) for a phone's home screen. Only the app
// build uses it: the web component runs inside a host's page and never has a service worker.
//
// Workbox through vite-plugin-pwa: the service worker is generated from the build's own file list, so a new build can
// never forget a file, and Workbox's precache handles revisions, clean-up of old caches and the waiting worker of a new
// version. The plugin's own registration script is off (it would be an inline or extra script): the guide registers the
// worker itself, after its first page is on screen (src/browser/offline.ts).
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/** DKFDS Virk primary (dkfds/dist/scss/themes/_virkdk.scss, $virk-primary). */
const VIRK_BLUE = '#0059B3';

/**
 * `serviceWorker: false` (VITE_SERVICE_WORKER=off) turns offline use off: the guide registers nothing, and dist/sw.js
 * becomes a worker that unregisters itself and deletes its caches, for browsers that installed an earlier one.
 */
export function offline({ serviceWorker }: { serviceWorker: boolean }): PluginOption {
	return VitePWA({
		injectRegister: false,
		registerType: 'prompt',
		selfDestroying: !serviceWorker,
		filename: 'sw.js',
		manifestFilename: 'manifest.webmanifest',
		// The icons are in the precache through globPatterns below.
		includeManifestIcons: false,
		manifest: {
			id: './',
			name: 'Industriparkguiden',
			short_name: 'Industripark',
			description:
				'Find den statslige industripark, der passer til jeres produktion, og den hjælp I kan få.',
			lang: 'da',
			dir: 'ltr',
			start_url: './',
			scope: './',
			display: 'standalone',
			theme_color: VIRK_BLUE,
			background_color: '#ffffff',
			icons: [
				{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
				{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
				{
					src: 'icons/icon-maskable-512.png',
					sizes: '512x512',
					type: 'image/png',
					purpose: 'maskable'
				}
			]
		},
		workbox: {
			// The four pages, every hashed script and stylesheet (both languages' texts, the content, the map outline,
			// every page and part), the fonts, the icons. Not the demo host pages, not the web component.
			globPatterns: ['*.html', 'assets/**/*', 'favicon.svg', 'icons/*.png'],
			globIgnores: ['demo/**', 'embed/**'],
			// Every query parameter is an answer of the link contract (or lazy.ts's `retry`), never a different file:
			// `index.html?v=1&…` is index.html, so a saved link opens offline.
			ignoreURLParametersMatching: [/./],
			// Addresses that are not one of the guide's files go to the network as they are (the demo pages, the embed).
			navigateFallback: null,
			// The first visit's page uses the worker at once, so a part it loads later (English, the results, the map)
			// comes from the cache too. A new version waits until the user presses "Genindlæs" (src/ui/UpdateNotice).
			clientsClaim: true,
			skipWaiting: false,
			inlineWorkboxRuntime: true,
			cleanupOutdatedCaches: true,
			sourcemap: false
		}
	});
}
