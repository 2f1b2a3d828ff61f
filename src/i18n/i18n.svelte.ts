// i18next set-up and a small runes wrapper so every component re-renders on a language change.
import i18next, { type i18n as I18next } from 'i18next';
import da from './da.json';
import { flattenContent } from './content-keys';
import type { TextKey } from './text-keys';
import { formatDate, formatNumber } from '../domain/locale-format';
import { lazy, type Lazy } from '../browser/lazy';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

export function isLang(value: unknown): value is Lang {
	return value === 'da' || value === 'en';
}

// English is loaded on demand: Danish users never download it.
const english = lazy(() => import('./en.json'));
const loaders: Record<Lang, () => Promise<Record<string, unknown>>> = {
	da: async () => da,
	en: async () => (await english()).default
};

/**
 * The texts of a part of the guide that loads later, one loader per language; `now` gives the texts at once when
 * they have been downloaded already (for an earlier guide on the page), so a page can be drawn in the same task.
 */
export type TextPart = Record<Lang, () => Promise<Record<string, unknown>>> & {
	now?: (lang: Lang) => Record<string, unknown> | undefined;
	/** Content texts (the content namespace, every language) that come with the part. */
	content?: Lazy<{ questionContent: unknown }>;
};

/**
 * The option lists' content texts (sectors, regions): wherever an answer is shown as text, the questions' texts are
 * loaded, so these come with them.
 */
const questionContent = lazy(() => import('../data/question-content'));

/**
 * The questions' texts (titles, hints, options, error messages): the question pages wait for them, and they load
 * with the first question page, right after the start page is drawn. Out of the first page load: about 3 KB gzip
 * (`npm run size`, 2026-12-06).
 */
const questionTexts = {
	da: lazy(() => import('./question.da.json')),
	en: lazy(() => import('./question.en.json'))
};
export const QUESTION_TEXTS: TextPart = {
	da: async () => (await questionTexts.da()).default,
	en: async () => (await questionTexts.en()).default,
	now: (lang) => questionTexts[lang].current?.default,
	content: questionContent
};

/**
 * The texts of the check and results pages (the questions', answers as text, the results, the map). Both pages wait
 * for them; they are fetched together when the user starts, so the first page load does not carry them.
 */
const pageTexts = {
	da: [
		questionTexts.da,
		lazy(() => import('./answers.da.json')),
		lazy(() => import('./result.da.json')),
		lazy(() => import('./map.da.json'))
	],
	en: [
		questionTexts.en,
		lazy(() => import('./answers.en.json')),
		lazy(() => import('./result.en.json')),
		lazy(() => import('./map.en.json'))
	]
};
export const PAGE_TEXTS: TextPart = {
	da: () => merged(pageTexts.da),
	en: () => merged(pageTexts.en),
	content: questionContent
};

/** Several text files as one bundle (their top-level keys differ). */
async function merged(
	files: (() => Promise<{ default: object }>)[]
): Promise<Record<string, unknown>> {
	return Object.assign(
		{},
		...(await Promise.all(files.map((f) => f()))).map((f) => f.default)
	) as Record<string, unknown>;
}

export class I18n {
	lang = $state<Lang>('da');
	/** The language asked for: equals `lang` except while its texts are still loading. */
	target: Lang = 'da';
	/** Bumped when resources are added, so texts re-render once a bundle arrives. */
	#version = $state(0);
	readonly instance: I18next;
	/** Languages whose core texts are loaded (later parts may be added before the core arrives). */
	readonly #loaded = new Set<Lang>(['da']);

	/** Set the page's `lang` too (false when embedded in a host's page: the guide's root element carries it). */
	readonly #documentLang: boolean;

	constructor(options: { documentLang?: boolean } = {}) {
		this.#documentLang = options.documentLang ?? true;
		this.instance = i18next.createInstance();
		void this.instance.init({
			lng: 'da',
			fallbackLng: false,
			initAsync: false,
			resources: { da: { translation: da } },
			interpolation: { escapeValue: false },
			returnNull: false,
			// A missing key shows the key itself, never a blank.
			parseMissingKeyHandler: (key: string) => {
				this.#missing = true;
				return key;
			}
		});
	}

	/** Set by the missing-key handler: the text being translated (or one it nests) is not here yet. */
	#missing = false;

	/**
	 * Translate a key. Reads `lang`, so callers are drawn again in a new language; and, for a text not here yet, the
	 * resource version, so it appears once its bundle arrives. A text that is here never changes when others are added
	 * (bundles are added without overwriting), so it does not wait on them: when every text read the version, the
	 * footer's own texts arriving after the result drew every text of the result a second time (346 translations
	 * instead of 166 for the README's first result link, and a second long task at 4× CPU slowdown).
	 */
	t = (key: TextKey, params?: Record<string, unknown>): string => {
		const plain = this.#plain(key, params);
		if (plain !== undefined) return plain;
		// Data texts are shown exactly as written: no i18next nesting ("$t(…)") or interpolation ("{{…}}") inside them.
		const raw = key.startsWith('content:') ? { skipInterpolation: true } : undefined;
		this.#missing = false;
		const text = this.instance.t(key, { lng: this.lang, ...raw, ...params }) as string;
		if (this.#missing) void this.#version;
		return text;
	};

	/**
	 * A text that needs none of i18next's machinery, looked up directly: no plural (`count`) or context, and in it only
	 * `{{name}}` placeholders with a string or number given for each, and no nested `$t(…)`. Anything else, and a
	 * text not here, goes through i18next (a unit test holds the two equal for every text). Measured 2026-12-07 on the
	 * README's first result link at 4× CPU slowdown (a Chromium trace of the load, 5 runs each): the task that draws
	 * the result 495 → 383 ms (median), translating 141 → 26 ms of it; Lighthouse's score did not move beyond its
	 * noise.
	 */
	#plain(key: string, params?: Record<string, unknown>): string | undefined {
		if (params && ('count' in params || 'context' in params)) return undefined;
		const content = key.startsWith('content:');
		const text: unknown = this.instance.getResource(
			this.lang,
			content ? 'content' : 'translation',
			content ? key.slice('content:'.length) : key
		);
		if (typeof text !== 'string') return undefined;
		if (content) return text;
		if (text.includes('$t(')) return undefined;
		if (!text.includes('{{')) return text;
		let complete = true;
		const out = text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
			const value = params?.[name];
			if (typeof value === 'string' || typeof value === 'number') return String(value);
			complete = false;
			return '';
		});
		return complete && !out.includes('{{') ? out : undefined;
	}

	/** Whether a text exists, for any key. */
	has(key: string): boolean {
		void this.#version;
		return this.instance.exists(key, { lng: this.lang });
	}

	/** A text that only some ids have (a question's hint, a page's lead), or undefined. */
	optional(key: string, params?: Record<string, unknown>): string | undefined {
		return this.has(key) ? this.t(key as TextKey, params) : undefined;
	}

	/** Counts language switches, so a slower earlier switch cannot finish after a later one and win. */
	#switches = 0;

	async setLang(lang: Lang): Promise<void> {
		const previous = this.target;
		const switchNo = ++this.#switches;
		this.target = lang;
		try {
			const parts = Promise.all([...this.#parts.keys()].map((part) => this.#loadPart(part, lang)));
			parts.catch(() => {}); // awaited below; this only keeps an early failure above from going unhandled
			if (!this.#loaded.has(lang)) {
				const bundle = await loaders[lang]();
				if (!this.#loaded.has(lang)) {
					this.instance.addResourceBundle(lang, 'translation', bundle, true, false);
					this.#loaded.add(lang);
					this.#version++;
				}
			}
			await parts;
		} catch (err) {
			// The texts could not be fetched: stay in the language shown, and say so to the caller.
			if (switchNo === this.#switches) this.target = previous;
			throw err;
		}
		if (switchNo !== this.#switches) return; // a later switch has taken over
		await this.instance.changeLanguage(lang);
		if (switchNo !== this.#switches) return;
		this.lang = lang;
		if (this.#documentLang && typeof document !== 'undefined') document.documentElement.lang = lang;
	}

	/** Parts whose texts are fetched per language (see `usePart`), and the languages each already has. */
	readonly #parts = new Map<TextPart, Set<Lang>>();

	/**
	 * Fetch the texts of a lazily loaded part of the guide in the language in use, and from then on in any language
	 * switched to (setLang waits for them). A Danish user never downloads the English texts.
	 */
	async usePart(part: TextPart): Promise<void> {
		if (!this.#parts.has(part)) this.#parts.set(part, new Set());
		// Both the language shown and, during a switch, the one it is switching to: the page may be drawn in either.
		const langs = new Set<Lang>([this.lang, this.target]);
		await Promise.all([...langs].map((lang) => this.#loadPart(part, lang)));
	}

	/**
	 * Whether a part's texts are here in the language shown (a page that has them can be drawn at once). Texts
	 * downloaded already for an earlier guide are taken at once.
	 */
	hasPart(part: TextPart): boolean {
		const bundle = part.now?.(this.lang);
		if (bundle && (!part.content || part.content.current))
			this.#addPart(part, this.lang, bundle, part.content?.current?.questionContent);
		return this.#parts.get(part)?.has(this.lang) ?? false;
	}

	async #loadPart(part: TextPart, lang: Lang): Promise<void> {
		if (!this.#parts.has(part) || this.#parts.get(part)?.has(lang)) return;
		const [bundle, content] = await Promise.all([part[lang](), part.content?.()]);
		this.#addPart(part, lang, bundle, content?.questionContent);
	}

	/** Content texts added with a part already (once for every language). */
	readonly #contents = new Set<unknown>();

	/** A part's texts in one language, once. */
	#addPart(part: TextPart, lang: Lang, bundle: Record<string, unknown>, content?: unknown): void {
		const loaded = this.#parts.get(part) ?? new Set<Lang>();
		this.#parts.set(part, loaded);
		if (loaded.has(lang)) return;
		if (content !== undefined && !this.#contents.has(content)) {
			this.#contents.add(content);
			this.addContent(content);
		}
		this.instance.addResourceBundle(lang, 'translation', bundle, true, false);
		loaded.add(lang);
		this.#version++;
	}

	/** Add a part of the translations that is loaded later (e.g. the link notices' texts), in every language. */
	addTexts(bundles: Record<Lang, Record<string, unknown>>): void {
		for (const lang of LANGS)
			this.instance.addResourceBundle(lang, 'translation', bundles[lang], true, false);
		this.#version++;
	}

	/** Register data texts ({ da, en } fields of the content files) under the `content` namespace. */
	addContent(content: unknown): void {
		for (const lang of LANGS) {
			this.instance.addResourceBundle(lang, 'content', flattenContent(content, lang), true, true);
		}
		this.#version++;
	}

	/** Format a number in the current language (see domain/locale-format for why not Intl). */
	number = (value: number, maximumFractionDigits = 1): string =>
		formatNumber(value, this.lang, maximumFractionDigits);

	/** Format an ISO date (YYYY-MM-DD) as a long date in the current language; anything else is shown as it is. */
	date = (iso: string): string =>
		formatDate(iso, this.lang, this.t('date.months').split(' ')) ?? iso;
}
