/**
 * What the receipt's QR code holds: the short reference a person reads and the request's id, which the
 * hub and the device's outbox both know the request by, behind a prefix that says whose code it is.
 */
export function receiptQrContent(localRef: string, requestId: string): string {
  return `BALCAO:${localRef}:${requestId}`;
}
