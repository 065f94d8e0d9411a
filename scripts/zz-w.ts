import { pageWeight } from '../tools/page-weight';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
for (const f of ['estimator/index.html', 'compare/index.html', 'apply/index.html', 'checker/index.html', 'numbers/index.html', 'embed/estimator/index.html']) {
  const w = await pageWeight('dist', f);
  console.log(f, (w.jsGzipBytes / 1024).toFixed(1), 'KB');
  if (f.startsWith('estimator')) for (const s of w.scripts) console.log('   ', s, (gzipSync(readFileSync('dist/' + s), { level: 9 }).length / 1024).toFixed(1));
}
