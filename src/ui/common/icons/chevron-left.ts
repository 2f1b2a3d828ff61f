// The DKFDS icon "chevron-left" (Material Symbols, Apache-2.0, from dkfds/dist/img/svg-icons) as an SVG path for Icon.svelte.
// One module per icon, so each part of the guide carries only the icons it draws (the first page: only "warning").
export default 'M560-240 320-480l240-240 56 56-184 184 184 184-56 56Z';
