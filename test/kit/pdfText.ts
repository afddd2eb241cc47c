import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page by page, as a reader would copy it (pdf.js, Mozilla's own reader): what a printed
 * receipt says, checked without trusting the page it was printed from.
 */
export async function pdfText(
  pdf: Uint8Array,
): Promise<{ pages: string[]; pageSizes: { width: number; height: number }[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  const pageSizes: { width: number; height: number }[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    pageSizes.push({ width: x1 - x0, height: y1 - y0 });
  }
  await document.destroy();
  return { pages, pageSizes };
}
