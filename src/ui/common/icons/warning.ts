// The DKFDS icon "warning" (Material Symbols, Apache-2.0, from dkfds/dist/img/svg-icons) as an SVG path for Icon.svelte.
// One module per icon, so each part of the guide carries only the icons it draws (the first page: only "warning").
export default 'm40-120 440-760 440 760H40Zm138-80h604L480-720 178-200Zm302-40q17 0 28.5-11.5T520-280q0-17-11.5-28.5T480-320q-17 0-28.5 11.5T440-280q0 17 11.5 28.5T480-240Zm-40-120h80v-200h-80v200Zm40-100Z';
