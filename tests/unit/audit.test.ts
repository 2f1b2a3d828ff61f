// scripts/audit.mjs's verdict on what `npm audit --omit=dev --json` prints (npm 11's report format).
import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../scripts/audit.mjs';

const report = (
	vulnerabilities: Record<
		string,
		{ name: string; severity: string; range?: string; fixAvailable?: boolean }
	>
) => {
	const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } as Record<
		string,
		number
	>;
	for (const v of Object.values(vulnerabilities)) {
		counts[v.severity] = (counts[v.severity] ?? 0) + 1;
		counts.total = (counts.total ?? 0) + 1;
	}
	return JSON.stringify({
		auditReportVersion: 2,
		vulnerabilities,
		metadata: { vulnerabilities: counts, dependencies: { prod: 6, dev: 0, total: 6 } }
	});
};

describe('judgeAudit', () => {
	it('passes a report without advisories, and says so', () => {
		const { code, lines } = judgeAudit(report({}));
		expect(code).toBe(0);
		expect(lines[0]).toBe(
			'npm audit --omit=dev: 6 production packages; advisories by severity: info 0, low 0, moderate 0, high 0, critical 0'
		);
	});

	it('passes low and moderate advisories, counted', () => {
		const { code, lines } = judgeAudit(
			report({ leaflet: { name: 'leaflet', severity: 'moderate', range: '<=1.9.4' } })
		);
		expect(code).toBe(0);
		expect(lines[0]).toContain('moderate 1');
	});

	it.each(['high', 'critical'])('fails a %s advisory and names the package', (severity) => {
		const { code, lines } = judgeAudit(
			report({ xstate: { name: 'xstate', severity, range: '<5.40.0', fixAvailable: true } })
		);
		expect(code).toBe(1);
		expect(lines).toContain(`  ${severity}: xstate <5.40.0 (fix available)`);
	});

	it('cannot judge when the registry has no audit service (what this machine gets)', () => {
		const body = JSON.stringify({
			message:
				'405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			statusCode: 405,
			error: { summary: '', detail: '' }
		});
		expect(judgeAudit(body)).toEqual({
			code: 2,
			lines: [
				'npm audit could not run: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk'
			]
		});
	});

	it('cannot judge output that is not a report, and passes on what npm wrote to stderr', () => {
		expect(judgeAudit('', 'npm error code ENOTFOUND\nnpm error network request failed')).toEqual({
			code: 2,
			lines: [
				'npm audit could not run: npm error code ENOTFOUND | npm error network request failed'
			]
		});
	});
});
