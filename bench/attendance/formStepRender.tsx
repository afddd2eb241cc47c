// form-step-render (issue 4): what the mediator waits for when a step of the form opens: FormStepView
// rendered into the document and laid out with the app's CSS. Beside it, the same questions as plain
// DOM (label and input, or a fieldset of radios), laid out the same way: what the components add.
import { render } from 'preact';
import type { Form } from '../../src/core/catalog/catalogSchema.ts';
import type { FormField } from '../../src/core/forms/formDefinitionSchema.ts';
import { visibleFields } from '../../src/core/forms/visibleFields.ts';
import type { AttachmentControl } from '../../src/features/attendance/form/AttachmentControl.ts';
import { FormStepView } from '../../src/features/attendance/form/FormStepView.tsx';
import { pickText } from '../../src/i18n/pickText.ts';
import { t } from '../../src/i18n/t.ts';
import { seedCatalog } from './seedCatalog.ts';
import type { Timings } from './Timings.ts';

// No field of the step is an attachment's, and nothing is added or removed: only `refs` is read.
const NO_ATTACHMENTS: AttachmentControl = {
  refs: new Map(),
  add: () => Promise.reject(new Error('not exercised by the bench')),
  remove: () => Promise.resolve(),
};

/**
 * The seed's step with the most questions, with the first option of each of its choices taken, so
 * that the questions those choices reveal show too (registo-criminal's "Titular": the Citizen Card
 * number appears once the card is chosen).
 */
function largestStep(): { form: Form; stepIndex: number; answers: Record<string, unknown> } {
  let largest: { form: Form; stepIndex: number; size: number } | undefined;
  for (const form of seedCatalog().forms) {
    form.definition.steps.forEach((step, stepIndex) => {
      if (!largest || step.fields.length > largest.size) largest = { form, stepIndex, size: step.fields.length };
    });
  }
  if (!largest) throw new Error('the seed has no form');
  const { form, stepIndex } = largest;
  const answers: Record<string, unknown> = {};
  for (const field of form.definition.steps[stepIndex]?.fields ?? []) {
    if (field.kind === 'choice' && field.options?.[0]) answers[field.id] = field.options[0].value;
  }
  return { form, stepIndex, answers };
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** A container in the document, laid out empty, so the timed part starts from a clean layout. */
function freshContainer(): HTMLElement {
  const container = document.createElement('div');
  document.getElementById('bench')?.append(container);
  void container.offsetHeight;
  return container;
}

/** Reads what only a layout can answer, so the browser lays the step out before the clock stops. */
function layOut(container: HTMLElement): void {
  container.getBoundingClientRect();
  void container.offsetHeight;
}

function plainField(field: FormField, answer: unknown): HTMLElement {
  const id = `plain-${field.id}`;
  const options =
    field.kind === 'yes-no'
      ? [
          { value: 'true', label: t('form.field.yes') },
          { value: 'false', label: t('form.field.no') },
        ]
      : field.kind === 'choice'
        ? (field.options ?? []).map((option) => ({ value: option.value, label: pickText(option.label) }))
        : null;
  // The app's class names, so that the same rules of app.css and form.css apply to both.
  if (options) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'field radio-group';
    const legend = document.createElement('legend');
    legend.textContent = pickText(field.label);
    fieldset.append(legend);
    for (const option of options) {
      const label = document.createElement('label');
      label.className = 'radio';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = id;
      input.value = option.value;
      input.checked = String(answer) === option.value;
      const text = document.createElement('span');
      text.textContent = option.label;
      label.append(input, text);
      fieldset.append(label);
    }
    return fieldset;
  }
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const label = document.createElement('label');
  label.className = 'field-label';
  label.htmlFor = id;
  label.textContent = pickText(field.label);
  const input = document.createElement('input');
  input.id = id;
  input.className = 'text-input';
  input.type = field.kind === 'date' ? 'date' : 'text';
  wrapper.append(label, input);
  return wrapper;
}

export async function formStepRender(rounds: number, warmUp: number): Promise<Timings> {
  const { form, stepIndex, answers } = largestStep();
  const step = form.definition.steps[stepIndex];
  const fields = visibleFields(form.definition, answers)
    .filter((visible) => visible.step.id === step?.id)
    .map((visible) => visible.field);

  const app = () => {
    const container = freshContainer();
    const start = performance.now();
    render(
      <FormStepView
        form={form}
        stepIndex={stepIndex}
        answers={answers}
        errors={[]}
        attempt={0}
        onAnswer={() => {}}
        attachments={NO_ATTACHMENTS}
      />,
      container,
    );
    layOut(container);
    const time = performance.now() - start;
    if (container.querySelectorAll('.field').length !== fields.length)
      throw new Error('FormStepView drew another step');
    return { time, unmount: () => render(null, container) };
  };
  const baseline = () => {
    const container = freshContainer();
    const start = performance.now();
    const section = document.createElement('section');
    section.className = 'form-step';
    const title = document.createElement('h2');
    title.className = 'form-step-title';
    title.textContent = step ? pickText(step.title) : '';
    const list = document.createElement('div');
    list.className = 'form-fields';
    list.append(...fields.map((field) => plainField(field, answers[field.id])));
    section.append(title, list);
    container.append(section);
    layOut(container);
    return { time: performance.now() - start, unmount: () => container.replaceChildren() };
  };
  // Each drawn, then left a frame (the app's effects run, as they would on screen), then taken away.
  const round = async (draw: () => { time: number; unmount: () => void }) => {
    const drawn = draw();
    await nextFrame();
    drawn.unmount();
    document.getElementById('bench')?.replaceChildren();
    return drawn.time;
  };

  const subject = `${form.id} v${form.version}, step ${step?.id ?? stepIndex}: ${fields.length} fields`;
  const timings: Timings = { subject, app: [], baseline: [] };
  for (let i = 0; i < warmUp + rounds; i += 1) {
    let appTime: number;
    let baselineTime: number;
    if (i % 2 === 0) {
      appTime = await round(app);
      baselineTime = await round(baseline);
    } else {
      baselineTime = await round(baseline);
      appTime = await round(app);
    }
    if (i < warmUp) continue;
    timings.app.push(appTime);
    timings.baseline.push(baselineTime);
  }
  return timings;
}
