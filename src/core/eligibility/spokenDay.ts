import type { Text } from '../catalog/catalogSchema.ts';
import { parseIsoDay } from './isoDay.ts';

// Month names by hand rather than Intl: the same words on every device and in the hub, whatever ICU data it has.
const MONTHS_PT = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
] as const;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A day as people say it: "1 de março de 2024" / "1 March 2024" — no 01/03 vs 03/01 confusion. */
export function spokenDay(isoDay: string): Text {
  const { year, month, day } = parseIsoDay(isoDay);
  return { pt: `${day} de ${MONTHS_PT[month - 1]} de ${year}`, en: `${day} ${MONTHS_EN[month - 1]} ${year}` };
}
