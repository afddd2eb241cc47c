import type { Payment } from './AttendanceState.ts';

export type PaymentProblem = 'payment-missing' | 'payment-not-due' | 'payment-method' | 'multibanco-reference';

const ENTITY = /^\d{5}$/;
const REFERENCE = /^\d{9}$/;

/** A payment is recorded exactly when something is paid; a Multibanco reference has 5 + 9 digits. */
export function checkPayment(payment: Payment | null | undefined, amountCents: number): PaymentProblem | null {
  if (amountCents === 0) return payment ? 'payment-not-due' : null;
  if (!payment) return 'payment-missing';
  switch (payment.method) {
    case 'cash':
    case 'card-terminal':
      return null;
    case 'multibanco-reference':
      return ENTITY.test(payment.entity) && REFERENCE.test(payment.reference) ? null : 'multibanco-reference';
    default:
      return 'payment-method';
  }
}

/** A Multibanco entity or reference as typed ("123 456 789"): only its digits. */
export function digitsOnly(typed: string): string {
  return typed.replace(/\D/g, '');
}
