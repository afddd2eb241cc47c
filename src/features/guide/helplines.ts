import type { Text } from '../../core/catalog/textSchema.ts';

export interface Helpline {
  name: Text;
  number: string;
}

/**
 * The public helplines a citizen can call when doing a service alone (../shared/domain/README.md,
 * "Useful phone lines", and the ISS emergency line 144 used after the 2017 fires).
 */
export const HELPLINES: readonly Helpline[] = [
  { name: { pt: 'Linha Cidadão', en: 'Citizen Line' }, number: '300 003 990' },
  { name: { pt: 'Linha Registo (IRN)', en: 'Registry Line (IRN)' }, number: '211 950 500' },
  { name: { pt: 'Finanças (AT)', en: 'Tax Authority (AT)' }, number: '217 206 707' },
  { name: { pt: 'Segurança Social', en: 'Social Security' }, number: '300 502 502' },
  {
    name: { pt: 'Linha Nacional de Emergência Social (24 horas)', en: 'National Social Emergency Line (24 hours)' },
    number: '144',
  },
];
