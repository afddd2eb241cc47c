// An attendance in progress, as the mediator's screens hold it and as its draft stores it (encrypted
// under the mediator's data key). It carries its own copy of the service and form it started with, so
// a draft still opens after the catalog drops that service or form version (issue 4, "Bad input").
import type { Form, Service } from '../catalog/catalogSchema.ts';
import type { IdentityDocument, PaymentMethod, Priority } from './attendanceTerms.ts';

export interface IdentityCheck {
  document: IdentityDocument;
  /** The document number's last 4 letters or digits, upper case; never the whole number. */
  last4: string;
}

export type Payment =
  | { method: Exclude<PaymentMethod, 'multibanco-reference'> }
  /** A Multibanco reference given to the citizen to pay later: entity (5 digits) and reference (9). */
  | { method: 'multibanco-reference'; entity: string; reference: string };

/** Facts for the eligibility helpers, typed by the mediator before the form (dates YYYY-MM-DD, or ''). */
export interface EligibilityFacts {
  birthDate: string;
  /** Driving licence: the day first licensed, the last revalidation, and the validity on the card. */
  licenceIssuedOn: string;
  lastRevalidatedOn: string;
  cardExpiresOn: string;
}

/** Where the attendance is: the named steps, and `form` with the index of the form's step. */
export type AttendanceStep =
  | { id: 'start' }
  | { id: 'service' }
  | { id: 'checklist' }
  | { id: 'eligibility' }
  | { id: 'form'; index: number }
  | { id: 'identity' }
  | { id: 'fee' }
  | { id: 'review' };

export interface AttendanceState {
  /** The attendance's id, also its draft's id; a UUID. */
  id: string;
  /** Epoch ms, from the device clock, for the anonymous log. */
  startedAt: number;
  priority: Priority | null;
  /** The service and form chosen, copied from the catalog at that moment (public data). */
  service: Service | null;
  form: Form | null;
  step: AttendanceStep;
  /** Documents the citizen brought, by the catalog's document id. */
  brought: Record<string, boolean>;
  eligibility: EligibilityFacts;
  /** The form's answers by field id; attachment fields hold attachment ids. */
  answers: Record<string, unknown>;
  /** As typed so far: a request needs both, as `checkIdentity` judges. */
  identity: Partial<IdentityCheck> | null;
  fee: { variant: string | null; exemptionId: string | null };
  payment: Payment | null;
  consent: boolean;
  /** "Citizen types": the keyboard is the citizen's (their screen comes in issue 6). */
  citizenTypes: boolean;
  /**
   * The citizen's screen shows the personal answers, not dots: the mediator's choice (issue 6, item 1).
   * Absent in drafts from before the citizen's screen, which read as masked.
   */
  citizenSees?: boolean;
  /** The request this one corrects, when it is a correction. */
  replaces: string | null;
  /** The request's own AES-256-GCM key (base64url, raw): its attachments are encrypted with it. */
  contentKey: string;
}

export const EMPTY_FACTS: EligibilityFacts = {
  birthDate: '',
  licenceIssuedOn: '',
  lastRevalidatedOn: '',
  cardExpiresOn: '',
};

export function newAttendance(id: string, startedAt: number, contentKey: string): AttendanceState {
  return {
    id,
    startedAt,
    priority: null,
    service: null,
    form: null,
    step: { id: 'start' },
    brought: {},
    eligibility: EMPTY_FACTS,
    answers: {},
    identity: null,
    fee: { variant: null, exemptionId: null },
    payment: null,
    consent: false,
    citizenTypes: false,
    citizenSees: false,
    replaces: null,
    contentKey,
  };
}
