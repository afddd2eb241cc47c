import { describe, expect, it } from 'vitest';
import { citizenCardRenewalAtSpot } from '../../../../src/core/eligibility/citizenCardRenewalAtSpot.ts';
import { citizenCardRenewalMessage } from '../../../../src/core/eligibility/citizenCardRenewalMessage.ts';

describe('citizenCardRenewalAtSpot', () => {
  it('is open from the 25th birthday itself, not the day before', () => {
    expect(citizenCardRenewalAtSpot({ birthDate: '2000-12-04', today: '2025-12-04' })).toEqual({
      eligible: true,
      reason: null,
    });
    expect(citizenCardRenewalAtSpot({ birthDate: '2000-12-04', today: '2025-12-03' })).toEqual({
      eligible: false,
      reason: 'under-25',
    });
  });

  it('counts a 29 February birthday on 1 March in a year without one', () => {
    expect(citizenCardRenewalAtSpot({ birthDate: '2000-02-29', today: '2025-02-28' }).eligible).toBe(false);
    expect(citizenCardRenewalAtSpot({ birthDate: '2000-02-29', today: '2025-03-01' }).eligible).toBe(true);
  });

  it('tells the citizen where to go when under 25, and the biometric condition when eligible', () => {
    const no = citizenCardRenewalMessage({ eligible: false, reason: 'under-25' });
    expect(no.pt).toContain('25 anos');
    expect(no.en).toContain('Under 25');
    const yes = citizenCardRenewalMessage({ eligible: true, reason: null });
    expect(yes.pt).toContain('impressões digitais');
    expect(yes.en).toContain('fingerprints');
  });
});
