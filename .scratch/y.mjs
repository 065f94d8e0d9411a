import { parseDocument, LineCounter } from 'yaml';
const cases = {
 fw: "date: '2030-01-01'\nnote：彩铃功能费调整\nchanges:\n  - set: addons.ringback.charges.fee.amount\n    to: '120'\n",
 fw2: "date: '2030-01-01'\nnote: 彩铃\nchanges:\n  - set：addons.ringback.charges.fee.amount\n    to: '120'\n",
 indent: "date: '2030-01-01'\nnote: 彩铃\nchanges:\n  - set: addons.ringback.charges.fee.amount\n      to: '120'\n",
 indent2: "date: '2030-01-01'\nnote: 彩铃\nchanges:\n  - set: addons.ringback.charges.fee.amount\n   to: '120'\n",
 colon: "date: '2030-01-01'\nnote: 彩铃功能费调整: 每年 150 元\nchanges:\n  - set: a.b\n    to: '120'\n",
 tab: "date: '2030-01-01'\nnote: x\nchanges:\n\t- set: a.b\n    to: '120'\n",
 dup: "date: '2030-01-01'\nnote: x\nnote: y\n",
 quote: "date: '2030-01-01\nnote: x\n",
 alias: "date: '2030-01-01'\nnote: x\nchanges:\n  - set: a.b\n    to: *price\n",
};
for (const [k, t] of Object.entries(cases)) {
  const lc = new LineCounter();
  const d = parseDocument(t, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  console.log(k, d.errors.map(e => [e.code, lc.linePos(e.pos[0]), e.message.split('\n')[0]]));
  try { d.toJS() } catch (e) { console.log('  toJS', e.message) }
}
