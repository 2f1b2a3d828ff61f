// Vite plugin: validates src/data/content/*.json when the build or dev server starts, so bad data fails `npm run build`
// with a message naming file, record and field. Node-only (reads files); the validation itself lives in src/data/schema.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Content } from '../src/domain/types';
import { OPERATOR_FILE, readOperatorConfig } from '../src/data/operator';
import { parseMunicipalities } from '../src/data/municipalities-schema';
import {
	CONTENT_DIR,
	CONTENT_FILES,
	ContentError,
	contentFilePath,
	parseContentFile,
	validateContent,
	type ContentFileName,
	type ContentIssue
} from '../src/data/schema';

export type ContentCheck =
	{ ok: true; content: Content } | { ok: false; issues: readonly ContentIssue[]; message: string };

/** Reads, parses and validates every content file in `dir`. Never throws for bad content; reports all problems. */
export function checkContentDir(dir: string): ContentCheck {
	const issues: ContentIssue[] = [];
	const files: Partial<Record<ContentFileName, unknown>> = {};
	for (const name of CONTENT_FILES) {
		let text: string;
		try {
			text = readFileSync(resolve(dir, name), 'utf8');
		} catch (e) {
			const reason = e instanceof Error ? e.message : String(e);
			issues.push({
				file: contentFilePath(name),
				record: null,
				field: null,
				message: `cannot read file: ${reason}`
			});
			continue;
		}
		try {
			files[name] = parseContentFile(name, text);
		} catch (e) {
			if (e instanceof ContentError) issues.push(...e.issues);
			else throw e;
		}
	}
	// Validating with unreadable or unparsable files would only add noise about missing references.
	if (issues.length === 0) {
		try {
			return { ok: true, content: validateContent(files as Record<ContentFileName, unknown>) };
		} catch (e) {
			if (e instanceof ContentError) issues.push(...e.issues);
			else throw e;
		}
	}
	return { ok: false, issues, message: new ContentError(issues).message };
}

export interface ContentValidationOptions {
	/** Folder with the content files. Defaults to `<vite root>/src/data/content`. */
	dir?: string;
}

export function contentValidation(options: ContentValidationOptions = {}): Plugin {
	let root = '.';
	const contentDir = () => options.dir ?? resolve(root, CONTENT_DIR);
	const summary = (message: string) =>
		`Invalid content in ${CONTENT_DIR} (see src/data/README.md):\n${message}`;

	return {
		name: 'industripark-guide:content-validation',
		configResolved(config) {
			root = config.root;
		},
		buildStart() {
			const dir = contentDir();
			for (const name of CONTENT_FILES) this.addWatchFile(resolve(dir, name));
			const result = checkContentDir(dir);
			if (!result.ok) this.error(summary(result.message));
			const operatorFile = resolve(root, OPERATOR_FILE);
			this.addWatchFile(operatorFile);
			let operator: unknown;
			try {
				operator = JSON.parse(readFileSync(operatorFile, 'utf8'));
			} catch (e) {
				this.error(
					`${OPERATOR_FILE}: cannot read it as JSON (${e instanceof Error ? e.message : String(e)})`
				);
			}
			const municipalityFile = resolve(dir, 'municipalities.json');
			this.addWatchFile(municipalityFile);
			try {
				parseMunicipalities(JSON.parse(readFileSync(municipalityFile, 'utf8')));
			} catch (e) {
				this.error(
					`Invalid ${CONTENT_DIR}/municipalities.json:\n${e instanceof Error ? e.message : String(e)}`
				);
			}
			const { problems } = readOperatorConfig(operator);
			if (problems.length > 0)
				this.error(
					`Invalid ${OPERATOR_FILE} (see the README, "Accessibility statement"):\n${problems.join('\n')}`
				);
		},
		// In dev, re-check when a content file changes and show problems in the terminal and the error overlay.
		handleHotUpdate({ file, server }) {
			const dir = contentDir();
			if (!CONTENT_FILES.some((name) => resolve(dir, name) === resolve(file))) return;
			const result = checkContentDir(dir);
			if (result.ok) return;
			const message = summary(result.message);
			server.config.logger.error(message, { timestamp: true });
			server.ws.send({ type: 'error', err: { message, stack: '' } });
		}
	};
}
