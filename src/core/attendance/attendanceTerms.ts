// The attendance's fixed vocabularies (issue 4, item 2), apart from any schema so that screens can use
// them without loading the validation library.

/** Who is served first (Decreto-Lei 58/2016): a disability, 65 or older, pregnancy, an infant in arms. */
export const PRIORITIES = ['disability', 'senior', 'pregnancy', 'infant'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** How the citizen paid at the spot. A Multibanco reference is paid later, at an ATM or a bank's app. */
export const PAYMENT_METHODS = ['cash', 'card-terminal', 'multibanco-reference'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/**
 * The document the mediator saw to check who the citizen is. Only its kind and last 4 characters are
 * kept: never a PIN, a password or a Chave Móvel Digital code.
 */
export const IDENTITY_DOCUMENTS = [
  'citizen-card',
  'identity-card',
  'passport',
  'residence-permit',
  'driving-licence',
] as const;
export type IdentityDocument = (typeof IDENTITY_DOCUMENTS)[number];

/** How an attendance ended, for the anonymous log (item 7). */
export const OUTCOMES = ['completed', 'information-only', 'referred', 'documents-missing'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The channel of every request made at a spot, for the catalog's fee rules. */
export const SPOT_CHANNEL = 'spot' as const;

/** How the teach-back went (issue 6, item 2): can the citizen now do the service alone? */
export const TEACH_BACK_RESULTS = ['yes', 'partly', 'no'] as const;
export type TeachBackResult = (typeof TEACH_BACK_RESULTS)[number];
