// Standalone entry: mounts the guide into #app.
import { mount } from 'svelte';
import './styles/main.scss';
import './styles/app.scss';
import App from './ui/App.svelte';
import { isLang } from './i18n/i18n.svelte';

const target = document.getElementById('app');
if (target) {
  const requested = new URLSearchParams(location.search).get('lang');
  mount(App, { target, props: { lang: isLang(requested) ? requested : 'da' } });
}
