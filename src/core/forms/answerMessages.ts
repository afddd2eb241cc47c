import type { Text } from '../catalog/textSchema.ts';
import type { AnswerErrorCode } from './checkAnswer.ts';
import { DEFAULT_MAX_LENGTH } from './checkAnswer.ts';
import type { FormField } from './formDefinitionSchema.ts';

/**
 * What to tell the person at the keyboard, in pt-PT and English: what is wrong and how to fix it, never
 * the value itself (the summary at the top of the form may be seen by whoever stands beside the desk).
 */
export function answerMessage(field: FormField, code: AnswerErrorCode): Text {
  switch (code) {
    case 'required':
      return requiredMessage(field);
    case 'not-text':
      return { pt: 'Escreva a resposta como texto.', en: 'Type the answer as text.' };
    case 'too-long': {
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH;
      return {
        pt: `O texto tem mais de ${max} caracteres: encurte-o.`,
        en: `The text is longer than ${max} characters: shorten it.`,
      };
    }
    case 'not-a-number':
      return {
        pt: 'Escreva só um número, em algarismos (por exemplo 12 ou 12,5).',
        en: 'Type a number in digits only (for example 12 or 12.5).',
      };
    case 'below-min':
      return {
        pt: `O número não pode ser menor do que ${formatNumber(field.min, 'pt')}: corrija-o.`,
        en: `The number cannot be less than ${formatNumber(field.min, 'en')}: correct it.`,
      };
    case 'above-max':
      return {
        pt: `O número não pode ser maior do que ${formatNumber(field.max, 'pt')}: corrija-o.`,
        en: `The number cannot be more than ${formatNumber(field.max, 'en')}: correct it.`,
      };
    case 'not-a-date':
      return {
        pt: 'A data não existe no calendário: verifique o dia, o mês e o ano.',
        en: 'That date does not exist: check the day, the month and the year.',
      };
    case 'before-min':
      return {
        pt: `A data não pode ser anterior a ${formatDate(field.min, 'pt')}: corrija-a.`,
        en: `The date cannot be before ${formatDate(field.min, 'en')}: correct it.`,
      };
    case 'after-max':
      return {
        pt: `A data não pode ser posterior a ${formatDate(field.max, 'pt')}: corrija-a.`,
        en: `The date cannot be after ${formatDate(field.max, 'en')}: correct it.`,
      };
    case 'not-an-option':
      return { pt: 'Escolha uma das opções da lista.', en: 'Choose one of the options in the list.' };
    case 'not-yes-no':
      return { pt: 'Responda sim ou não.', en: 'Answer yes or no.' };
    case 'nif-format':
      return {
        pt: 'O NIF tem 9 algarismos, sem espaços nem letras: verifique se foi bem escrito.',
        en: 'The NIF has 9 digits, with no spaces or letters: check it was typed correctly.',
      };
    case 'nif-prefix':
      return {
        pt: 'Nenhum NIF começa por estes algarismos: verifique os primeiros algarismos.',
        en: 'No NIF starts with these digits: check the first digits.',
      };
    case 'nif-check-digit':
      return {
        pt: 'O NIF tem 9 algarismos e o último não confere: verifique se foi bem escrito.',
        en: 'The NIF has 9 digits and the last one does not match: check it was typed correctly.',
      };
    case 'niss-format':
      return {
        pt: 'O NISS tem 11 algarismos e começa por 1 (pessoas) ou 2 (entidades): verifique se foi bem escrito.',
        en: 'The NISS has 11 digits and starts with 1 (people) or 2 (organisations): check it was typed correctly.',
      };
    case 'niss-check-digit':
      return {
        pt: 'O NISS tem 11 algarismos e o último não confere: verifique se foi bem escrito.',
        en: 'The NISS has 11 digits and the last one does not match: check it was typed correctly.',
      };
    case 'postal-code-format':
      return {
        pt: 'O código postal escreve-se 1234-567: quatro algarismos, hífen e três algarismos.',
        en: 'A postal code is written 1234-567: four digits, a dash and three digits.',
      };
    case 'phone-format':
      return {
        pt: 'Escreva um número português de 9 algarismos: fixo (começa por 2) ou telemóvel (91, 92, 93 ou 96).',
        en: 'Type a 9-digit Portuguese number: a landline (starts with 2) or a mobile (91, 92, 93 or 96).',
      };
    case 'email-format':
      return {
        pt: 'O email não está completo: deve ter a forma nome@exemplo.pt, sem espaços.',
        en: 'The email is not complete: it should look like name@example.pt, with no spaces.',
      };
    case 'iban-format':
      return {
        pt: 'O IBAN português começa por PT50 e tem mais 21 algarismos: verifique se está completo.',
        en: 'A Portuguese IBAN starts with PT50 followed by 21 digits: check it is complete.',
      };
    case 'iban-check-digits':
      return {
        pt: 'O IBAN tem o tamanho certo mas os algarismos não conferem: verifique se foi bem escrito.',
        en: 'The IBAN has the right length but its digits do not match: check it was typed correctly.',
      };
    case 'document-number-format':
      return field.document === 'other'
        ? {
            pt: 'Escreva o número do documento tal como está impresso: letras e algarismos.',
            en: 'Type the document number as printed on it: letters and digits.',
          }
        : {
            pt: 'O número do Cartão de Cidadão escreve-se 12345678 9 ZZ0: 9 algarismos, 2 letras e 1 algarismo.',
            en: 'A Citizen Card number is written 12345678 9 ZZ0: 9 digits, 2 letters and 1 digit.',
          };
    case 'document-number-check-digit':
      return {
        pt: 'O número do Cartão de Cidadão não confere: verifique cada algarismo e as duas letras.',
        en: 'The Citizen Card number does not match: check each digit and the two letters.',
      };
    case 'attachment-missing':
      return {
        pt: 'O anexo não ficou guardado: junte a fotografia ou o ficheiro de novo.',
        en: 'The attachment was not saved: add the photo or the file again.',
      };
  }
}

function requiredMessage(field: FormField): Text {
  switch (field.kind) {
    case 'choice':
      return { pt: 'Escolha uma opção: é obrigatório.', en: 'Choose an option: it is required.' };
    case 'yes-no':
      return { pt: 'Responda sim ou não: é obrigatório.', en: 'Answer yes or no: it is required.' };
    case 'attachment':
      return {
        pt: 'Junte a fotografia ou o ficheiro: é obrigatório.',
        en: 'Add the photo or the file: it is required.',
      };
    default:
      return { pt: 'Preencha este campo: é obrigatório.', en: 'Fill in this field: it is required.' };
  }
}

function formatNumber(bound: number | string | undefined, language: 'pt' | 'en'): string {
  return language === 'pt' ? String(bound).replace('.', ',') : String(bound);
}

/** 2025-03-01 reads 01/03/2025 in Portugal; English keeps the unambiguous ISO form. */
function formatDate(bound: number | string | undefined, language: 'pt' | 'en'): string {
  const iso = String(bound);
  if (language === 'en') return iso;
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
