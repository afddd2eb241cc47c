// Takes the README's picture of the two screens side by side (issue 6): the mediator's window on a form
// step, the citizen's window beside it with the personal answers masked, and the take-home guide.
// npx vite build && npx tsx scripts/citizenScreenshot.ts
import { writeFile } from 'node:fs/promises';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { createMediatorInBrowser, nextStep, openServiceFromSearch } from '../test/kit/attendanceInBrowser.ts';
import { launchChromium } from '../test/kit/chromium.ts';
import { enrollInBrowser } from '../test/kit/enrollInBrowser.ts';
import { startHub } from '../test/kit/startHub.ts';

const SIZE = { width: 960, height: 900 };
const GAP = 24;

const hub = await startHub({ appDir: 'dist' });
const browser = await launchChromium({ viewport: SIZE });
try {
  const mediator = browser.context.pages()[0] ?? (await browser.context.newPage());
  await mediator.goto(hub.url);
  await enrollInBrowser(mediator, hub.dataDir);
  await mediator.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await createMediatorInBrowser(mediator);
  await openServiceFromSearch(mediator, 'revalidar carta', 'carta-revalidacao');
  await mediator.getByTestId('start-attendance').click();
  await mediator.getByTestId('attendance-priority-senior').check();
  const [citizen] = await Promise.all([
    browser.context.waitForEvent('page'),
    mediator.getByTestId('citizen-screen-open').click(),
  ]);
  await citizen.setViewportSize(SIZE);
  await nextStep(mediator, 'service');
  await nextStep(mediator, 'checklist');
  for (const box of await mediator.locator('input[data-testid^="doc-"]').all()) await box.check();
  await nextStep(mediator, 'eligibility');
  await mediator.getByTestId('fact-birthDate').fill('1954-03-02');
  await mediator.getByTestId('fact-licenceIssuedOn').fill('1979-06-12');
  await nextStep(mediator, 'form-0');
  await mediator.getByTestId('field-full-name').fill('Maria da Conceição Fernandes');
  await mediator.getByTestId('field-nif').fill('123456789');
  await citizen.locator('[data-field-id="nif"][data-masked="true"]').waitFor();

  await mediator.evaluate(() => scrollTo(0, 0));
  const left = await loadImage(await mediator.screenshot());
  const right = await loadImage(await citizen.screenshot());
  const canvas = createCanvas(SIZE.width * 2 + GAP, SIZE.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#6b7580';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(left, 0, 0);
  context.drawImage(right, SIZE.width + GAP, 0);
  await writeFile('docs/citizen-screen.png', canvas.toBuffer('image/png'));

  await mediator.goto(`${hub.url}/guia/carta-revalidacao?ref=29QC-59N4`);
  await mediator.getByTestId('take-home-guide').waitFor();
  await mediator.screenshot({ path: 'docs/take-home-guide.png', fullPage: true });
} finally {
  await browser.close();
  await hub.stop();
}
