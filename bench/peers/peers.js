// Times chrono-node and Recognizers-Text on the texts named on the command
// line (after a byte budget per peer), processing only: the texts are read
// and the libraries loaded before the clock starts.
// Usage: node peers.js BUDGET_CHRONO BUDGET_RECOGNIZERS FILE…
const fs = require('fs');
const path = require('path');
const nm = path.join(__dirname, '.env', 'node', 'node_modules');
const chrono = require(path.join(nm, 'chrono-node'));
const rt = require(path.join(nm, '@microsoft', 'recognizers-text-suite'));
const version = (p) => require(path.join(nm, p, 'package.json')).version;
const [budgetChrono, budgetRt, ...files] = process.argv.slice(2);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
function slice(budget) {
  const out = []; let bytes = 0;
  for (const t of texts) { if (bytes >= budget) break; out.push(t); bytes += Buffer.byteLength(t); }
  return [out, bytes];
}
function time(name, ver, budget, fn) {
  const [part, bytes] = slice(Number(budget));
  let found = fn(texts[0]); // warm-up (JIT, lazy tables): not timed
  found = 0;
  const start = process.hrtime.bigint();
  for (const t of part) found += fn(t);
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  console.log([name, ver, bytes, secs.toFixed(3), found].join('\t'));
}
time('chrono-node (dates)', version('chrono-node'), budgetChrono, (t) => chrono.parse(t).length);
time('recognizers-text-suite (dates + currency)', version('@microsoft/recognizers-text-suite'), budgetRt, (t) =>
  rt.recognizeDateTime(t, rt.Culture.English).length + rt.recognizeCurrency(t, rt.Culture.English).length);
