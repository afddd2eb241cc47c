import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIsoDays } from '../../../../src/core/eligibility/isoDay.ts';
import { type LicenceFacts, licenceRevalidation } from '../../../../src/core/eligibility/licenceRevalidation.ts';
import { licenceRevalidationMessage } from '../../../../src/core/eligibility/licenceRevalidationMessage.ts';
import { isoDayBetween } from './arbitraries.ts';

const at = (facts: LicenceFacts) => licenceRevalidation(facts);
/** For facts whose due day can be worked out: fails the test on 'unknown'. */
const known = (facts: LicenceFacts) => {
  const r = licenceRevalidation(facts);
  if (r.status === 'unknown') throw new Error(`no due day for ${JSON.stringify(facts)}`);
  return r;
};
const statusOn = (facts: Omit<LicenceFacts, 'today'>, today: string) => at({ ...facts, today }).status;

describe('licenceRevalidation — licences first issued up to 1 Jan 2013 (50, 60, 65, 70, every 2 years)', () => {
  const old = { issuedOn: '1990-05-10', birthDate: '1954-03-01' };

  it('never revalidated: lapsed at 50, more than 5 years ago, so it is lost', () => {
    expect(at({ ...old, today: '2026-12-04' })).toMatchObject({
      regime: 'until-2013',
      dueOn: '2004-03-01',
      ageAtDue: 50,
      status: 'overdue-lost',
    });
  });

  it('revalidated in the window before 70 (2024-03-01): next due at 72 on 2026-03-01, lapsed by 2026-12-04', () => {
    const r = at({ ...old, lastRevalidatedOn: '2024-01-15', today: '2026-12-04' });
    expect(r).toMatchObject({ dueOn: '2026-03-01', ageAtDue: 72, ageToday: 72, status: 'overdue', halfFee: true });
  });

  it('revalidated at 72: next due at 74', () => {
    expect(at({ ...old, lastRevalidatedOn: '2026-12-04', today: '2026-12-04' })).toMatchObject({
      dueOn: '2028-03-01',
      ageAtDue: 74,
      status: 'not-yet',
    });
  });

  it('goes 50 → 60 → 65 → 70 after each on-time revalidation', () => {
    const dues = ['2004-01-10', '2014-02-01', '2019-01-01', '2023-12-01'].map(
      (lastRevalidatedOn) => known({ ...old, lastRevalidatedOn, today: lastRevalidatedOn }).dueOn,
    );
    expect(dues).toEqual(['2014-03-01', '2019-03-01', '2024-03-01', '2026-03-01']);
  });

  it('a licence first obtained at 52 is first due at 60', () => {
    expect(known({ issuedOn: '2006-06-01', birthDate: '1954-03-01', today: '2010-01-01' }).dueOn).toBe('2014-03-01');
  });

  it('1 Jan 2013 is still the old regime; 2 Jan 2013 is not', () => {
    expect(at({ issuedOn: '2013-01-01', birthDate: '1990-01-01', today: '2020-01-01' }).regime).toBe('until-2013');
    expect(at({ issuedOn: '2013-01-02', birthDate: '1990-01-01', today: '2020-01-01' }).regime).toBe('2013-2016');
  });
});

describe('licenceRevalidation — first issued 2 Jan 2013 – 29 Jul 2016 (the date on the card)', () => {
  const mid = { issuedOn: '2014-05-01', birthDate: '1980-07-20' };

  it('without the card date, asks for it', () => {
    const r = at({ ...mid, today: '2026-12-04' });
    expect(r).toEqual({ status: 'unknown', regime: '2013-2016', ageToday: 46, halfFee: false });
    expect(licenceRevalidationMessage(r).pt).toContain('campo 4b');
    expect(licenceRevalidationMessage(r).en).toContain('field 4b');
  });

  it('with the card date, goes by it', () => {
    expect(at({ ...mid, cardExpiresOn: '2029-05-01', today: '2028-12-01' })).toMatchObject({
      dueOn: '2029-05-01',
      windowOpensOn: '2028-11-01',
      status: 'open',
    });
  });

  it('29 Jul 2016 is the last day of this regime', () => {
    expect(at({ issuedOn: '2016-07-29', birthDate: '1990-01-01', today: '2020-01-01' }).status).toBe('unknown');
    expect(at({ issuedOn: '2016-07-30', birthDate: '1990-01-01', today: '2020-01-01' }).regime).toBe('from-2016');
  });
});

describe('licenceRevalidation — first issued from 30 Jul 2016 (every 15 years until 60, then 60, 65, 70, every 2)', () => {
  const young = { issuedOn: '2017-03-10', birthDate: '1990-06-15' };

  it('is first due 15 years after licensing, then 30, then at 60, 65, 70, 72', () => {
    const dues = [undefined, '2032-03-01', '2047-03-01', '2050-06-01', '2055-06-01', '2060-06-01'].map(
      (lastRevalidatedOn) =>
        known({
          ...young,
          today: lastRevalidatedOn ?? '2020-01-01',
          ...(lastRevalidatedOn ? { lastRevalidatedOn } : {}),
        }).dueOn,
    );
    expect(dues).toEqual(['2032-03-10', '2047-03-10', '2050-06-15', '2055-06-15', '2060-06-15', '2062-06-15']);
  });

  it('opens the window exactly 6 months before the due day', () => {
    expect(statusOn(young, '2031-09-09')).toBe('not-yet');
    expect(statusOn(young, '2031-09-10')).toBe('open');
    expect(statusOn(young, '2032-03-09')).toBe('open');
    expect(statusOn(young, '2032-03-10')).toBe('overdue');
  });

  it('needs a practical exam from 2 years after lapsing, and is lost after 5', () => {
    expect(statusOn(young, '2034-03-09')).toBe('overdue');
    expect(statusOn(young, '2034-03-10')).toBe('overdue-exam');
    expect(statusOn(young, '2037-03-10')).toBe('overdue-exam');
    expect(statusOn(young, '2037-03-11')).toBe('overdue-lost');
  });

  it('a driver first licensed at 58 or older first revalidates at 65; at 57, at 60', () => {
    expect(known({ issuedOn: '2017-01-01', birthDate: '1958-01-01', today: '2018-01-01' }).dueOn).toBe('2023-01-01');
    expect(known({ issuedOn: '2017-06-01', birthDate: '1960-01-01', today: '2018-01-01' }).dueOn).toBe('2020-01-01');
  });

  it('first licensed at 44: due at 59 (15 years) and again at 60', () => {
    const facts = { issuedOn: '2020-01-01', birthDate: '1976-01-01' };
    expect(known({ ...facts, today: '2021-01-01' }).dueOn).toBe('2035-01-01');
    expect(known({ ...facts, lastRevalidatedOn: '2035-01-01', today: '2035-01-01' }).dueOn).toBe('2036-01-01');
  });

  it('opens a window for a due day on 31 August on the last day of February', () => {
    expect(known({ issuedOn: '2017-08-31', birthDate: '1990-01-01', today: '2020-01-01' }).windowOpensOn).toBe(
      '2032-02-29',
    );
  });
});

describe('licenceRevalidation — 29 February birthdays', () => {
  const leapling = { issuedOn: '1975-06-01', birthDate: '1956-02-29' };

  it('falls due at 70 on 1 March 2026 and at 72 on 29 February 2028', () => {
    expect(at({ ...leapling, lastRevalidatedOn: '2021-01-01', today: '2025-09-01' })).toMatchObject({
      dueOn: '2026-03-01',
      windowOpensOn: '2025-09-01',
      ageAtDue: 70,
      status: 'open',
    });
    expect(known({ ...leapling, lastRevalidatedOn: '2025-10-01', today: '2025-10-01' }).dueOn).toBe('2028-02-29');
  });

  it('ends the overdue periods on 28 February when the anniversary has no 29th', () => {
    const r = at({ ...leapling, lastRevalidatedOn: '2026-03-01', today: '2030-03-01' });
    expect(r).toMatchObject({ dueOn: '2028-02-29', examFrom: '2030-02-28', status: 'overdue-exam' });
  });
});

describe('licenceRevalidation — half fee at 70+', () => {
  it('goes by the age on the day of the request, not at the due day', () => {
    const early = at({
      issuedOn: '1990-05-10',
      birthDate: '1954-03-01',
      lastRevalidatedOn: '2019-01-01',
      today: '2024-02-29',
    });
    expect(early).toMatchObject({ dueOn: '2024-03-01', ageAtDue: 70, ageToday: 69, halfFee: false, status: 'open' });
    const onBirthday = at({
      issuedOn: '1990-05-10',
      birthDate: '1954-03-01',
      lastRevalidatedOn: '2019-01-01',
      today: '2024-03-01',
    });
    expect(onBirthday).toMatchObject({ ageToday: 70, halfFee: true });
    expect(licenceRevalidationMessage(onBirthday).pt).toContain('metade da taxa');
    expect(licenceRevalidationMessage(early).en).not.toContain('half');
  });

  it('applies even when the due day cannot be worked out', () => {
    expect(at({ issuedOn: '2015-01-01', birthDate: '1945-01-01', today: '2026-01-01' })).toMatchObject({
      status: 'unknown',
      halfFee: true,
    });
  });
});

describe('licenceRevalidation — bad facts', () => {
  it('refuses dates out of order or malformed', () => {
    expect(() => at({ issuedOn: '1950-01-01', birthDate: '1954-03-01', today: '2026-01-01' })).toThrow(RangeError);
    expect(() => at({ issuedOn: '2027-01-01', birthDate: '1954-03-01', today: '2026-01-01' })).toThrow(RangeError);
    expect(() =>
      at({ issuedOn: '1990-01-01', birthDate: '1954-03-01', lastRevalidatedOn: '2027-01-01', today: '2026-01-01' }),
    ).toThrow(RangeError);
    expect(() =>
      at({ issuedOn: '2014-01-01', birthDate: '1954-03-01', cardExpiresOn: '2029-02-30', today: '2026-01-01' }),
    ).toThrow(RangeError);
  });
});

describe('licenceRevalidation — messages', () => {
  it('names the due day in plain words in both languages, for every status', () => {
    const facts = { issuedOn: '2017-03-10', birthDate: '1990-06-15' };
    for (const today of ['2030-01-01', '2031-12-01', '2033-01-01', '2035-01-01', '2040-01-01']) {
      const message = licenceRevalidationMessage(at({ ...facts, today }));
      expect(message.pt).toContain('10 de março de 2032');
      expect(message.en).toContain('10 March 2032');
    }
    expect(licenceRevalidationMessage(at({ ...facts, today: '2035-01-01' })).en).toContain('practical driving test');
    expect(licenceRevalidationMessage(at({ ...facts, today: '2040-01-01' })).pt).toContain('carta nova');
  });
});

describe('licenceRevalidation — properties', () => {
  const facts = fc
    .record({
      birthDate: isoDayBetween('1930-01-01', '2005-12-31'),
      licensedAfter: fc.integer({ min: 6_000, max: 25_000 }),
      todayAfter: fc.integer({ min: 0, max: 20_000 }),
      revalidatedAfter: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
    })
    .map(({ birthDate, licensedAfter, todayAfter, revalidatedAfter }) => {
      const plus = (day: string, n: number) =>
        new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const issuedOn = plus(birthDate, licensedAfter);
      const lastRevalidatedOn = revalidatedAfter === undefined ? undefined : plus(issuedOn, revalidatedAfter);
      const today = plus(lastRevalidatedOn ?? issuedOn, todayAfter);
      return { birthDate, issuedOn, today, ...(lastRevalidatedOn ? { lastRevalidatedOn } : {}) };
    })
    .filter((f) => !(f.issuedOn >= '2013-01-02' && f.issuedOn <= '2016-07-29'));

  it("is 'open' exactly when today is in the 6 months before the due day, and the statuses follow in order", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = known(f);
        const inWindow = compareIsoDays(r.windowOpensOn, f.today) <= 0 && compareIsoDays(f.today, r.dueOn) < 0;
        expect(r.status === 'open').toBe(inWindow);
        expect(r.status === 'not-yet').toBe(compareIsoDays(f.today, r.windowOpensOn) < 0);
        expect(r.status.startsWith('overdue')).toBe(compareIsoDays(f.today, r.dueOn) >= 0);
        expect(r.ageAtDue).toBe(r.ageAtDue | 0);
        expect(r.halfFee).toBe(r.ageToday >= 70);
      }),
    );
  });

  it('revalidating today, when allowed, moves the due day later; it never moves it earlier', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const before = known(f);
        const after = known({ ...f, lastRevalidatedOn: f.today });
        expect(compareIsoDays(after.dueOn, before.dueOn)).toBeGreaterThanOrEqual(0);
        if (before.status !== 'not-yet') {
          expect(compareIsoDays(after.dueOn, before.dueOn)).toBeGreaterThan(0);
          expect(compareIsoDays(after.dueOn, f.today)).toBeGreaterThan(0);
        }
      }),
    );
  });
});
