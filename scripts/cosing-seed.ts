/**
 * Writes seed/cosing-inci.json.gz from a CosIng inventory export (the CSV `regimen reference
 * import-cosing` takes), cleaned by the same parser: `tsx scripts/cosing-seed.ts FILE EXTRACTED`,
 * where EXTRACTED is the date of the export. See seed/COSING.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatCosingReport, parseCosing } from '../src/reference/cosing-import.js';
import { COSING_SEED_FILE, encodeCosingSeed } from '../src/reference/cosing-seed.js';

const [file, extracted] = process.argv.slice(2);
if (!file || !extracted || !/^\d{4}-\d{2}-\d{2}$/.test(extracted)) {
  console.error('usage: tsx scripts/cosing-seed.ts COSING.csv YYYY-MM-DD (the date of the export)');
  process.exit(1);
}
const { entries, report } = parseCosing(readFileSync(file, 'utf8'));
const source = 'European Commission, CosIng cosmetic ingredient database (reused with acknowledgement)';
writeFileSync(COSING_SEED_FILE, encodeCosingSeed(entries, source, extracted));
console.log(formatCosingReport(report).join('\n'));
console.log(`wrote ${COSING_SEED_FILE}`);
