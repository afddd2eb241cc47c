import './receipt.css';
import { useId } from 'preact/hooks';
import { QrCode } from '../../../app/QrCode.tsx';
import type { PaymentMethod } from '../../../core/attendance/attendanceTerms.ts';
import type { Text } from '../../../core/catalog/textSchema.ts';
import { formatDateTime } from '../../../i18n/formatDate.ts';
import { formatMoney } from '../../../i18n/formatMoney.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t, tRich } from '../../../i18n/t.ts';
import { useLocale } from '../../../i18n/useLocale.ts';
import { receiptQrContent } from './receiptQrContent.ts';
import { usePrintingReceipt } from './usePrintingReceipt.ts';
import { RECEIPT_PAPERS, useReceiptPaper } from './useReceiptPaper.ts';

export interface ReceiptData {
  requestId: string;
  localRef: string;
  /** The service's name as the catalog gives it, in both languages. */
  serviceName: Text;
  feeCents: number;
  /** Null when nothing is paid. */
  paymentMethod: PaymentMethod | null;
  /** With a Multibanco reference: what the citizen types at the ATM to pay later. */
  multibanco?: { entity: string; reference: string } | null;
  /** Epoch ms, device clock. */
  completedAt: number;
  spotName: string;
  mediatorName: string;
  /** The hub's own reference and the moment it received the request, once it has been delivered. */
  hubRef: string | null;
  receivedAt: number | null;
  /** The local reference (or id) of the request this one corrects, when it is a correction. */
  replaces: string | null;
}

export interface ReceiptProps {
  data: ReceiptData;
}

/**
 * The citizen's proof of a completed request, on screen and on paper (A4 or an 80 mm receipt roll). Until
 * the hub has received the request it says so plainly: the local reference is only provisional.
 */
export function Receipt({ data }: ReceiptProps) {
  const locale = useLocale();
  const [paper, setPaper] = useReceiptPaper();
  const headingId = useId();
  usePrintingReceipt();
  return (
    <article class={`receipt receipt-paper-${paper}`} data-testid="receipt" aria-labelledby={headingId}>
      <h2 id={headingId} class="receipt-title">
        {t('receipt.title')}
      </h2>
      <div class="receipt-identity">
        <p class="receipt-ref-block">
          <span class="receipt-ref-label">{t('receipt.reference')}</span>{' '}
          <strong class="receipt-ref" data-testid="receipt-ref">
            {data.localRef}
          </strong>
        </p>
        <QrCode
          class="receipt-qr"
          data-testid="receipt-qr"
          content={receiptQrContent(data.localRef, data.requestId)}
          title={t('receipt.qrTitle', { ref: data.localRef })}
        />
      </div>
      {data.replaces !== null && (
        <p class="receipt-replaces" data-testid="receipt-replaces">
          {t('receipt.replaces', { ref: data.replaces })}
        </p>
      )}
      <dl class="receipt-facts" aria-label={t('receipt.details')}>
        <div>
          <dt>{t('receipt.service')}</dt>
          <dd data-testid="receipt-service">{pickText(data.serviceName, locale)}</dd>
        </div>
        <div>
          <dt>{t('receipt.fee')}</dt>
          <dd data-testid="receipt-fee">
            {data.feeCents === 0 ? t('receipt.free') : formatMoney(data.feeCents, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('receipt.payment')}</dt>
          <dd data-testid="receipt-payment">
            {data.paymentMethod === null ? t('receipt.payment.none') : t(`receipt.payment.${data.paymentMethod}`)}
            {data.paymentMethod === 'multibanco-reference' && data.multibanco && (
              <span class="receipt-multibanco" data-testid="receipt-multibanco">
                {' '}
                {t('receipt.multibanco', {
                  entity: data.multibanco.entity,
                  reference: data.multibanco.reference.replace(/(\d{3})(?=\d)/g, '$1 '),
                })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('receipt.completedAt')}</dt>
          <dd>
            <time dateTime={new Date(data.completedAt).toISOString()}>{formatDateTime(data.completedAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('receipt.spot')}</dt>
          <dd>{data.spotName}</dd>
        </div>
        <div>
          <dt>{t('receipt.mediator')}</dt>
          <dd>{data.mediatorName}</dd>
        </div>
      </dl>
      {data.hubRef === null ? (
        <p class="receipt-pending" data-testid="receipt-pending">
          {t('receipt.pending')}
        </p>
      ) : (
        <div class="receipt-delivered" data-testid="receipt-hub-ref">
          <p>
            <span class="receipt-ref-label">{t('receipt.hubRef')}</span> <strong>{data.hubRef}</strong>
          </p>
          {data.receivedAt !== null && (
            <p>
              {tRich('receipt.receivedAt', {
                when: (
                  <time dateTime={new Date(data.receivedAt).toISOString()}>
                    {formatDateTime(data.receivedAt, locale)}
                  </time>
                ),
              })}
            </p>
          )}
        </div>
      )}
      <div class="receipt-actions">
        <button type="button" class="button primary" data-testid="receipt-print" onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
        <fieldset class="radio-group receipt-paper" data-testid="receipt-paper">
          <legend class="field-label">{t('receipt.paper')}</legend>
          {RECEIPT_PAPERS.map((option) => (
            <label key={option} class="radio">
              <input
                type="radio"
                name={`${headingId}-paper`}
                value={option}
                data-testid={`receipt-paper-${option}`}
                checked={paper === option}
                onChange={() => setPaper(option)}
              />
              <span>{t(`receipt.paper.${option}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </article>
  );
}
