/**
 * npm run icons — draws the site's raster icons and share card from
 * public/favicon.svg and the site's name, in Chromium (with the machine's CJK
 * font), into public/: apple-touch-icon.png (180 px), favicon.ico (32 px, a PNG
 * inside an ICO, which every browser reads) and og-card.png (1200 × 630, for
 * WeChat and other share previews). Run after changing the logo or the name;
 * the files are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tools/browser';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const logo = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** An ICO file holding one PNG image. */
function ico(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, png]);
}

const browser = await launchChromium();
const page = await browser.newPage({ deviceScaleFactor: 1 });
const draw = async (html: string, width: number, height: number): Promise<Buffer> => {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  return page.screenshot({ type: 'png', omitBackground: false });
};
const icon = (size: number) =>
  draw(`<img src="${logo}" width="${size}" height="${size}" style="display:block">`, size, size);

writeFileSync(join(root, 'public/apple-touch-icon.png'), await icon(180));
writeFileSync(join(root, 'public/favicon.ico'), ico(await icon(32), 32));
writeFileSync(
  join(root, 'public/og-card.png'),
  await draw(
    `<div style="width:1200px;height:630px;background:#0b5cad;color:#fff;display:flex;align-items:center;gap:48px;padding:0 96px;box-sizing:border-box;font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif">
      <img src="${logo}" width="200" height="200" style="background:#fff;border-radius:32px;padding:16px">
      <div><div style="font-size:84px;font-weight:700">400电话资费标准</div>
      <div style="font-size:34px;margin-top:24px;opacity:.9">套餐 · 号码等级 · 附加功能 · 精确到分的报价</div></div>
    </div>`,
    1200,
    630,
  ),
);
await browser.close();
console.log('public/apple-touch-icon.png, public/favicon.ico, public/og-card.png');
