/**
 * Timing is measured and printed by `npm run perf` (run by .ci/run after `npm test`), not gated in `npm test`: a
 * slower or busier machine than ours must not block a landing. A figure fails only on a gross regression, more than
 * GROSS times its target for a user; between the target and that, it is printed as a miss.
 */
import { expect } from 'vitest';

export const GROSS = 2;

/** Prints the figure against its target, and fails above GROSS × target (for times: lower is better). */
export function expectTime(what: string, measured: number, target: number, unit = 'ms'): void {
	const verdict =
		measured <= target
			? 'target met'
			: measured <= target * GROSS
				? 'TARGET MISSED (not a gross regression: not failed)'
				: 'GROSS REGRESSION';
	console.log(
		`[perf] ${what}: ${measured.toFixed(1)} ${unit} (target ${target} ${unit}): ${verdict}`
	);
	expect(measured, `${what}: more than ${GROSS}× its target`).toBeLessThanOrEqual(target * GROSS);
}

/** The middle value of the measurements (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
