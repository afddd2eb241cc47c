import { useEffect } from 'preact/hooks';

/** The class on `<html>` by which receipt.css prints the receipt alone (see its `@media print`). */
export const PRINTING_RECEIPT_CLASS = 'printing-receipt';

// Counted, so that a receipt leaving the page while another one stays does not take the class away.
let receiptsShown = 0;

/**
 * While a receipt is on the page, printing (its button or the browser's Ctrl+P) prints the receipt and
 * nothing else: not the header, the footer, the buttons or the rest of the attendance screen.
 */
export function usePrintingReceipt(): void {
  useEffect(() => {
    receiptsShown++;
    document.documentElement.classList.add(PRINTING_RECEIPT_CLASS);
    return () => {
      receiptsShown--;
      if (receiptsShown === 0) document.documentElement.classList.remove(PRINTING_RECEIPT_CLASS);
    };
  }, []);
}
