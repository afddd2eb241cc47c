import { afterEach, describe, expect, it, vi } from 'vitest';
import { Receipt, type ReceiptData } from '../../../../../src/features/attendance/receipt/Receipt.tsx';
import { RECEIPT_PAPER_KEY } from '../../../../../src/features/attendance/receipt/useReceiptPaper.ts';
import { setLocale } from '../../../../../src/i18n/locale.ts';
import { byTestId, click, mount, visibleText } from '../../renderKit.tsx';
import { drawnCells } from './drawnCells.ts';

const data: ReceiptData = {
  requestId: '3b2c9e4f-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  localRef: '7CP9-X7H2',
  serviceName: { pt: 'Revalidação da carta de condução', en: 'Driving licence revalidation' },
  feeCents: 1500,
  paymentMethod: 'card-terminal',
  completedAt: Date.UTC(2026, 10, 20, 14, 5),
  spotName: 'Espaço Cidadão de Mértola',
  mediatorName: 'Ana Sousa',
  hubRef: null,
  receivedAt: null,
  replaces: null,
};

let unmount = () => {};
afterEach(() => {
  unmount();
  setLocale('pt');
  localStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Shows one receipt: the one shown before is taken off the page first. */
function show(overrides: Partial<ReceiptData> = {}) {
  unmount();
  const view = mount(<Receipt data={{ ...data, ...overrides }} />);
  unmount = view.unmount;
  return byTestId(view.container, 'receipt');
}

describe('the receipt', () => {
  it('shows the reference, the service, the fee and how it was paid, in Portuguese', () => {
    const receipt = show();
    expect(visibleText(receipt.querySelector('h2'))).toBe('Comprovativo de pedido');
    expect(visibleText(byTestId(receipt, 'receipt-ref'))).toBe('7CP9-X7H2');
    expect(visibleText(byTestId(receipt, 'receipt-service'))).toBe('Revalidação da carta de condução');
    expect(visibleText(byTestId(receipt, 'receipt-fee'))).toBe('15,00 €');
    expect(visibleText(byTestId(receipt, 'receipt-payment'))).toBe('Cartão, no terminal de pagamento');
    expect(visibleText(receipt)).toContain('Espaço Cidadão de Mértola');
    expect(visibleText(receipt)).toContain('Ana Sousa');
    expect(receipt.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20T14:05:00.000Z');
  });

  it('speaks English when the window does', () => {
    setLocale('en');
    const receipt = show();
    expect(visibleText(receipt.querySelector('h2'))).toBe('Request receipt');
    expect(visibleText(byTestId(receipt, 'receipt-fee'))).toBe('€15.00');
    expect(visibleText(byTestId(receipt, 'receipt-service'))).toBe('Driving licence revalidation');
    expect(visibleText(byTestId(receipt, 'receipt-payment'))).toBe('Card, at the payment terminal');
    expect(visibleText(byTestId(receipt, 'receipt-pending'))).toBe(
      'Pending delivery — final only once it has been sent',
    );
  });

  it('says "Sem custo" for a free request, with nothing to pay', () => {
    const receipt = show({ feeCents: 0, paymentMethod: null });
    expect(visibleText(byTestId(receipt, 'receipt-fee'))).toBe('Sem custo');
    expect(visibleText(byTestId(receipt, 'receipt-payment'))).toBe('Nada a pagar');
  });

  it('prints the Multibanco entity and reference the citizen pays with later', () => {
    const receipt = show({
      paymentMethod: 'multibanco-reference',
      multibanco: { entity: '21312', reference: '123456789' },
    });
    expect(visibleText(byTestId(receipt, 'receipt-payment'))).toBe(
      'Referência Multibanco, a pagar depois — Entidade 21312, Referência 123 456 789',
    );
  });

  it('says it is provisional until the hub has received it', () => {
    const receipt = show();
    expect(visibleText(byTestId(receipt, 'receipt-pending'))).toBe(
      'Pendente de envio — só é definitivo depois de enviado',
    );
    expect(receipt.querySelector('[data-testid="receipt-hub-ref"]')).toBeNull();
  });

  it('shows the hub’s reference and when it was received, and no pending notice, once delivered', () => {
    const receipt = show({ hubRef: 'H-2026-000123', receivedAt: Date.UTC(2026, 10, 20, 14, 7) });
    const delivered = byTestId(receipt, 'receipt-hub-ref');
    expect(visibleText(delivered)).toContain('H-2026-000123');
    expect(delivered.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20T14:07:00.000Z');
    expect(receipt.querySelector('[data-testid="receipt-pending"]')).toBeNull();
  });

  it('says which request a correction replaces', () => {
    const receipt = show({ replaces: 'Q4ZM-8N1B' });
    expect(visibleText(byTestId(receipt, 'receipt-replaces'))).toBe(
      'Este pedido corrige e substitui o pedido Q4ZM-8N1B.',
    );
    expect(show().querySelector('[data-testid="receipt-replaces"]')).toBeNull();
  });

  it('draws a titled QR code: dark squares only, with the three finder patterns of a real code', () => {
    const qr = byTestId(show(), 'receipt-qr');
    expect(qr.tagName.toLowerCase()).toBe('svg');
    const title = qr.querySelector('title');
    expect(visibleText(title)).toBe('Código QR do pedido 7CP9-X7H2');
    expect(qr.getAttribute('aria-labelledby')).toBe(title?.id);

    const side = Number(qr.getAttribute('viewBox')?.split(' ')[2]);
    const size = side - 8; // the viewBox adds a 4-module quiet zone on each side
    expect((size - 17) % 4).toBe(0); // QR sizes are 21, 25, 29 … modules
    const cells = drawnCells(qr.querySelector('path')?.getAttribute('d') ?? '');
    for (const [left, top] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ] as const) {
      expect(finderAt(cells, left, top), `finder at ${left},${top}`).toBe(true);
    }
  });

  it('prints with the print button', () => {
    // happy-dom has no print dialog: the test stands in for it.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    click(byTestId(show(), 'receipt-print'));
    expect(print).toHaveBeenCalledOnce();
  });

  it('marks the page as printing a receipt only while one is shown', () => {
    show();
    expect(document.documentElement.classList.contains('printing-receipt')).toBe(true);
    unmount();
    unmount = () => {};
    expect(document.documentElement.classList.contains('printing-receipt')).toBe(false);
  });

  it('remembers the paper chosen for the next receipt', () => {
    let receipt = show();
    const a4 = byTestId(receipt, 'receipt-paper-a4') as HTMLInputElement;
    expect(a4.checked).toBe(true);
    expect(receipt.classList.contains('receipt-paper-a4')).toBe(true);
    expect(visibleText(byTestId(receipt, 'receipt-paper'))).toContain('Talão 80 mm');

    click(byTestId(receipt, 'receipt-paper-80mm'));
    expect(receipt.classList.contains('receipt-paper-80mm')).toBe(true);
    expect(localStorage.getItem(RECEIPT_PAPER_KEY)).toBe('80mm');

    receipt = show();
    expect((byTestId(receipt, 'receipt-paper-80mm') as HTMLInputElement).checked).toBe(true);
    expect(receipt.classList.contains('receipt-paper-80mm')).toBe(true);
  });

  it('starts at A4 when the stored choice is not a paper it knows', () => {
    localStorage.setItem(RECEIPT_PAPER_KEY, 'letter');
    expect((byTestId(show(), 'receipt-paper-a4') as HTMLInputElement).checked).toBe(true);
  });
});

/** A finder pattern: a dark 7×7 ring, a light ring inside it, and a dark 3×3 centre. */
function finderAt(cells: ReadonlySet<string>, left: number, top: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
      const dark = ring !== 2;
      if (cells.has(`${left + x},${top + y}`) !== dark) return false;
    }
  }
  return true;
}
