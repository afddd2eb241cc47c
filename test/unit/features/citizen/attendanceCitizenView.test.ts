import { describe, expect, it } from 'vitest';
import { type AttendanceState, newAttendance } from '../../../../src/core/attendance/AttendanceState.ts';
import { attendanceSteps } from '../../../../src/core/attendance/attendanceSteps.ts';
import type { CitizenView } from '../../../../src/core/citizen/CitizenView.ts';
import { attendanceCitizenView } from '../../../../src/features/citizen/attendanceCitizenView.ts';
import { seedServiceAndForm } from '../../core/attendance/seedCatalog.ts';

const { service, form } = seedServiceAndForm('carta-revalidacao');
const steps = [{ id: 'start' } as const, { id: 'service' } as const, ...attendanceSteps(service, form)];
const at = (id: string, index?: number) =>
  steps.findIndex((step) => step.id === id && (index === undefined || (step.id === 'form' && step.index === index)));

function attendance(overrides: Partial<AttendanceState> = {}): AttendanceState {
  return {
    ...newAttendance('att-1', Date.UTC(2026, 11, 4, 10), 'k'.repeat(43)),
    service,
    form,
    brought: { 'cartao-cidadao': true },
    answers: { 'full-name': 'Maria Canário', nif: '123456789', 'birth-date': '1954-06-01' },
    identity: { document: 'citizen-card', last4: '4ZX9' },
    ...overrides,
  };
}

function view(state: AttendanceState, index: number, focusedFieldId: string | null = null) {
  const shown = attendanceCitizenView(state, {
    steps,
    index,
    title: (step, locale) => `${step.id}-${locale}`,
    entity: 'IMT',
    day: '2026-12-04',
    focusedFieldId,
  });
  if (shown.kind !== 'attendance') throw new Error('not an attendance view');
  return shown;
}

const sent = (shown: CitizenView) => JSON.stringify(shown);

describe("the citizen's view of an attendance", () => {
  it('says where the attendance is: the step of all, its title in both languages, the service and the fee', () => {
    const shown = view(
      attendance({ eligibility: { ...newAttendance('x', 0, 'k').eligibility, birthDate: '1954-06-01' } }),
      at('fee'),
    );
    expect(shown.step).toEqual({
      kind: 'fee',
      number: at('fee') + 1,
      count: steps.length,
      title: { pt: 'fee-pt', en: 'fee-en' },
    });
    expect(shown.service).toEqual(service.name);
    expect(shown.entity).toBe('IMT');
    // At 72 on the day, the licence costs half: €15.00.
    expect(shown.feeCents).toBe(1500);
  });

  it('sends no personal answer while the mediator has not chosen to show it: the fields say only that they are masked', () => {
    const shown = view(attendance(), at('form', 0));
    expect(shown.fields.map((field) => [field.id, field.masked, field.value])).toEqual([
      ['full-name', true, null],
      ['nif', true, null],
      ['birth-date', true, null],
    ]);
    expect(sent(shown)).not.toContain('123456789');
    expect(sent(shown)).not.toContain('Canário');
    const identity = view(attendance(), at('identity'));
    expect(sent(identity)).not.toContain('4ZX9');
    expect(identity.fields.find((field) => field.id === 'identity-last4')?.masked).toBe(true);
  });

  it('shows them, as a person reads them, once the mediator chooses to', () => {
    const shown = view(attendance({ citizenSees: true }), at('form', 0));
    expect(shown.fields.map((field) => [field.id, field.masked, field.value?.pt])).toEqual([
      ['full-name', false, 'Maria Canário'],
      ['nif', false, '123456789'],
      ['birth-date', false, '1 de junho de 1954'],
    ]);
    expect(shown.fields[2]?.value?.en).toBe('1 June 1954');
  });

  it('marks an unanswered field as not filled in, never as masked', () => {
    const shown = view(attendance({ answers: {} }), at('form', 0));
    expect(shown.fields.every((field) => !field.masked && field.value === null)).toBe(true);
  });

  it('lists every answer on the review, and the documents brought on the checklist', () => {
    expect(view(attendance(), at('review')).fields.map((field) => field.id)).toEqual(
      expect.arrayContaining(['full-name', 'nif', 'licence-number', 'address']),
    );
    const checklist = view(attendance(), at('checklist'));
    expect(checklist.fields.find((field) => field.id === 'doc-cartao-cidadao')?.value?.pt).toBe('Trouxe');
  });

  it('offers the citizen the field in focus to type only with "citizen types" on, and only a text field', () => {
    expect(view(attendance(), at('form', 0), 'nif').typing).toBeNull();
    const typing = view(attendance({ citizenTypes: true }), at('form', 0), 'nif').typing;
    expect(typing).toMatchObject({ fieldId: 'nif', value: '123456789' });
    // A date is not typed on the citizen's screen: the first text field of the step is offered instead.
    expect(view(attendance({ citizenTypes: true }), at('form', 0), 'birth-date').typing?.fieldId).toBe('full-name');
    expect(view(attendance({ citizenTypes: true }), at('identity')).typing).toBeNull();
  });
});
