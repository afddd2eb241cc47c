import { ageOn } from './ageOn.ts';
import { addYears, birthdayAt, compareIsoDays } from './isoDay.ts';

// Revalidation of a driving licence of group I (categories AM, A1, A2, A, B1, B, BE, mopeds and tractors), in three
// regimes chosen by the day the driver was first licensed. Source for every rule here unless another is named:
// https://expresso.pt/multimedia/minuto-consumidor/2023-10-08-Minuto-Consumidor-cuidado-Nao-deixe-caducar-a-sua-carta-de-conducao-75cf5d4e
// as summarised in /work/shared/domain/README.md ("Driving-licence revalidation ages"). Where IMT's own list was
// needed to settle a detail, it is cited as quoted by https://jornaleconomico.sapo.pt/noticias/saiba-quando-renovar-a-sua-carta-de-conducao-369300
// Group II (lorries, buses, professional drivers) has other ages and is out of scope.

export type LicenceRegime = 'until-2013' | '2013-2016' | 'from-2016';

/**
 * Which regime, by the day of first licensing (inclusive bounds). INTERPRETED: the README says "issued"; IMT counts
 * from the day the driver first qualified ("data em que foi obtido pela primeira vez", jornaleconomico), not the day
 * the card in hand was printed, so `issuedOn` means that first day.
 */
export const LICENCE_REGIMES: readonly {
  regime: LicenceRegime;
  firstLicensedFrom: string;
  firstLicensedUntil: string;
}[] = [
  { regime: 'until-2013', firstLicensedFrom: '0000-01-01', firstLicensedUntil: '2013-01-01' },
  { regime: '2013-2016', firstLicensedFrom: '2013-01-02', firstLicensedUntil: '2016-07-29' },
  { regime: 'from-2016', firstLicensedFrom: '2016-07-30', firstLicensedUntil: '9999-12-31' },
];

export function licenceRegime(issuedOn: string): LicenceRegime {
  const found = LICENCE_REGIMES.find(
    (r) => compareIsoDays(r.firstLicensedFrom, issuedOn) <= 0 && compareIsoDays(issuedOn, r.firstLicensedUntil) <= 0,
  );
  if (!found) throw new RangeError(`no licence regime for ${issuedOn}`);
  return found.regime;
}

/** Everyone revalidates at 65 and at 70, whatever the regime, then every 2 years after 70 (72, 74, …). */
export const COMMON_AGES_BEFORE_70 = [65] as const;
export const EVERY_YEARS_AFTER_70 = 2;
/** Licences first issued up to 1 Jan 2013: at 50 and 60, then the common ages. */
export const UNTIL_2013_AGES = [50, 60] as const;
/** From 30 Jul 2016: every 15 years from first licensing while the driver is under 60. */
export const YEARS_BETWEEN_UNDER_60 = 15;
/**
 * From 30 Jul 2016, a driver first licensed at 58 or older first revalidates at 65 (IMT's note, jornaleconomico).
 * INTERPRETED: the expresso summary omits it; it is IMT's rule and is applied only in that regime, as IMT states it.
 */
export const FIRST_AT_65_IF_LICENSED_AT = 58;

/** Every birthday from 70 on that falls due: 70, 72, 74 … (INTERPRETED: "every 2 years" counted from the 70th birthday). */
function* fromSeventy(birthDate: string): Generator<string> {
  for (let age = 70; ; age += EVERY_YEARS_AFTER_70) yield birthdayAt(birthDate, age);
}

/**
 * The days a licence falls due, in order, for the regimes that can be worked out from dates alone. A due day is the
 * birthday itself: the licence is valid until the day before ("até à véspera", standvirtual.com quoting IMT), so on
 * that day it has lapsed. The 2013–2016 regime has no schedule here: its first due day is printed on the card.
 */
export function* revalidationDays(
  regime: Exclude<LicenceRegime, '2013-2016'>,
  issuedOn: string,
  birthDate: string,
): Generator<string> {
  if (regime === 'until-2013') {
    for (const age of UNTIL_2013_AGES) yield birthdayAt(birthDate, age);
  } else {
    const sixtieth = birthdayAt(birthDate, 60);
    if (ageOn(birthDate, issuedOn) < FIRST_AT_65_IF_LICENSED_AT) {
      // INTERPRETED: "every 15 years until 60, then 60" is read literally: a 15-year day before the 60th birthday
      // is due, and the 60th birthday is due as well (IMT lists "60 anos, com atestado médico" in every regime),
      // even when the two fall close together (first licensed at 44: due at 59 and at 60).
      for (let k = 1; ; k += 1) {
        const day = addYears(issuedOn, YEARS_BETWEEN_UNDER_60 * k);
        if (compareIsoDays(day, sixtieth) >= 0) break;
        yield day;
      }
      yield sixtieth;
    }
  }
  for (const age of COMMON_AGES_BEFORE_70) yield birthdayAt(birthDate, age);
  yield* fromSeventy(birthDate);
}
