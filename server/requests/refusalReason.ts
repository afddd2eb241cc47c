import type { RequestProblem } from '../../src/core/attendance/checkRequest.ts';
import type { Text } from '../../src/core/catalog/textSchema.ts';
import { DELIVERY_CODES } from '../../src/core/sync/deliveryProtocol.ts';
import type { SealedRequestCode } from './checkSealedRequest.ts';
import { INTAKE_CODES } from './INTAKE_CODES.ts';

export type RefusalCode = SealedRequestCode | typeof INTAKE_CODES.digestMismatch | typeof DELIVERY_CODES.conflict;

/** How many of a request's problems the reason spells out; the mediator opens the request for the rest. */
const PROBLEMS_SHOWN = 3;

const REASONS: Record<Exclude<RefusalCode, 'request-invalid'>, Text> = {
  [DELIVERY_CODES.conflict]: {
    pt:
      'O hub já recebeu um pedido com este número, mas com outro conteúdo, e não o substituiu. Compare-o com o ' +
      'recibo do hub: se este é o certo, faça um pedido corrigido; se não, arquive-o com uma nota.',
    en:
      'The hub already received a request with this number but other content, and did not replace it. Compare it ' +
      'with the hub’s receipt: if this one is right, make a corrected request; if not, archive it with a note.',
  },
  [INTAKE_CODES.digestMismatch]: {
    pt:
      'O conteúdo deste pedido não confere com a impressão digital com que foi guardado: pode ter-se danificado ' +
      'neste dispositivo. Não o apague: faça um pedido corrigido e avise o coordenador.',
    en:
      'This request’s content does not match the fingerprint it was saved with: it may have been damaged on this ' +
      'device. Do not delete it: make a corrected request and tell the coordinator.',
  },
  'seal-malformed': {
    pt: 'O pedido não chegou selado como o hub espera (pode estar danificado). Faça um pedido corrigido e avise o coordenador.',
    en: 'The request did not arrive sealed the way the hub expects (it may be damaged). Make a corrected request and tell the coordinator.',
  },
  'seal-unknown-key': {
    pt:
      'O pedido foi selado com uma chave que este hub não tem: o dispositivo pode estar ligado a outro hub. ' +
      'Avise o coordenador antes de fazer um pedido corrigido.',
    en:
      'The request was sealed with a key this hub does not have: the device may belong to another hub. Tell ' +
      'the coordinator before you make a corrected request.',
  },
  'seal-tampered': {
    pt: 'O pedido foi alterado depois de selado e o hub não o pode aceitar. Faça um pedido corrigido e avise o coordenador.',
    en: 'The request was changed after it was sealed, and the hub cannot accept it. Make a corrected request and tell the coordinator.',
  },
  'payload-shape': {
    pt:
      'O pedido abriu, mas não tem a forma que o hub conhece (a aplicação pode estar desatualizada). Atualize a ' +
      'aplicação, faça um pedido corrigido e avise o coordenador se voltar a acontecer.',
    en:
      'The request opened, but is not in a shape the hub knows (the app may be out of date). Update the app, make ' +
      'a corrected request, and tell the coordinator if it happens again.',
  },
  'binding-mismatch': {
    pt:
      'Este pedido foi selado por outro dispositivo ou com outro número, e só o dispositivo que o selou o pode ' +
      'enviar com o seu número. Envie-o desse dispositivo ou avise o coordenador.',
    en:
      'This request was sealed by another device or under another number, and only the device that sealed it can ' +
      'send it, under its own number. Send it from that device or tell the coordinator.',
  },
  'unknown-service': {
    pt:
      'O hub não conhece o serviço deste pedido. Peça ao coordenador que confirme o catálogo do hub; depois faça ' +
      'um pedido corrigido.',
    en:
      'The hub does not know this request’s service. Ask the coordinator to check the hub’s catalog, then make a ' +
      'corrected request.',
  },
  'unknown-form': {
    pt:
      'O hub não conhece a versão do formulário deste pedido. Peça ao coordenador que confirme o catálogo do hub; ' +
      'depois faça um pedido corrigido.',
    en:
      'The hub does not know the form version of this request. Ask the coordinator to check the hub’s catalog, ' +
      'then make a corrected request.',
  },
  'request-unjudgeable': {
    pt:
      'O hub não consegue calcular a taxa deste pedido com o catálogo que tem (por exemplo, uma isenção que deixou ' +
      'de existir). Faça um pedido corrigido com a taxa atual.',
    en:
      'The hub cannot work out this request’s fee with the catalog it has (for example, an exemption that no ' +
      'longer exists). Make a corrected request with the current fee.',
  },
};

const PROBLEMS: Record<Exclude<RequestProblem['code'], 'answers'>, Text> = {
  'identity-missing': {
    pt: 'Falta a confirmação da identidade do cidadão.',
    en: 'The citizen’s identity check is missing.',
  },
  'identity-document': {
    pt: 'O documento de identificação não é um dos aceites.',
    en: 'The identity document is not one of those accepted.',
  },
  'identity-last4': {
    pt: 'Os últimos 4 carateres do documento de identificação não estão bem escritos.',
    en: 'The last 4 characters of the identity document are not written correctly.',
  },
  'payment-missing': { pt: 'Falta o pagamento da taxa.', en: 'The fee’s payment is missing.' },
  'payment-not-due': {
    pt: 'Foi registado um pagamento num pedido sem taxa.',
    en: 'A payment was recorded on a request with no fee.',
  },
  'payment-method': { pt: 'O meio de pagamento não é um dos aceites.', en: 'The payment method is not one accepted.' },
  'multibanco-reference': {
    pt: 'A entidade ou a referência Multibanco não estão bem escritas.',
    en: 'The Multibanco entity or reference is not written correctly.',
  },
  'form-mismatch': {
    pt: 'O formulário não é o deste serviço.',
    en: 'The form is not this service’s form.',
  },
  'fee-unknown': {
    pt: 'A taxa escolhida não existe no catálogo do hub.',
    en: 'The chosen fee does not exist in the hub’s catalog.',
  },
  'fee-mismatch': {
    pt: 'O valor da taxa ou a sua divisão não confere com o catálogo do hub.',
    en: 'The fee’s amount or its split does not match the hub’s catalog.',
  },
  'attachment-unlisted': {
    pt: 'Um anexo de uma resposta não está na lista de anexos do pedido.',
    en: 'An attachment in an answer is not in the request’s list of attachments.',
  },
  'consent-missing': {
    pt: 'Falta o consentimento do cidadão.',
    en: 'The citizen’s consent is missing.',
  },
};

/**
 * What the mediator reads on a request the hub refused for good, in pt-PT and English: what is wrong and
 * what to do (a corrected request, or a word with the coordinator). Never a value from the request: the
 * problems of `request-invalid` are told as the app tells them before sealing, by field, not by answer.
 */
export function refusalReason(code: RefusalCode, problems: readonly RequestProblem[] = []): Text {
  if (code !== 'request-invalid') return REASONS[code];
  const all = problems.flatMap((problem): Text[] =>
    problem.code === 'answers' ? problem.errors.map((error) => error.message) : [PROBLEMS[problem.code]],
  );
  const told = all.slice(0, PROBLEMS_SHOWN);
  const more = all.length - told.length;
  const list = (lang: keyof Text) => told.map((text) => text[lang]).join(' ');
  return {
    pt:
      `O hub recusou o pedido porque não cumpre as regras do serviço. ${list('pt')}` +
      `${more > 0 ? ` (E mais ${more}.)` : ''} Abra-o e faça um pedido corrigido.`,
    en:
      `The hub refused the request because it does not meet the service’s rules. ${list('en')}` +
      `${more > 0 ? ` (And ${more} more.)` : ''} Open it and make a corrected request.`,
  };
}
