import type { Text } from '../catalog/catalogSchema.ts';
import type { LicenceRevalidation } from './licenceRevalidation.ts';
import { spokenDay } from './spokenDay.ts';

/** What to tell the citizen (and the mediator) about a licence's revalidation, in plain words. */
export function licenceRevalidationMessage(result: LicenceRevalidation): Text {
  const status = statusMessage(result);
  if (!result.halfFee) return status;
  return {
    pt: `${status.pt} Como tem 70 anos ou mais, paga metade da taxa.`,
    en: `${status.en} At 70 or over, the fee is half.`,
  };
}

function statusMessage(result: LicenceRevalidation): Text {
  if (result.status === 'unknown') {
    return {
      pt: 'Veja na carta a data de validade (campo 4b) e escreva-a aqui: nas cartas tiradas entre 2 de janeiro de 2013 e 29 de julho de 2016, é essa a data em que a carta tem de ser revalidada.',
      en: 'Please read the expiry date on the licence (field 4b) and enter it here: for licences obtained between 2 January 2013 and 29 July 2016, that is the date by which it must be renewed.',
    };
  }
  const due = spokenDay(result.dueOn);
  switch (result.status) {
    case 'not-yet': {
      const opens = spokenDay(result.windowOpensOn);
      return {
        pt: `Ainda é cedo para revalidar a carta. A carta deixa de ser válida a ${due.pt}; pode pedir a revalidação a partir de ${opens.pt}.`,
        en: `It is too early to renew this licence. It stops being valid on ${due.en}; renewal can be requested from ${opens.en}.`,
      };
    }
    case 'open':
      return {
        pt: `Já pode revalidar a carta. A carta deixa de ser válida a ${due.pt}.`,
        en: `The licence can be renewed now. It stops being valid on ${due.en}.`,
      };
    case 'overdue': {
      const exam = spokenDay(result.examFrom);
      return {
        pt: `A carta deixou de ser válida a ${due.pt} e, até ser revalidada, não pode conduzir. Ainda pode revalidá-la sem exame, se fizer o pedido antes de ${exam.pt}.`,
        en: `The licence stopped being valid on ${due.en}, and it cannot be used to drive until it is renewed. It can still be renewed without a driving test if the request is made before ${exam.en}.`,
      };
    }
    case 'overdue-exam':
      return {
        pt: `A carta deixou de ser válida a ${due.pt}, há 2 anos ou mais. Para a revalidar, é preciso fazer um exame prático de condução.`,
        en: `The licence stopped being valid on ${due.en}, 2 or more years ago. To renew it, a practical driving test is needed.`,
      };
    case 'overdue-lost':
      return {
        pt: `A carta deixou de ser válida a ${due.pt}, há mais de 5 anos, e já não pode ser revalidada. Para voltar a conduzir, é preciso tirar uma carta nova, com exames. Confirme junto do IMT.`,
        en: `The licence stopped being valid on ${due.en}, more than 5 years ago, and can no longer be renewed. To drive again, a new licence is needed, with driving tests. Please confirm with IMT.`,
      };
  }
}
