#!/usr/bin/env node
/**
 * npm run data:report — what the guide knows per park, and which facts are older than 12 months
 * (src/data/report.ts). Also printed by `npm test`. Informational: exits 0 unless the content cannot be read.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const load = (file) => runnerImport(fileURLToPath(new URL(file, import.meta.url)));
const { module: report } = await load('../src/data/report.ts');
const { module: data } = await load('../src/data/index.ts');
const today = new Date().toISOString().slice(0, 10);
console.log(report.formatReport(report.dataReport(data.content, today)));
