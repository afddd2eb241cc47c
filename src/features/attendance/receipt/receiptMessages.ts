// Strings of this part of the attendance, in pt-PT (Acordo Ortográfico de 1990) and English; merged into
// src/i18n/messages.ts, so t() reads them and the same checks cover them. `en` is typed on `pt`'s keys.
// `receipt.` is the completed request's receipt; `answers.` is the read-only view of a form's answers.

const pt = {
  'receipt.title': 'Comprovativo de pedido',
  'receipt.reference': 'Referência do pedido',
  'receipt.qrTitle': 'Código QR do pedido {ref}',
  'receipt.details': 'Dados do pedido',
  'receipt.service': 'Serviço',
  'receipt.fee': 'Valor',
  'receipt.free': 'Sem custo',
  'receipt.payment': 'Pagamento',
  'receipt.payment.cash': 'Numerário',
  'receipt.payment.card-terminal': 'Cartão, no terminal de pagamento',
  'receipt.payment.multibanco-reference': 'Referência Multibanco, a pagar depois',
  'receipt.payment.none': 'Nada a pagar',
  'receipt.multibanco': '— Entidade {entity}, Referência {reference}',
  'receipt.completedAt': 'Data e hora',
  'receipt.spot': 'Espaço Cidadão',
  'receipt.mediator': 'Mediador',
  'receipt.replaces': 'Este pedido corrige e substitui o pedido {ref}.',
  'receipt.pending': 'Pendente de envio — só é definitivo depois de enviado',
  'receipt.hubRef': 'Referência definitiva',
  'receipt.receivedAt': 'Recebido em {when}',
  'receipt.print': 'Imprimir comprovativo',
  'receipt.paper': 'Papel da impressão',
  'receipt.paper.a4': 'A4',
  'receipt.paper.80mm': 'Talão 80 mm',

  'answers.yes': 'Sim',
  'answers.no': 'Não',
  'answers.blank': 'Sem resposta',
  'answers.images.one': '{count} imagem',
  'answers.images.other': '{count} imagens',
  'answers.imagesWithSize': '{images} ({size})',
} as const;

type Key = keyof typeof pt;

const en: Record<Key, string> = {
  'receipt.title': 'Request receipt',
  'receipt.reference': 'Request reference',
  'receipt.qrTitle': 'QR code of request {ref}',
  'receipt.details': 'Request details',
  'receipt.service': 'Service',
  'receipt.fee': 'Amount',
  'receipt.free': 'No charge',
  'receipt.payment': 'Payment',
  'receipt.payment.cash': 'Cash',
  'receipt.payment.card-terminal': 'Card, at the payment terminal',
  'receipt.payment.multibanco-reference': 'Multibanco reference, to pay later',
  'receipt.payment.none': 'Nothing to pay',
  'receipt.multibanco': '— Entity {entity}, Reference {reference}',
  'receipt.completedAt': 'Date and time',
  'receipt.spot': 'Citizen Spot',
  'receipt.mediator': 'Mediator',
  'receipt.replaces': 'This request corrects and replaces request {ref}.',
  'receipt.pending': 'Pending delivery — final only once it has been sent',
  'receipt.hubRef': 'Final reference',
  'receipt.receivedAt': 'Received on {when}',
  'receipt.print': 'Print receipt',
  'receipt.paper': 'Paper to print on',
  'receipt.paper.a4': 'A4',
  'receipt.paper.80mm': '80 mm receipt roll',

  'answers.yes': 'Yes',
  'answers.no': 'No',
  'answers.blank': 'No answer',
  'answers.images.one': '{count} image',
  'answers.images.other': '{count} images',
  'answers.imagesWithSize': '{images} ({size})',
};

export const receiptMessages = { pt, en };
