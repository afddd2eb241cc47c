import type { Text } from '../catalog/catalogSchema.ts';
import type { CitizenCardRenewalAtSpot } from './citizenCardRenewalAtSpot.ts';

/** What to tell the citizen about renewing the Citizen Card at this spot, in plain words. */
export function citizenCardRenewalMessage(result: CitizenCardRenewalAtSpot): Text {
  if (result.eligible) {
    return {
      pt: 'Pode renovar aqui o Cartão de Cidadão, desde que não mudem a fotografia, as impressões digitais nem a assinatura.',
      en: 'The Citizen Card can be renewed here, as long as the photo, fingerprints and signature stay the same.',
    };
  }
  // INTERPRETED: where to go instead — an IRN desk that collects biometric data (registry office or Loja do
  // Cidadão); the README says only that spots renew for 25+.
  return {
    pt: 'Antes dos 25 anos, o Cartão de Cidadão não se renova num Espaço Cidadão. Tem de ir a um balcão do IRN, como uma conservatória ou uma Loja do Cidadão.',
    en: 'Under 25, the Citizen Card cannot be renewed at a Citizen Spot. It has to be done at an IRN desk, such as a registry office or a Citizen Shop (Loja do Cidadão).',
  };
}
