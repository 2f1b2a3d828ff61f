#!/usr/bin/env node
/**
 * npm run audit — `npm audit --omit=dev` (the packages the built app ships), judged: prints the advisories per
 * severity and fails on any high or critical one.
 *
 * Exit codes: 0 no high or critical advisory, 1 at least one, 2 cannot measure (the registry's audit endpoint did
 * not answer; npm prints why, e.g. "405 Method Not Allowed" behind a registry mirror that has no audit service).
 * .ci/run runs it after the tests: 1 fails CI, 2 is reported and does not.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
const FAILING = new Set(['high', 'critical']);

/**
 * What `npm audit --json` printed (and wrote to stderr), as a verdict: the exit code and the lines to print.
 * @param {string} stdout
 * @param {string} stderr
 * @returns {{ code: 0 | 1 | 2, lines: string[] }}
 */
export function judgeAudit(stdout, stderr = '') {
	let report;
	try {
		report = JSON.parse(stdout);
	} catch {
		report = undefined;
	}
	if (!report || report.error || !report.metadata?.vulnerabilities) {
		const why =
			report?.message ||
			report?.error?.summary ||
			report?.error?.detail ||
			stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | ');
		return { code: 2, lines: [`npm audit could not run: ${why || 'no report'}`] };
	}
	const counts = report.metadata.vulnerabilities;
	const deps = report.metadata.dependencies ?? {};
	const lines = [
		`npm audit --omit=dev: ${deps.prod ?? deps.total ?? '?'} production packages; advisories by severity: ` +
			SEVERITIES.map((s) => `${s} ${counts[s] ?? 0}`).join(', ')
	];
	const bad = Object.values(report.vulnerabilities ?? {}).filter((v) => FAILING.has(v.severity));
	for (const v of bad) {
		lines.push(
			`  ${v.severity}: ${v.name} ${v.range ?? ''}${v.fixAvailable ? ' (fix available)' : ''}`
		);
	}
	return { code: bad.length > 0 ? 1 : 0, lines };
}

async function main() {
	const run = promisify(execFile);
	const { stdout, stderr } = await run('npm', ['audit', '--omit=dev', '--json'], {
		maxBuffer: 32 * 1024 * 1024
	}).catch((err) =>
		// npm audit exits 1 when it finds advisories, and also when it cannot reach the audit service.
		({ stdout: err.stdout ?? '', stderr: err.stderr ?? String(err) })
	);
	const { code, lines } = judgeAudit(stdout, stderr);
	for (const line of lines) (code === 2 ? console.error : console.log)(line);
	process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
	await main();
