import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaExceeded } from '../../../../src/db/requests/storageFull.ts';
import { quotaError } from './requestKit.ts';

describe('isQuotaExceeded', () => {
  it('knows a full disk in every shape browsers and Dexie report it', () => {
    expect(isQuotaExceeded(quotaError())).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full', quotaError()))).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', quotaError()))).toBe(true);
    expect(isQuotaExceeded(new Dexie.BulkError('bulkAdd failed', { 0: quotaError() }))).toBe(true);
    expect(isQuotaExceeded(new Error('write failed', { cause: quotaError() }))).toBe(true);
  });

  it('does not take other failures for a full disk', () => {
    expect(isQuotaExceeded(new DOMException('Key already exists', 'ConstraintError'))).toBe(false);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });
});
