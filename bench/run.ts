import { benchCheckMove } from './check-move.js';
import { benchDeadlineAlerts } from './deadline-alerts.js';
import { benchDigest } from './digest.js';
import { benchDossierPdf } from './dossier-pdf.js';
import { benchImportExport } from './import-export.js';
import { benchInbox } from './inbox.js';
import { benchInboxPaint } from './inbox-paint.js';
import { benchJudgeReport } from './judge-report.js';
import { benchMap } from './map.js';
import { benchPush } from './push.js';
import { benchRegister, benchRegisterHttp } from './register.js';
import { benchSearch } from './search.js';
import { benchVerify } from './verify.js';

/** Every benchmark by name; `npm run bench -- NAME` runs one. */
const BENCHMARKS: Record<string, () => Promise<void>> = {
  register: benchRegister,
  'register-http': benchRegisterHttp,
  push: benchPush,
  'check-move': benchCheckMove,
  'judge-report': benchJudgeReport,
  'deadline-alerts': benchDeadlineAlerts,
  verify: benchVerify,
  'import-export': benchImportExport,
  search: benchSearch,
  inbox: benchInbox,
  'inbox-paint': benchInboxPaint,
  map: benchMap,
  digest: benchDigest,
  'dossier-pdf': benchDossierPdf,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}\n`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHMARKS)) await BENCHMARKS[name]!();
