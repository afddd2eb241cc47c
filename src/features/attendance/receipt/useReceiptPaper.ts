import { useState } from 'preact/hooks';

/** The papers a receipt prints on: an office printer's A4, or an 80 mm thermal receipt roll. */
export const RECEIPT_PAPERS = ['a4', '80mm'] as const;
export type ReceiptPaper = (typeof RECEIPT_PAPERS)[number];

/** A spot has one printer: the choice is the device's, kept for every receipt after this one. */
export const RECEIPT_PAPER_KEY = 'balcao.receiptPaper';

/** The paper chosen last on this device (A4 until one is chosen), and how to choose another. */
export function useReceiptPaper(): [ReceiptPaper, (paper: ReceiptPaper) => void] {
  const [paper, setPaper] = useState<ReceiptPaper>(readPaper);
  const choose = (next: ReceiptPaper) => {
    setPaper(next);
    try {
      localStorage.setItem(RECEIPT_PAPER_KEY, next);
    } catch (error) {
      // Storage blocked or full: the choice holds for this receipt, and the next one starts at A4 again.
      console.warn('could not keep the receipt paper choice', error);
    }
  };
  return [paper, choose];
}

function readPaper(): ReceiptPaper {
  try {
    const stored = localStorage.getItem(RECEIPT_PAPER_KEY);
    return RECEIPT_PAPERS.find((paper) => paper === stored) ?? 'a4';
  } catch {
    return 'a4';
  }
}
