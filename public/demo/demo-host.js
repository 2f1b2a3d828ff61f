// The demo host's own script: writes every event the guide reports into the "Hændelser" list, as a host's
// analytics would receive them, and lets a test or a developer point the iframe demo at another guide address
// (?guide=https://…/embed.html). It is the host's code, not the guide's.
(function () {
	var names = ['ipg-start', 'ipg-page-view', 'ipg-cta-click', 'ipg-download', 'ipg-complete'];
	window.__guideEvents = [];
	var guide = new URLSearchParams(location.search).get('guide');
	if (guide) {
		var frames = document.querySelectorAll('[data-industripark-guide]');
		for (var i = 0; i < frames.length; i++)
			frames[i].setAttribute('data-industripark-guide', guide);
	}
	names.forEach(function (name) {
		document.addEventListener(name, function (event) {
			var source = event.target && event.target.id ? event.target.id : '';
			var detail = event.detail || {};
			window.__guideEvents.push({
				source: source,
				name: name,
				step: detail.step,
				link: detail.link || null
			});
			var list = document.getElementById('events');
			if (!list) return;
			var item = document.createElement('li');
			item.textContent = (source ? source + ': ' : '') + name + ' (' + detail.step + ')';
			list.appendChild(item);
		});
	});
	var switcher = document.getElementById('switch-lang');
	if (switcher) {
		switcher.addEventListener('click', function () {
			var guides = document.querySelectorAll('industripark-guide');
			for (var i = 0; i < guides.length; i++) {
				guides[i].setAttribute('lang', guides[i].getAttribute('lang') === 'en' ? 'da' : 'en');
			}
		});
	}
})();
