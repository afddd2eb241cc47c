// What the attendance says to the mediator (issue 4, item 2), in pt-PT (Acordo Ortográfico de 1990) and
// English; merged into src/i18n/messages.ts, so t() reads them and the same checks cover them. Sections
// typed on the core's codes, so a priority, outcome or problem without a message does not compile.
import type { IdentityDocument, Outcome, PaymentMethod, Priority } from '../../core/attendance/attendanceTerms.ts';
import type { IdentityProblem } from '../../core/attendance/checkIdentity.ts';
import type { PaymentProblem } from '../../core/attendance/checkPayment.ts';

type Section<Prefix extends string, Code extends string> = Record<`${Prefix}${Code}`, string>;
type StepName = 'start' | 'service' | 'checklist' | 'eligibility' | 'identity' | 'fee' | 'review';
type Messages = Section<'attendance.priority.', Priority> &
  Section<'attendance.outcome.', Outcome> &
  Section<'attendance.payment.', PaymentMethod> &
  Section<'attendance.document.', IdentityDocument> &
  Section<'attendance.problem.', IdentityProblem | PaymentProblem> &
  Section<'attendance.step.', StepName> &
  Section<
    'attendance.',
    | 'home.title'
    | 'home.intro'
    | 'new'
    | 'startService'
    | 'locked'
    | 'locked.action'
    | 'loading'
    | 'notFound'
    | 'unreadable'
    | 'drafts.title'
    | 'drafts.none'
    | 'drafts.noService'
    | 'drafts.started'
    | 'drafts.resume'
    | 'drafts.discard'
    | 'drafts.discardConfirm'
    | 'drafts.discardYes'
    | 'drafts.discardNo'
    | 'drafts.discarded'
    | 'requests.title'
    | 'requests.none'
    | 'requests.open'
    | 'requests.state.queued'
    | 'requests.state.sending'
    | 'requests.state.retry'
    | 'requests.state.delivered'
    | 'requests.state.attention'
    | 'progress'
    | 'stepsLabel'
    | 'back'
    | 'next'
    | 'draft.saving'
    | 'draft.saved'
    | 'draft.failed'
    | 'citizenTypes'
    | 'citizenTypes.on'
    | 'citizenTypes.hint'
    | 'priority.legend'
    | 'priority.none'
    | 'priority.hint'
    | 'service.search'
    | 'service.searchHint'
    | 'service.none'
    | 'service.choose'
    | 'service.required'
    | 'service.noForm'
    | 'checklist.intro'
    | 'checklist.optional'
    | 'checklist.none'
    | 'checklist.missing'
    | 'checklist.endMissing'
    | 'checklist.bringNext'
    | 'eligibility.intro'
    | 'eligibility.birthDate'
    | 'eligibility.licenceIssuedOn'
    | 'eligibility.lastRevalidatedOn'
    | 'eligibility.cardExpiresOn'
    | 'eligibility.dateHint'
    | 'eligibility.needFacts'
    | 'eligibility.badDate'
    | 'eligibility.result'
    | 'eligibility.halfFee'
    | 'identity.intro'
    | 'identity.documentLegend'
    | 'identity.last4'
    | 'identity.last4Hint'
    | 'fee.amount'
    | 'fee.free'
    | 'fee.variant'
    | 'fee.exemption'
    | 'fee.noExemption'
    | 'fee.age'
    | 'fee.needsAge'
    | 'fee.unknown'
    | 'fee.split'
    | 'fee.splitEntity'
    | 'fee.splitShare'
    | 'fee.splitAmount'
    | 'fee.paymentLegend'
    | 'fee.mbEntity'
    | 'fee.mbEntityHint'
    | 'fee.mbReference'
    | 'fee.mbReferenceHint'
    | 'fee.errorTitle'
    | 'review.intro'
    | 'review.answers'
    | 'review.identity'
    | 'review.identityValue'
    | 'review.fee'
    | 'review.priority'
    | 'review.replaces'
    | 'review.consent'
    | 'review.complete'
    | 'review.completing'
    | 'review.errorTitle'
    | 'review.goToStep'
    | 'review.answersInvalid'
    | 'review.no-service'
    | 'review.no-identity'
    | 'review.fee-unknown'
    | 'review.no-consent'
    | 'review.noHubKey'
    | 'review.storageFull'
    | 'review.alreadyCompleted'
    | 'review.failed'
    | 'review.feeMismatch'
    | 'review.attachmentMissing'
    | 'end.open'
    | 'end.legend'
    | 'end.confirm'
    | 'end.cancel'
    | 'end.done'
    | 'end.failed'
    | 'end.print'
    | 'request.title'
    | 'request.saved'
    | 'request.savedDetail'
    | 'request.readOnly'
    | 'request.correct'
    | 'request.state'
    | 'request.notFound'
    | 'request.back'
    | 'errorTitle'
    | 'attachment.tooLarge'
    | 'attachment.tooMany'
    | 'attachment.storageFull'
  >;

const pt: Messages = {
  'attendance.home.title': 'Atendimentos',
  'attendance.home.intro':
    'Cada atendimento fica guardado neste dispositivo, cifrado com a sua chave, até ser concluído ou descartado.',
  'attendance.new': 'Novo atendimento',
  'attendance.startService': 'Iniciar atendimento deste serviço',
  'attendance.locked':
    'Para atender, entre como mediador: os dados dos cidadãos só se abrem com a sua chave, neste dispositivo.',
  'attendance.locked.action': 'Entrar como mediador',
  'attendance.loading': 'A abrir o atendimento…',
  'attendance.notFound':
    'Este atendimento já não está em curso: foi concluído ou descartado. Os pedidos concluídos estão na lista de atendimentos.',
  'attendance.unreadable':
    'Este atendimento pertence a outro mediador: só quem o começou o pode abrir, com a sua chave.',
  'attendance.drafts.title': 'Atendimentos em curso',
  'attendance.drafts.none': 'Não há atendimentos em curso.',
  'attendance.drafts.noService': 'Serviço por escolher',
  'attendance.drafts.started': 'começado {time}',
  'attendance.drafts.resume': 'Retomar',
  'attendance.drafts.discard': 'Descartar',
  'attendance.drafts.discardConfirm':
    'Descartar este atendimento? O que foi escrito perde-se e não pode ser recuperado.',
  'attendance.drafts.discardYes': 'Sim, descartar',
  'attendance.drafts.discardNo': 'Não, manter',
  'attendance.drafts.discarded': 'O atendimento foi descartado.',
  'attendance.requests.title': 'Pedidos concluídos neste dispositivo',
  'attendance.requests.none': 'Ainda não há pedidos concluídos neste dispositivo.',
  'attendance.requests.open': 'Ver o pedido {ref}',
  'attendance.requests.state.queued': 'Por enviar',
  'attendance.requests.state.sending': 'A enviar',
  'attendance.requests.state.retry': 'Nova tentativa em breve',
  'attendance.requests.state.delivered': 'Entregue',
  'attendance.requests.state.attention': 'Precisa de atenção',
  'attendance.progress': 'Passo {current} de {total}',
  'attendance.stepsLabel': 'Passos do atendimento',
  'attendance.back': 'Anterior',
  'attendance.next': 'Seguinte',
  'attendance.draft.saving': 'A guardar o rascunho…',
  'attendance.draft.saved': 'Rascunho guardado às {time}',
  'attendance.draft.failed':
    'O rascunho não foi guardado: o armazenamento deste dispositivo está cheio ou bloqueado. O que escreveu continua neste ecrã; liberte espaço e continue.',
  'attendance.citizenTypes': 'O cidadão escreve',
  'attendance.citizenTypes.on': 'O teclado está com o cidadão.',
  'attendance.citizenTypes.hint': 'Passa o teclado ao cidadão para que escreva os seus dados, com o mediador ao lado.',
  'attendance.priority.legend': 'Atendimento prioritário',
  'attendance.priority.hint':
    'Têm prioridade, por lei (Decreto-Lei n.º 58/2016): pessoas com deficiência ou incapacidade, pessoas com 65 ou mais anos, grávidas e pessoas com crianças de colo.',
  'attendance.priority.none': 'Sem prioridade',
  'attendance.priority.disability': 'Pessoa com deficiência ou incapacidade',
  'attendance.priority.senior': 'Pessoa com 65 ou mais anos',
  'attendance.priority.pregnancy': 'Grávida',
  'attendance.priority.infant': 'Pessoa acompanhada de criança de colo',
  'attendance.service.search': 'Procurar o serviço',
  'attendance.service.searchHint': 'Escreva parte do nome, por exemplo «carta» ou «cartão».',
  'attendance.service.none': 'Nenhum serviço deste espaço corresponde ao que escreveu.',
  'attendance.service.choose': 'Escolher {service}',
  'attendance.service.required': 'Escolha o serviço que o cidadão pede.',
  'attendance.service.noForm':
    'O formulário deste serviço ainda não está neste dispositivo. Atualize o catálogo com rede e escolha-o de novo.',
  'attendance.checklist.intro': 'Confirme com o cidadão os documentos que trouxe.',
  'attendance.checklist.optional': '(se tiver)',
  'attendance.checklist.none': 'Este serviço não pede documentos.',
  'attendance.checklist.missing':
    'Falta: {documents}. Sem estes documentos o pedido não pode ser feito: termine o atendimento com a nota do que trazer.',
  'attendance.checklist.endMissing': 'Terminar: faltam documentos',
  'attendance.checklist.bringNext': 'Da próxima vez, traga:',
  'attendance.eligibility.intro':
    'Com estas datas, o Balcão diz se o pedido já pode ser feito e a taxa que se aplica. A data de nascimento passa para o formulário.',
  'attendance.eligibility.birthDate': 'Data de nascimento do cidadão',
  'attendance.eligibility.licenceIssuedOn': 'Data da primeira carta de condução',
  'attendance.eligibility.lastRevalidatedOn': 'Data da última revalidação',
  'attendance.eligibility.cardExpiresOn': 'Validade escrita na carta',
  'attendance.eligibility.dateHint': 'Dia, mês e ano.',
  'attendance.eligibility.needFacts': 'Escreva as datas acima para ver se o pedido já pode ser feito.',
  'attendance.eligibility.badDate': 'Esta data não é possível: confirme o dia, o mês e o ano.',
  'attendance.eligibility.result': 'O que as datas dizem',
  'attendance.eligibility.halfFee': 'Com {age} anos, paga metade da taxa.',
  'attendance.identity.intro':
    'Como confirmou quem é o cidadão? Guarde só o tipo de documento que viu e os 4 últimos caracteres do seu número. Nunca escreva PIN, palavras-passe nem códigos da Chave Móvel Digital.',
  'attendance.identity.documentLegend': 'Documento de identificação que viu',
  'attendance.identity.last4': 'Últimos 4 caracteres do número do documento',
  'attendance.identity.last4Hint': 'Letras ou algarismos, por exemplo 7ZX4.',
  'attendance.document.citizen-card': 'Cartão de Cidadão',
  'attendance.document.identity-card': 'Bilhete de Identidade',
  'attendance.document.passport': 'Passaporte',
  'attendance.document.residence-permit': 'Título de residência',
  'attendance.document.driving-licence': 'Carta de condução',
  'attendance.problem.identity-missing': 'Escolha o documento de identificação que viu.',
  'attendance.problem.identity-document': 'Escolha um dos documentos da lista.',
  'attendance.problem.identity-last4': 'Escreva exatamente 4 letras ou algarismos: os últimos do número do documento.',
  'attendance.problem.payment-missing': 'Escolha como o cidadão pagou.',
  'attendance.problem.payment-not-due': 'Este pedido não tem custo: não há pagamento a registar.',
  'attendance.problem.payment-method': 'Escolha uma das formas de pagamento da lista.',
  'attendance.problem.multibanco-reference':
    'A entidade tem 5 algarismos e a referência 9: copie-os do talão da referência Multibanco.',
  'attendance.fee.amount': 'A pagar',
  'attendance.fee.free': 'Sem custo',
  'attendance.fee.variant': 'Tipo de pedido',
  'attendance.fee.exemption': 'Isenção da taxa',
  'attendance.fee.noExemption': 'Nenhuma isenção',
  'attendance.fee.age': 'Idade do cidadão hoje: {age} anos.',
  'attendance.fee.needsAge':
    'A taxa depende da idade do cidadão: escreva a data de nascimento no formulário ou no passo das condições.',
  'attendance.fee.unknown':
    'O catálogo não tem a taxa deste serviço no Espaço Cidadão. Confirme-a com a entidade; até lá o pedido não pode ser concluído. Pode terminar o atendimento como encaminhado.',
  'attendance.fee.split': 'Repartição da taxa',
  'attendance.fee.splitEntity': 'Entidade',
  'attendance.fee.splitShare': 'Parte',
  'attendance.fee.splitAmount': 'Valor',
  'attendance.fee.paymentLegend': 'Como pagou o cidadão',
  'attendance.payment.cash': 'Numerário',
  'attendance.payment.card-terminal': 'Cartão, no terminal de pagamento',
  'attendance.payment.multibanco-reference': 'Referência Multibanco, para pagar depois',
  'attendance.fee.mbEntity': 'Entidade',
  'attendance.fee.mbEntityHint': '5 algarismos.',
  'attendance.fee.mbReference': 'Referência',
  'attendance.fee.mbReferenceHint': '9 algarismos.',
  'attendance.fee.errorTitle': 'Corrija o seguinte para continuar',
  'attendance.review.intro': 'Reveja tudo com o cidadão. Depois de concluído, o pedido fica selado e já não se altera.',
  'attendance.review.answers': 'Dados do pedido',
  'attendance.review.identity': 'Identificação',
  'attendance.review.identityValue': '{document}, terminado em {last4}',
  'attendance.review.fee': 'Taxa e pagamento',
  'attendance.review.priority': 'Prioridade',
  'attendance.review.replaces': 'Este pedido substitui o pedido {ref}.',
  'attendance.review.consent': 'O cidadão reviu estes dados comigo e aceita que o pedido seja enviado à entidade.',
  'attendance.review.complete': 'Concluir pedido',
  'attendance.review.completing': 'A selar e a guardar o pedido…',
  'attendance.review.errorTitle': 'Antes de concluir, corrija o seguinte',
  'attendance.review.goToStep': 'Ir para «{step}»',
  'attendance.review.answersInvalid': 'Há dados do formulário por corrigir.',
  'attendance.review.no-service': 'Escolha o serviço.',
  'attendance.review.no-identity': 'Registe como confirmou a identidade do cidadão.',
  'attendance.review.fee-unknown': 'A taxa deste pedido não é conhecida.',
  'attendance.review.no-consent': 'Falta o consentimento do cidadão: marque a caixa depois de rever os dados com ele.',
  'attendance.review.noHubKey':
    'Este dispositivo ainda não tem a chave do hub para selar pedidos. Ligue-o à rede uma vez para a receber.',
  'attendance.review.storageFull':
    'Não há espaço neste dispositivo para guardar o pedido. Nada ficou meio guardado e o rascunho continua aqui: liberte espaço e conclua de novo.',
  'attendance.review.alreadyCompleted':
    'Este atendimento já foi concluído (noutro separador ou com um segundo clique). O pedido está na lista de atendimentos.',
  'attendance.review.failed':
    'O pedido não foi guardado: o armazenamento não respondeu. O rascunho continua aqui; tente concluir de novo.',
  'attendance.review.feeMismatch':
    'A taxa não bate certo com a idade escrita no formulário. Volte ao passo da taxa e confirme a data de nascimento.',
  'attendance.review.attachmentMissing':
    'Uma das imagens do pedido já não está neste dispositivo. Volte ao formulário, retire-a e junte-a de novo.',
  'attendance.end.open': 'Terminar sem pedido',
  'attendance.end.legend': 'Como terminou o atendimento',
  'attendance.end.confirm': 'Terminar atendimento',
  'attendance.end.cancel': 'Voltar ao atendimento',
  'attendance.end.done': 'Atendimento terminado. Ficou registado sem dados pessoais.',
  'attendance.end.failed': 'Não foi possível registar o fim do atendimento. Tente de novo.',
  'attendance.end.print': 'Imprimir a nota',
  'attendance.outcome.completed': 'Pedido concluído',
  'attendance.outcome.information-only': 'Só informação',
  'attendance.outcome.referred': 'Encaminhado para outra entidade ou balcão',
  'attendance.outcome.documents-missing': 'Faltam documentos',
  'attendance.step.start': 'Prioridade',
  'attendance.step.service': 'Serviço',
  'attendance.step.checklist': 'Documentos',
  'attendance.step.eligibility': 'Condições',
  'attendance.step.identity': 'Identificação',
  'attendance.step.fee': 'Taxa e pagamento',
  'attendance.step.review': 'Revisão e consentimento',
  'attendance.request.title': 'Pedido {ref}',
  'attendance.request.saved': 'Guardado no dispositivo',
  'attendance.request.savedDetail': 'O pedido está selado: só o hub o consegue abrir. Será enviado quando houver rede.',
  'attendance.request.readOnly':
    'Um pedido concluído já não se altera. Para corrigir, faça um pedido novo que substitui este.',
  'attendance.request.correct': 'Corrigir com um pedido novo',
  'attendance.request.state': 'Estado',
  'attendance.request.notFound': 'Este pedido não está neste dispositivo.',
  'attendance.request.back': 'Voltar aos atendimentos',
  'attendance.errorTitle': 'Corrija o seguinte para continuar',
  'attendance.attachment.tooLarge':
    'A imagem continua maior do que {limit} mesmo depois de reduzida. Fotografe só o documento, mais de perto, ou digitalize-o com menos resolução.',
  'attendance.attachment.tooMany':
    'Um atendimento leva no máximo {limit} imagens. Retire uma que já não seja precisa antes de juntar outra.',
  'attendance.attachment.storageFull':
    'Não há espaço neste dispositivo para guardar a imagem. Liberte espaço e junte-a de novo; o resto do atendimento está guardado.',
};

const en: Messages = {
  'attendance.home.title': 'Attendances',
  'attendance.home.intro':
    'Each attendance is kept on this device, encrypted with your key, until it is completed or discarded.',
  'attendance.new': 'New attendance',
  'attendance.startService': 'Start an attendance for this service',
  'attendance.locked':
    'To serve a citizen, sign in as a mediator: citizens’ data opens only with your key, on this device.',
  'attendance.locked.action': 'Sign in as a mediator',
  'attendance.loading': 'Opening the attendance…',
  'attendance.notFound':
    'This attendance is no longer in progress: it was completed or discarded. Completed requests are in the list of attendances.',
  'attendance.unreadable':
    'This attendance belongs to another mediator: only whoever started it can open it, with their key.',
  'attendance.drafts.title': 'Attendances in progress',
  'attendance.drafts.none': 'There are no attendances in progress.',
  'attendance.drafts.noService': 'Service not chosen yet',
  'attendance.drafts.started': 'started {time}',
  'attendance.drafts.resume': 'Resume',
  'attendance.drafts.discard': 'Discard',
  'attendance.drafts.discardConfirm': 'Discard this attendance? What was typed is lost and cannot be recovered.',
  'attendance.drafts.discardYes': 'Yes, discard',
  'attendance.drafts.discardNo': 'No, keep it',
  'attendance.drafts.discarded': 'The attendance was discarded.',
  'attendance.requests.title': 'Requests completed on this device',
  'attendance.requests.none': 'No request has been completed on this device yet.',
  'attendance.requests.open': 'See request {ref}',
  'attendance.requests.state.queued': 'Waiting to be sent',
  'attendance.requests.state.sending': 'Sending',
  'attendance.requests.state.retry': 'Trying again soon',
  'attendance.requests.state.delivered': 'Delivered',
  'attendance.requests.state.attention': 'Needs attention',
  'attendance.progress': 'Step {current} of {total}',
  'attendance.stepsLabel': 'Steps of the attendance',
  'attendance.back': 'Back',
  'attendance.next': 'Next',
  'attendance.draft.saving': 'Saving the draft…',
  'attendance.draft.saved': 'Draft saved at {time}',
  'attendance.draft.failed':
    'The draft was not saved: this device’s storage is full or blocked. What you typed is still on this screen; free some space and go on.',
  'attendance.citizenTypes': 'The citizen types',
  'attendance.citizenTypes.on': 'The keyboard is with the citizen.',
  'attendance.citizenTypes.hint':
    'Hands the keyboard to the citizen to type their own data, with the mediator beside them.',
  'attendance.priority.legend': 'Priority service',
  'attendance.priority.hint':
    'By law (Decreto-Lei 58/2016), priority goes to people with a disability or incapacity, people aged 65 or over, pregnant women and people with an infant in arms.',
  'attendance.priority.none': 'No priority',
  'attendance.priority.disability': 'Person with a disability or incapacity',
  'attendance.priority.senior': 'Person aged 65 or over',
  'attendance.priority.pregnancy': 'Pregnant',
  'attendance.priority.infant': 'Person with an infant in arms',
  'attendance.service.search': 'Find the service',
  'attendance.service.searchHint': 'Type part of its name, for example “licence” or “card”.',
  'attendance.service.none': 'No service of this spot matches what you typed.',
  'attendance.service.choose': 'Choose {service}',
  'attendance.service.required': 'Choose the service the citizen asks for.',
  'attendance.service.noForm':
    'This service’s form is not on this device yet. Refresh the catalog with a network and choose it again.',
  'attendance.checklist.intro': 'Check with the citizen which documents they brought.',
  'attendance.checklist.optional': '(if they have it)',
  'attendance.checklist.none': 'This service asks for no documents.',
  'attendance.checklist.missing':
    'Missing: {documents}. Without these documents the request cannot be made: end the attendance with a note of what to bring.',
  'attendance.checklist.endMissing': 'End: documents missing',
  'attendance.checklist.bringNext': 'Next time, bring:',
  'attendance.eligibility.intro':
    'With these dates, Balcão tells whether the request can be made yet and which fee applies. The birth date is carried into the form.',
  'attendance.eligibility.birthDate': 'Citizen’s date of birth',
  'attendance.eligibility.licenceIssuedOn': 'Date of the first driving licence',
  'attendance.eligibility.lastRevalidatedOn': 'Date of the last revalidation',
  'attendance.eligibility.cardExpiresOn': 'Expiry date printed on the licence',
  'attendance.eligibility.dateHint': 'Day, month and year.',
  'attendance.eligibility.needFacts': 'Type the dates above to see whether the request can be made yet.',
  'attendance.eligibility.badDate': 'This date is not possible: check the day, month and year.',
  'attendance.eligibility.result': 'What the dates say',
  'attendance.eligibility.halfFee': 'At {age}, the citizen pays half the fee.',
  'attendance.identity.intro':
    'How did you confirm who the citizen is? Keep only the kind of document you saw and the last 4 characters of its number. Never type PINs, passwords or Chave Móvel Digital codes.',
  'attendance.identity.documentLegend': 'Identity document you saw',
  'attendance.identity.last4': 'Last 4 characters of the document number',
  'attendance.identity.last4Hint': 'Letters or digits, for example 7ZX4.',
  'attendance.document.citizen-card': 'Citizen Card',
  'attendance.document.identity-card': 'Identity Card (Bilhete de Identidade)',
  'attendance.document.passport': 'Passport',
  'attendance.document.residence-permit': 'Residence permit',
  'attendance.document.driving-licence': 'Driving licence',
  'attendance.problem.identity-missing': 'Choose the identity document you saw.',
  'attendance.problem.identity-document': 'Choose one of the documents in the list.',
  'attendance.problem.identity-last4': 'Type exactly 4 letters or digits: the last ones of the document number.',
  'attendance.problem.payment-missing': 'Choose how the citizen paid.',
  'attendance.problem.payment-not-due': 'This request is free: there is no payment to record.',
  'attendance.problem.payment-method': 'Choose one of the payment methods in the list.',
  'attendance.problem.multibanco-reference':
    'The entity has 5 digits and the reference 9: copy them from the Multibanco reference slip.',
  'attendance.fee.amount': 'To pay',
  'attendance.fee.free': 'Free',
  'attendance.fee.variant': 'Kind of request',
  'attendance.fee.exemption': 'Fee waiver',
  'attendance.fee.noExemption': 'No waiver',
  'attendance.fee.age': 'Citizen’s age today: {age}.',
  'attendance.fee.needsAge':
    'The fee depends on the citizen’s age: type the date of birth in the form or in the conditions step.',
  'attendance.fee.unknown':
    'The catalog has no fee for this service at a Citizen Spot. Confirm it with the entity; until then the request cannot be completed. You can end the attendance as referred.',
  'attendance.fee.split': 'How the fee is shared',
  'attendance.fee.splitEntity': 'Entity',
  'attendance.fee.splitShare': 'Share',
  'attendance.fee.splitAmount': 'Amount',
  'attendance.fee.paymentLegend': 'How the citizen paid',
  'attendance.payment.cash': 'Cash',
  'attendance.payment.card-terminal': 'Card, on the payment terminal',
  'attendance.payment.multibanco-reference': 'Multibanco reference, to pay later',
  'attendance.fee.mbEntity': 'Entity',
  'attendance.fee.mbEntityHint': '5 digits.',
  'attendance.fee.mbReference': 'Reference',
  'attendance.fee.mbReferenceHint': '9 digits.',
  'attendance.fee.errorTitle': 'Correct the following to go on',
  'attendance.review.intro':
    'Go through everything with the citizen. Once completed, the request is sealed and can no longer be changed.',
  'attendance.review.answers': 'Request details',
  'attendance.review.identity': 'Identity',
  'attendance.review.identityValue': '{document}, ending in {last4}',
  'attendance.review.fee': 'Fee and payment',
  'attendance.review.priority': 'Priority',
  'attendance.review.replaces': 'This request replaces request {ref}.',
  'attendance.review.consent':
    'The citizen went through these details with me and agrees that the request is sent to the entity.',
  'attendance.review.complete': 'Complete the request',
  'attendance.review.completing': 'Sealing and saving the request…',
  'attendance.review.errorTitle': 'Before completing, correct the following',
  'attendance.review.goToStep': 'Go to “{step}”',
  'attendance.review.answersInvalid': 'Some form details need correcting.',
  'attendance.review.no-service': 'Choose the service.',
  'attendance.review.no-identity': 'Record how you confirmed the citizen’s identity.',
  'attendance.review.fee-unknown': 'The fee of this request is not known.',
  'attendance.review.no-consent':
    'The citizen’s consent is missing: tick the box after going through the details with them.',
  'attendance.review.noHubKey':
    'This device does not have the hub’s key to seal requests yet. Connect it to the network once to receive it.',
  'attendance.review.storageFull':
    'There is no room on this device to save the request. Nothing was half saved and the draft is still here: free some space and complete again.',
  'attendance.review.alreadyCompleted':
    'This attendance has already been completed (in another tab or with a second click). The request is in the list of attendances.',
  'attendance.review.failed':
    'The request was not saved: storage did not answer. The draft is still here; try completing again.',
  'attendance.review.feeMismatch':
    'The fee does not match the age given in the form. Go back to the fee step and check the date of birth.',
  'attendance.review.attachmentMissing':
    'One of the request’s images is no longer on this device. Go back to the form, remove it and add it again.',
  'attendance.end.open': 'End without a request',
  'attendance.end.legend': 'How the attendance ended',
  'attendance.end.confirm': 'End the attendance',
  'attendance.end.cancel': 'Back to the attendance',
  'attendance.end.done': 'Attendance ended. It was recorded with no personal data.',
  'attendance.end.failed': 'The end of the attendance could not be recorded. Try again.',
  'attendance.end.print': 'Print the note',
  'attendance.outcome.completed': 'Request completed',
  'attendance.outcome.information-only': 'Information only',
  'attendance.outcome.referred': 'Referred to another entity or counter',
  'attendance.outcome.documents-missing': 'Documents missing',
  'attendance.step.start': 'Priority',
  'attendance.step.service': 'Service',
  'attendance.step.checklist': 'Documents',
  'attendance.step.eligibility': 'Conditions',
  'attendance.step.identity': 'Identity',
  'attendance.step.fee': 'Fee and payment',
  'attendance.step.review': 'Review and consent',
  'attendance.request.title': 'Request {ref}',
  'attendance.request.saved': 'Saved on the device',
  'attendance.request.savedDetail':
    'The request is sealed: only the hub can open it. It will be sent when there is a network.',
  'attendance.request.readOnly':
    'A completed request can no longer be changed. To correct it, make a new request that replaces this one.',
  'attendance.request.correct': 'Correct with a new request',
  'attendance.request.state': 'State',
  'attendance.request.notFound': 'This request is not on this device.',
  'attendance.request.back': 'Back to attendances',
  'attendance.errorTitle': 'Correct the following to go on',
  'attendance.attachment.tooLarge':
    'The image is still larger than {limit} even after shrinking. Photograph only the document, closer, or scan it at a lower resolution.',
  'attendance.attachment.tooMany':
    'An attendance takes at most {limit} images. Remove one that is no longer needed before adding another.',
  'attendance.attachment.storageFull':
    'There is no room on this device to keep the image. Free some space and add it again; the rest of the attendance is saved.',
};

export const attendanceMessages: { pt: Messages; en: Messages } = { pt, en };
