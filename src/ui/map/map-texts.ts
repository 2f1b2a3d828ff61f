// The map's texts from i18n keys under `map` (src/i18n/map.da.json / map.en.json), so callers need not list them.
import type { SiteMapTexts } from './map-types';
import type { TextKey } from '../../i18n/text-keys';

/**
 * Builds the adapter's texts with a translate function (e.g. the app's `i18n.t`).
 * @example mapTexts(i18n.t)
 */
export function mapTexts(t: (key: TextKey) => string): SiteMapTexts {
	return {
		keyboardHint: t('map.keyboard_hint'),
		estimate: t('map.estimate'),
		best: t('map.best'),
		showCard: t('map.show_card'),
		origin: t('map.origin'),
		legendTitle: t('map.legend_title'),
		legend: {
			good: t('map.legend.good'),
			unclear: t('map.legend.unclear'),
			partial: t('map.legend.partial'),
			cannot: t('map.legend.cannot'),
			none: t('map.legend.none')
		},
		legendEstimate: t('map.legend_estimate'),
		legendSize: t('map.legend_size'),
		outlineAttribution: t('map.outline_attribution'),
		closePopup: t('map.close_popup'),
		zoomIn: t('map.zoom_in'),
		zoomOut: t('map.zoom_out')
	};
}
