// The operator of this deployment (the authority that runs the guide): who answers questions about its
// accessibility, and where its official accessibility statement (made with Digitaliseringsstyrelsen's WAS-Tool)
// is published. Filled in by the operator in src/data/operator.json; null means "not filled in yet", and the page
// says so. Checked when the app builds (scripts/vite-plugin-content.ts) and again where it is read, so a
// malformed file never breaks a page.

export interface OperatorConfig {
	organisation: string | null;
	email: string | null;
	phone: string | null;
	/** The official statement's address, e.g. on was.digst.dk. */
	statementUrl: string | null;
	/** ISO date the statement page was last reviewed. */
	lastReviewed: string | null;
}

export const OPERATOR_FILE = 'src/data/operator.json';
const FIELDS = ['organisation', 'email', 'phone', 'statementUrl', 'lastReviewed'] as const;

/** The config with every usable field, and a message per field that is not usable (those fields become null). */
export function readOperatorConfig(raw: unknown): { config: OperatorConfig; problems: string[] } {
	const config: OperatorConfig = {
		organisation: null,
		email: null,
		phone: null,
		statementUrl: null,
		lastReviewed: null
	};
	const problems: string[] = [];
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { config, problems: [`${OPERATOR_FILE}: expected an object with ${FIELDS.join(', ')}`] };
	}
	const record = raw as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		if (!(FIELDS as readonly string[]).includes(key))
			problems.push(`${OPERATOR_FILE} › ${key}: unknown field`);
	}
	const text = (key: (typeof FIELDS)[number], check: (v: string) => boolean, expected: string) => {
		const value = record[key];
		if (value === null || value === undefined) return;
		if (
			typeof value === 'string' &&
			value.trim() !== '' &&
			value.length <= 300 &&
			check(value.trim())
		)
			config[key] = value.trim();
		else
			problems.push(
				`${OPERATOR_FILE} › ${key}: expected ${expected} or null, got ${JSON.stringify(value)?.slice(0, 60)}`
			);
	};
	text('organisation', () => true, 'a name');
	text('email', (v) => /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i.test(v), 'an e-mail address');
	text('phone', (v) => /^\+?[0-9 ]{8,16}$/.test(v), 'a phone number such as "+45 12 34 56 78"');
	text('statementUrl', (v) => /^https:\/\/[^\s"<>]+$/.test(v), 'an https:// address');
	text(
		'lastReviewed',
		(v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
		'a date as YYYY-MM-DD'
	);
	return { config, problems };
}
