// What the take-home guide says (issue 6, item 3), in pt-PT (Acordo Ortográfico de 1990) and English;
// merged into src/i18n/messages.ts.

type Messages = Record<
  `guide.${
    | 'title'
    | 'intro'
    | 'steps'
    | 'noSteps'
    | 'needs'
    | 'where'
    | 'whereEntity'
    | 'noWhere'
    | 'qrTitle'
    | 'reference'
    | 'helplines'
    | 'print'
    | 'back'
    | 'notFound'
    | 'open'}`,
  string
>;

const pt: Messages = {
  'guide.title': 'Como fazer sozinho: {service}',
  'guide.intro': 'Guarde esta folha. Tem os passos para fazer este pedido sozinho, da próxima vez.',
  'guide.steps': 'Os passos',
  'guide.noSteps': 'O catálogo ainda não tem os passos deste serviço: peça ajuda no Espaço Cidadão.',
  'guide.needs': 'Vai precisar de',
  'guide.where': 'Onde fazer',
  'guide.whereEntity': 'Página da entidade',
  'guide.noWhere': 'Este serviço faz-se num balcão: não há página para o fazer pela internet.',
  'guide.qrTitle': 'Código QR com o endereço {url}',
  'guide.reference': 'A referência do seu pedido: {ref}',
  'guide.helplines': 'Se precisar de ajuda, ligue',
  'guide.print': 'Imprimir o guia',
  'guide.back': 'Voltar',
  'guide.notFound': 'Este serviço não está no catálogo deste dispositivo.',
  'guide.open': 'Guia para levar para casa',
};

const en: Messages = {
  'guide.title': 'How to do it on your own: {service}',
  'guide.intro': 'Keep this sheet. It has the steps to make this request on your own next time.',
  'guide.steps': 'The steps',
  'guide.noSteps': "The catalog does not have this service's steps yet: ask for help at the Citizen Spot.",
  'guide.needs': 'You will need',
  'guide.where': 'Where to do it',
  'guide.whereEntity': "The entity's page",
  'guide.noWhere': 'This service is done at a counter: there is no page to do it online.',
  'guide.qrTitle': 'QR code with the address {url}',
  'guide.reference': 'Your request reference: {ref}',
  'guide.helplines': 'If you need help, call',
  'guide.print': 'Print the guide',
  'guide.back': 'Back',
  'guide.notFound': "This service is not in this device's catalog.",
  'guide.open': 'Take-home guide',
};

export const guideMessages = { pt, en };
