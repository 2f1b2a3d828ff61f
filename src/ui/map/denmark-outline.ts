// The offline base map as a module of its own: SiteMap.svelte loads it lazily together with the adapter, and tests
// can replace it without the build-time plugin (scripts/vite-plugin-denmark.ts) that generates the virtual module.
export { default } from 'virtual:denmark-outline';
