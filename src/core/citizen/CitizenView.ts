// What the citizen's screen shows (issue 6, item 1), as the mediator's window sends it: data only, every
// text in both languages, so the citizen's window renders it in the citizen's own language. A personal
// value travels only when the mediator chose to show it: a masked field carries no value at all.
import type { Outcome } from '../attendance/attendanceTerms.ts';
import type { AloneMeans } from '../catalog/catalogTerms.ts';
import type { Text } from '../catalog/textSchema.ts';

/** The kinds of step an attendance has, each explained to the citizen in plain words. */
export const CITIZEN_STEP_KINDS = [
  'start',
  'service',
  'checklist',
  'eligibility',
  'form',
  'identity',
  'fee',
  'review',
] as const;
export type CitizenStepKind = (typeof CITIZEN_STEP_KINDS)[number];

export interface CitizenField {
  id: string;
  label: Text;
  /** The answer as a person reads it; null when there is none yet or when it is masked. */
  value: Text | null;
  masked: boolean;
}

/** The field the citizen types on their own screen ("citizen types" on), with what is typed so far. */
export interface CitizenTyping {
  fieldId: string;
  label: Text;
  value: string;
  maxLength: number;
}

export type CitizenView =
  /** Paired, but no attendance is on the mediator's screen (another page, the session locked). */
  | { kind: 'idle' }
  | {
      kind: 'attendance';
      service: Text | null;
      /** The entity that provides the service (its acronym). */
      entity: string | null;
      step: { kind: CitizenStepKind; number: number; count: number; title: Text };
      fields: CitizenField[];
      /** The fee at the spot once the catalog can say it (0: free); null before that. */
      feeCents: number | null;
      typing: CitizenTyping | null;
    }
  | {
      kind: 'completed';
      service: Text;
      reference: string;
      guide: Text[];
      onlineUrl: string | null;
      aloneWith: AloneMeans[];
    }
  | { kind: 'ended'; outcome: Exclude<Outcome, 'completed'> };
