// Vite config of the map benchmark page (scripts/bench-map.mjs builds it into a temporary folder, never into dist/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { denmarkOutline } from '../../scripts/vite-plugin-denmark';

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	logLevel: 'warn',
	plugins: [denmarkOutline()],
	build: { target: 'es2022', assetsInlineLimit: 0, emptyOutDir: true, reportCompressedSize: false }
});
