import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../../src/app/qrPath.ts';
import { receiptQrContent } from '../../../src/features/attendance/receipt/receiptQrContent.ts';
import { darkCells, drawnCells } from '../features/attendance/receipt/drawnCells.ts';

describe('qrPath', () => {
  it('paints exactly the dark modules of a small matrix, a row’s neighbours as one run', () => {
    const modules = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    const path = qrPath(modules);
    expect(path).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
    expect(drawnCells(path)).toEqual(darkCells(modules));
  });

  it('draws nothing for an all-light matrix', () => {
    expect(qrPath([[false, false]])).toBe('');
  });

  it('draws as many modules as a real receipt code has dark ones, each where the matrix has it', () => {
    const code = encode(receiptQrContent('7K3M-Q9TZ', '3b2c9e4f-1a2b-4c3d-8e9f-0a1b2c3d4e5f'), { border: 0 });
    const dark = darkCells(code.data);
    const drawn = drawnCells(qrPath(code.data));
    expect(drawn.size).toBe(code.data.flat().filter(Boolean).length);
    expect(drawn).toEqual(dark);
  });
});
