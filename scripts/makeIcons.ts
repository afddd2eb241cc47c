// Renders public/icons/icon.svg to the PNG icons the manifest names, with Debian's Chromium.
// Run once when the icon changes: npx tsx scripts/makeIcons.ts (the PNGs are committed).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  for (const [name, inset] of [
    ['icon', 0],
    ['maskable', 0.1],
  ] as const) {
    // A maskable icon keeps its picture inside the central 80 % safe zone, on a full-bleed background.
    const body = `<body style="margin:0;background:#0b4f8a"><div style="padding:${size * inset}px">${svg.replace('<svg ', `<svg width="${size * (1 - 2 * inset)}" height="${size * (1 - 2 * inset)}" `)}</div></body>`;
    await page.setContent(body);
    await page.screenshot({ path: `public/icons/${name}-${size}.png`, omitBackground: name === 'icon' });
  }
  await page.close();
}
await browser.close();
