// Standalone entry: reads the link (answers, language, step) and mounts the guide into #app.
import { mount } from 'svelte';
import './styles/main.scss';
import './styles/app.scss';
import App from './ui/App.svelte';
import { optionSource } from './data/options';
import { decodeLink, stepFromHash } from './domain/url-codec';

const target = document.getElementById('app');
if (target) {
  const link = decodeLink(location.search, optionSource);
  mount(App, {
    target,
    props: { lang: link.lang ?? 'da', link, step: stepFromHash(location.hash), syncAddress: true },
  });
}
