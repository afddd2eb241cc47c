// What the outbox says to the mediator (issue 5, items 6 and 7), in pt-PT (Acordo Ortográfico de 1990) and
// English; merged into src/i18n/messages.ts, so t() reads them and the same checks cover them. `en` is
// typed on `pt`'s keys. Plural forms end in `.one` / `.other` (see tPlural).

const pt = {
  'outbox.badge.label': 'Envios',
  'outbox.badge.none': 'Tudo entregue ao hub',
  'outbox.badge.pending.one': '{count} pedido por entregar',
  'outbox.badge.pending.other': '{count} pedidos por entregar',
  'outbox.badge.attention.one': '{count} precisa de atenção',
  'outbox.badge.attention.other': '{count} precisam de atenção',
  'outbox.lastContact': 'Último contacto com o hub: {when}',
  'outbox.lastContact.never': 'nunca',

  'outbox.title': 'Envios para o hub',
  'outbox.intro':
    'Cada pedido concluído fica guardado neste dispositivo, selado, até o hub confirmar que o recebeu. Os pedidos seguem sozinhos quando há rede; «Enviar agora» não espera pela próxima tentativa.',
  'outbox.nothingPending': 'Não há pedidos por entregar.',
  'outbox.none': 'Ainda não há pedidos concluídos neste dispositivo.',
  'outbox.unreadable':
    'Não foi possível ler os pedidos guardados: o armazenamento do dispositivo não respondeu. Os pedidos não se perderam; recarregue o Balcão.',
  'outbox.sendNow': 'Enviar agora',
  'outbox.sendNow.running': 'Está um envio a decorrer: espere que termine.',
  'outbox.sendNow.asked': 'A preparar o envio…',

  'outbox.progress.label': 'A enviar para o hub',
  'outbox.progress.text': '{requests} · {sent} de {total}',
  'outbox.progress.requests.one': '{sent} de {total} pedido',
  'outbox.progress.requests.other': '{sent} de {total} pedidos',
  'outbox.requests.one': '{count} pedido',
  'outbox.requests.other': '{count} pedidos',
  'outbox.announce.started': 'Começou o envio de {requests} ({bytes}).',

  'outbox.outcome.heading': 'Último envio ({when})',
  'outbox.outcome.done': 'Envio terminado: o que havia para enviar foi tratado. Veja abaixo o estado de cada pedido.',
  'outbox.outcome.offline': 'Sem rede: os pedidos ficam guardados e seguem quando houver rede.',
  'outbox.outcome.hub-error':
    'O hub não respondeu como devia: os pedidos ficam guardados e o Balcão volta a tentar sozinho, com intervalos cada vez maiores.',
  'outbox.outcome.revoked':
    'O hub diz que este dispositivo foi revogado pela coordenação: não é possível enviar. Contacte a coordenação.',

  'outbox.storage.title': 'Espaço neste dispositivo',
  'outbox.storage.usage': 'O Balcão ocupa {usage} dos {quota} que o navegador lhe deixa usar ({percent}).',
  'outbox.storage.usageOnly': 'O Balcão ocupa {usage} neste dispositivo.',
  'outbox.storage.warningTitle': 'O espaço está quase cheio',
  'outbox.storage.warning':
    'Já está usado {percent} do espaço. Envie os pedidos logo que houver rede e liberte espaço no disco: com o espaço cheio, não é possível concluir pedidos novos.',

  'outbox.group.heading': '{title} ({count})',
  'outbox.group.attention': 'Precisam de atenção',
  'outbox.group.sending': 'A enviar',
  'outbox.group.retry': 'Nova tentativa marcada',
  'outbox.group.queued': 'Por enviar',
  'outbox.group.delivered': 'Entregues',
  'outbox.group.archived': 'Arquivados com nota',
  'outbox.delivered.more': 'Mostram-se os {shown} mais recentes de {total}.',

  'outbox.item.open': 'Pedido {ref}',
  'outbox.item.completed': 'concluído {when}',
  'outbox.item.attempts.one': '{count} tentativa',
  'outbox.item.attempts.other': '{count} tentativas',
  'outbox.item.hubRef': 'Referência do hub:',
  'outbox.item.receivedAt': 'recebido {when}',
  'outbox.item.whatToDo': 'Abra o pedido para fazer um pedido corrigido ou para o arquivar com uma nota.',
  'outbox.item.archived': 'Arquivado {when} com a nota:',

  'outbox.retry.soon': 'nova tentativa em breve',
  'outbox.retry.at': 'nova tentativa às {time}',
  'outbox.retry.on': 'nova tentativa em {when}',

  'outbox.attention.title': 'O hub recusou este pedido',
  'outbox.attention.reason': 'Motivo dado pelo hub:',
  'outbox.attention.noReason': 'o hub não deu motivo (código {code}).',
  'outbox.attention.code': 'Código {code}, recebido {when}.',
  'outbox.attention.whatToDo':
    'O que fazer: se o pedido tinha um erro, faça um pedido corrigido (o novo pedido diz que substitui este); se já não é preciso, arquive-o com uma nota que diga porquê. Nada é apagado.',
  'outbox.attention.afterArchive':
    'O pedido continua neste dispositivo e já não conta como por entregar. Ainda pode fazer um pedido corrigido.',
  'outbox.attention.correct': 'Fazer pedido corrigido',
  'outbox.attention.archive': 'Arquivar com nota',

  'outbox.state.queued': 'Guardado neste dispositivo, por enviar: segue para o hub logo que houver rede.',
  'outbox.state.sending': 'A ser enviado ao hub neste momento.',
  'outbox.state.retry': 'O último envio não chegou ao hub:',
  'outbox.state.delivered': 'Entregue ao hub.',
  'outbox.state.deliveredRef': 'Entregue ao hub com a referência {ref}, recebido {when}.',
  'outbox.state.seeAll': 'Ver todos os envios',

  'outbox.archive.legend': 'Arquivar o pedido {ref}',
  'outbox.archive.note': 'Nota (obrigatória)',
  'outbox.archive.noteHint':
    'Porque fica este pedido arquivado, em pelo menos {min} caracteres. Por exemplo: «O cidadão desistiu do pedido» ou «Pedido feito de novo no balcão da entidade».',
  'outbox.archive.continue': 'Continuar',
  'outbox.archive.cancel': 'Cancelar',
  'outbox.archive.problem.note-too-short': 'Escreva uma nota com pelo menos {min} caracteres.',
  'outbox.archive.problem.note-too-long': 'A nota tem mais de {max} caracteres: encurte-a.',
  'outbox.archive.problem.not-found': 'Este pedido já não está neste dispositivo.',
  'outbox.archive.problem.not-attention':
    'Este pedido já não está à espera de atenção (o estado mudou entretanto): não foi arquivado.',
  'outbox.archive.problem.already-archived': 'Este pedido já estava arquivado.',
  'outbox.archive.failed':
    'Não foi possível arquivar: o armazenamento do dispositivo não respondeu. Tente de novo; se voltar a acontecer, recarregue o Balcão.',
  'outbox.archive.confirm':
    'Arquivar o pedido {ref} com esta nota? O pedido fica neste dispositivo, marcado como arquivado, e deixa de contar como por entregar. Não é enviado de novo ao hub.',
  'outbox.archive.confirmYes': 'Sim, arquivar',
  'outbox.archive.confirmNo': 'Não, voltar à nota',
  'outbox.archive.done': 'Pedido arquivado com a sua nota.',

  'outbox.transfer.title': 'Guardar os envios num ficheiro',
  'outbox.transfer.intro':
    'Se este portátil avariar, os pedidos por entregar não se perdem: exporte-os para um ficheiro cifrado (numa pen, por exemplo) e importe-o noutro dispositivo deste espaço. O hub recebe cada pedido uma só vez, venha de onde vier.',
  'outbox.transfer.passphrase': 'Frase-passe do ficheiro',

  'outbox.export.title': 'Exportar envios para um ficheiro',
  'outbox.export.intro':
    'O ficheiro leva os pedidos que o hub ainda não tem e as suas fotografias. Sem a frase-passe, ninguém o consegue ler. Os pedidos continuam também neste dispositivo.',
  'outbox.export.passphraseHint':
    'Pelo menos {min} caracteres. Use uma frase diferente da sua frase secreta e guarde-a longe do ficheiro: sem ela, o ficheiro não abre.',
  'outbox.export.confirm': 'Repita a frase-passe',
  'outbox.export.submit': 'Exportar envios',
  'outbox.export.preparing': 'A preparar os pedidos…',
  'outbox.export.reading': 'A preparar os pedidos: {done} de {total}',
  'outbox.export.encrypting': 'A cifrar o ficheiro…',
  'outbox.export.ready.one': 'Ficheiro pronto, com {count} pedido por entregar.',
  'outbox.export.ready.other': 'Ficheiro pronto, com {count} pedidos por entregar.',
  'outbox.export.download': 'Descarregar {name}',
  'outbox.export.keep':
    'Guarde o ficheiro fora deste portátil. Para o abrir noutro dispositivo, use «Importar envios de um ficheiro» na página «Envios» desse dispositivo.',
  'outbox.export.errorTitle': 'Não foi possível exportar os envios',
  'outbox.export.problem.passphrase-too-short': 'A frase-passe tem de ter pelo menos {min} caracteres.',
  'outbox.export.problem.confirm-differs': 'As duas frases-passe não são iguais: escreva a mesma nas duas.',
  'outbox.export.problem.nothing-to-export':
    'Não há pedidos por entregar neste dispositivo: não há nada para exportar.',
  'outbox.export.problem.not-enrolled': 'Este dispositivo não está inscrito num espaço: não é possível exportar.',
  'outbox.export.problem.failed':
    'Não foi possível ler os pedidos guardados ou fazer o ficheiro. Tente de novo; se voltar a acontecer, recarregue o Balcão.',

  'outbox.import.title': 'Importar envios de um ficheiro',
  'outbox.import.intro':
    'Escolha um ficheiro exportado noutro dispositivo deste espaço ({spot}) e escreva a frase-passe com que foi exportado. Os pedidos que ainda não estão neste dispositivo ficam por enviar e seguem para o hub; importar o mesmo ficheiro outra vez não acrescenta nada.',
  'outbox.import.file': 'Ficheiro de envios',
  'outbox.import.fileHint': 'Um ficheiro .balcao exportado pelo Balcão.',
  'outbox.import.submit': 'Importar envios',
  'outbox.import.working': 'A abrir o ficheiro…',
  'outbox.import.added.one': '{count} pedido novo importado.',
  'outbox.import.added.other': '{count} pedidos novos importados.',
  'outbox.import.nothingNew':
    'Nenhum pedido novo: todos os pedidos deste ficheiro já estavam neste dispositivo. Nada foi acrescentado.',
  'outbox.import.already.one': '{count} pedido do ficheiro já estava neste dispositivo e ficou como estava.',
  'outbox.import.already.other': '{count} pedidos do ficheiro já estavam neste dispositivo e ficaram como estavam.',
  'outbox.import.from': 'Ficheiro exportado em {when}, no espaço {spot}.',
  'outbox.import.sending': 'Os pedidos importados seguem para o hub logo que houver rede.',
  'outbox.import.errorTitle': 'Não foi possível importar os envios',
  'outbox.import.problem.file-missing': 'Escolha o ficheiro a importar.',
  'outbox.import.problem.passphrase-missing': 'Escreva a frase-passe do ficheiro.',
  'outbox.import.problem.not-an-export':
    'Este ficheiro não é uma exportação de envios do Balcão. Escolha o ficheiro .balcao que foi exportado.',
  'outbox.import.problem.damaged':
    'O ficheiro está danificado (foi alterado ou ficou incompleto ao ser copiado) e não abre. Copie-o de novo a partir do original.',
  'outbox.import.problem.wrong-passphrase':
    'A frase-passe não é a deste ficheiro. Escreva a frase-passe que foi usada ao exportar.',
  'outbox.import.problem.unsupported-version':
    'Este ficheiro foi feito por uma versão mais recente do Balcão. Atualize o Balcão neste dispositivo e tente de novo.',
  'outbox.import.problem.other-spot':
    'Este ficheiro é de outro espaço: {spot} ({id}). Só se importam envios de um dispositivo do mesmo espaço.',
  'outbox.import.problem.not-enrolled': 'Este dispositivo não está inscrito num espaço: não é possível importar.',
  'outbox.import.problem.failed':
    'Não foi possível guardar os pedidos neste dispositivo (o armazenamento não respondeu ou está cheio). Nada foi importado.',
} as const;

type Key = keyof typeof pt;

const en: Record<Key, string> = {
  'outbox.badge.label': 'Sending',
  'outbox.badge.none': 'All delivered to the hub',
  'outbox.badge.pending.one': '{count} request not yet delivered',
  'outbox.badge.pending.other': '{count} requests not yet delivered',
  'outbox.badge.attention.one': '{count} needs attention',
  'outbox.badge.attention.other': '{count} need attention',
  'outbox.lastContact': 'Last contact with the hub: {when}',
  'outbox.lastContact.never': 'never',

  'outbox.title': 'Sending to the hub',
  'outbox.intro':
    'Each completed request stays on this device, sealed, until the hub confirms it has received it. Requests go by themselves when there is a network; “Send now” does not wait for the next attempt.',
  'outbox.nothingPending': 'There are no requests waiting to be delivered.',
  'outbox.none': 'There are no completed requests on this device yet.',
  'outbox.unreadable':
    'The saved requests could not be read: the device’s storage did not answer. They have not been lost; reload Balcão.',
  'outbox.sendNow': 'Send now',
  'outbox.sendNow.running': 'A send is under way: wait for it to finish.',
  'outbox.sendNow.asked': 'Getting ready to send…',

  'outbox.progress.label': 'Sending to the hub',
  'outbox.progress.text': '{requests} · {sent} of {total}',
  'outbox.progress.requests.one': '{sent} of {total} request',
  'outbox.progress.requests.other': '{sent} of {total} requests',
  'outbox.requests.one': '{count} request',
  'outbox.requests.other': '{count} requests',
  'outbox.announce.started': 'Started sending {requests} ({bytes}).',

  'outbox.outcome.heading': 'Last send ({when})',
  'outbox.outcome.done': 'Sending finished: everything there was to send has been dealt with. See each request below.',
  'outbox.outcome.offline': 'No network: the requests stay saved and go when there is a network.',
  'outbox.outcome.hub-error':
    'The hub did not answer properly: the requests stay saved and Balcão tries again by itself, at growing intervals.',
  'outbox.outcome.revoked':
    'The hub says this device has been revoked by the coordination: nothing can be sent. Contact the coordination.',

  'outbox.storage.title': 'Space on this device',
  'outbox.storage.usage': 'Balcão uses {usage} of the {quota} the browser lets it use ({percent}).',
  'outbox.storage.usageOnly': 'Balcão uses {usage} on this device.',
  'outbox.storage.warningTitle': 'Storage is nearly full',
  'outbox.storage.warning':
    '{percent} of the space is already used. Send the requests as soon as there is a network and free some disk space: once it is full, new requests cannot be completed.',

  'outbox.group.heading': '{title} ({count})',
  'outbox.group.attention': 'Need attention',
  'outbox.group.sending': 'Sending',
  'outbox.group.retry': 'Will be tried again',
  'outbox.group.queued': 'Waiting to be sent',
  'outbox.group.delivered': 'Delivered',
  'outbox.group.archived': 'Archived with a note',
  'outbox.delivered.more': 'Showing the latest {shown} of {total}.',

  'outbox.item.open': 'Request {ref}',
  'outbox.item.completed': 'completed {when}',
  'outbox.item.attempts.one': '{count} attempt',
  'outbox.item.attempts.other': '{count} attempts',
  'outbox.item.hubRef': 'Hub reference:',
  'outbox.item.receivedAt': 'received {when}',
  'outbox.item.whatToDo': 'Open the request to make a corrected request or to archive it with a note.',
  'outbox.item.archived': 'Archived {when} with the note:',

  'outbox.retry.soon': 'will be tried again soon',
  'outbox.retry.at': 'next attempt at {time}',
  'outbox.retry.on': 'next attempt on {when}',

  'outbox.attention.title': 'The hub refused this request',
  'outbox.attention.reason': 'The hub’s reason:',
  'outbox.attention.noReason': 'the hub gave no reason (code {code}).',
  'outbox.attention.code': 'Code {code}, received {when}.',
  'outbox.attention.whatToDo':
    'What to do: if the request had a mistake, make a corrected request (the new request says it replaces this one); if it is no longer needed, archive it with a note saying why. Nothing is deleted.',
  'outbox.attention.afterArchive':
    'The request stays on this device and no longer counts as waiting to be delivered. You can still make a corrected request.',
  'outbox.attention.correct': 'Make a corrected request',
  'outbox.attention.archive': 'Archive with a note',

  'outbox.state.queued': 'Saved on this device, waiting to be sent: it goes to the hub as soon as there is a network.',
  'outbox.state.sending': 'Being sent to the hub right now.',
  'outbox.state.retry': 'The last send did not reach the hub:',
  'outbox.state.delivered': 'Delivered to the hub.',
  'outbox.state.deliveredRef': 'Delivered to the hub with reference {ref}, received {when}.',
  'outbox.state.seeAll': 'See everything being sent',

  'outbox.archive.legend': 'Archive request {ref}',
  'outbox.archive.note': 'Note (required)',
  'outbox.archive.noteHint':
    'Why this request is archived, in at least {min} characters. For example: “The citizen withdrew the request” or “Request made again at the entity’s counter”.',
  'outbox.archive.continue': 'Continue',
  'outbox.archive.cancel': 'Cancel',
  'outbox.archive.problem.note-too-short': 'Write a note of at least {min} characters.',
  'outbox.archive.problem.note-too-long': 'The note is longer than {max} characters: shorten it.',
  'outbox.archive.problem.not-found': 'This request is no longer on this device.',
  'outbox.archive.problem.not-attention':
    'This request is no longer waiting for attention (its state changed meanwhile): it was not archived.',
  'outbox.archive.problem.already-archived': 'This request was already archived.',
  'outbox.archive.failed':
    'The request could not be archived: the device’s storage did not answer. Try again; if it happens again, reload Balcão.',
  'outbox.archive.confirm':
    'Archive request {ref} with this note? The request stays on this device, marked as archived, and no longer counts as waiting to be delivered. It is not sent to the hub again.',
  'outbox.archive.confirmYes': 'Yes, archive',
  'outbox.archive.confirmNo': 'No, back to the note',
  'outbox.archive.done': 'Request archived with your note.',

  'outbox.transfer.title': 'Keeping the requests in a file',
  'outbox.transfer.intro':
    'If this laptop breaks, the requests waiting to be delivered are not lost: export them to an encrypted file (on a USB stick, say) and import it on another device of this spot. The hub receives each request only once, wherever it comes from.',
  'outbox.transfer.passphrase': 'File passphrase',

  'outbox.export.title': 'Export requests to a file',
  'outbox.export.intro':
    'The file holds the requests the hub does not have yet, with their photos. Without the passphrase, no one can read it. The requests also stay on this device.',
  'outbox.export.passphraseHint':
    'At least {min} characters. Use a phrase other than your own secret and keep it away from the file: without it, the file does not open.',
  'outbox.export.confirm': 'Type the passphrase again',
  'outbox.export.submit': 'Export requests',
  'outbox.export.preparing': 'Preparing the requests…',
  'outbox.export.reading': 'Preparing the requests: {done} of {total}',
  'outbox.export.encrypting': 'Encrypting the file…',
  'outbox.export.ready.one': 'The file is ready, with {count} request waiting to be delivered.',
  'outbox.export.ready.other': 'The file is ready, with {count} requests waiting to be delivered.',
  'outbox.export.download': 'Download {name}',
  'outbox.export.keep':
    'Keep the file off this laptop. To open it on another device, use “Import requests from a file” on that device’s “Sending” page.',
  'outbox.export.errorTitle': 'The requests could not be exported',
  'outbox.export.problem.passphrase-too-short': 'The passphrase must have at least {min} characters.',
  'outbox.export.problem.confirm-differs': 'The two passphrases differ: type the same one in both.',
  'outbox.export.problem.nothing-to-export':
    'No request on this device is waiting to be delivered: there is nothing to export.',
  'outbox.export.problem.not-enrolled': 'This device is not enrolled at a spot: nothing can be exported.',
  'outbox.export.problem.failed':
    'The saved requests could not be read or the file could not be made. Try again; if it happens again, reload Balcão.',

  'outbox.import.title': 'Import requests from a file',
  'outbox.import.intro':
    'Choose a file exported on another device of this spot ({spot}) and type the passphrase it was exported with. The requests not yet on this device wait to be sent and go to the hub; importing the same file again adds nothing.',
  'outbox.import.file': 'Requests file',
  'outbox.import.fileHint': 'A .balcao file exported by Balcão.',
  'outbox.import.submit': 'Import requests',
  'outbox.import.working': 'Opening the file…',
  'outbox.import.added.one': '{count} new request imported.',
  'outbox.import.added.other': '{count} new requests imported.',
  'outbox.import.nothingNew':
    'No new requests: every request in this file was already on this device. Nothing was added.',
  'outbox.import.already.one': '{count} request in the file was already on this device and was left as it was.',
  'outbox.import.already.other': '{count} requests in the file were already on this device and were left as they were.',
  'outbox.import.from': 'File exported on {when}, at the spot {spot}.',
  'outbox.import.sending': 'The imported requests go to the hub as soon as there is a network.',
  'outbox.import.errorTitle': 'The requests could not be imported',
  'outbox.import.problem.file-missing': 'Choose the file to import.',
  'outbox.import.problem.passphrase-missing': 'Type the file’s passphrase.',
  'outbox.import.problem.not-an-export':
    'This file is not a Balcão requests export. Choose the .balcao file that was exported.',
  'outbox.import.problem.damaged':
    'The file is damaged (it was changed, or cut short while being copied) and does not open. Copy it again from the original.',
  'outbox.import.problem.wrong-passphrase':
    'That is not this file’s passphrase. Type the passphrase that was used to export it.',
  'outbox.import.problem.unsupported-version':
    'This file was made by a newer version of Balcão. Update Balcão on this device and try again.',
  'outbox.import.problem.other-spot':
    'This file is from another spot: {spot} ({id}). Only requests from a device of the same spot can be imported.',
  'outbox.import.problem.not-enrolled': 'This device is not enrolled at a spot: nothing can be imported.',
  'outbox.import.problem.failed':
    'The requests could not be saved on this device (its storage did not answer or is full). Nothing was imported.',
};

export const outboxMessages = { pt, en };
