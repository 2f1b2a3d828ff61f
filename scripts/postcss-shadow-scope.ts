// Rewrites the guide's stylesheet for the web component's shadow root (embed build only):
//   - html, body and :root rules apply to the guide's root element (.ipg-root) instead: there is no html or body
//     inside a shadow root, and the host's own html/body must not be styled by the guide;
//   - rem becomes px (1rem = 10px, DKFDS's 62.5% root): rem follows the host page's root font size, which the
//     guide cannot know (DKFDS hosts use 62.5%, most others 100%);
//   - @font-face rules are dropped: browsers ignore them inside a shadow root (src/embed/fonts.ts loads the fonts).
import type { Plugin } from 'postcss';

const ROOT = '.ipg-root';
const ROOT_SELECTOR = /(^|[\s>+~(,])(?:html|body|:root)(?=$|[\s.:[>+~#),])/g;
const REM = /(-?\d*\.?\d+)rem\b/g;

/** `html body .x` → `.ipg-root .x`. */
export function scopeSelector(selector: string): string {
	const scoped = selector.replace(ROOT_SELECTOR, `$1${ROOT}`);
	return scoped.replace(
		new RegExp(`${ROOT.replace('.', '\\.')}(\\s+${ROOT.replace('.', '\\.')})+`, 'g'),
		ROOT
	);
}

/** `1.6rem` → `16px` (1rem = 10px). */
export function remToPx(value: string): string {
	return value.replace(REM, (_, n: string) => `${Math.round(Number(n) * 10 * 1000) / 1000}px`);
}

export function shadowScope(): Plugin {
	return {
		postcssPlugin: 'shadow-scope',
		Rule(rule) {
			// Keyframe steps (from, 50%) are not selectors.
			if (
				rule.parent?.type === 'atrule' &&
				/keyframes$/i.test((rule.parent as { name: string }).name)
			)
				return;
			rule.selectors = rule.selectors.map(scopeSelector);
		},
		Declaration(decl) {
			if (decl.value.includes('rem')) decl.value = remToPx(decl.value);
		},
		AtRule: {
			'font-face': (atRule) => {
				atRule.remove();
			}
		}
	};
}
