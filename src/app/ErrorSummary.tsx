import { useEffect, useId, useRef } from 'preact/hooks';

export interface SummaryItem {
  /** The field the problem is about: the summary links to it. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  items: SummaryItem[];
  /** Changes at every failed submit: the summary takes the focus again, so the mediator hears what failed. */
  attempt: number;
  'data-testid': string;
  'data-code'?: string;
}

/** What stopped a form, above it: each problem in words, linked to its field; it takes the focus when shown. */
export function ErrorSummary({ title, items, attempt, ...data }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => box.current?.focus(), [attempt]);
  return (
    <div ref={box} class="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId} {...data}>
      <h2 id={titleId} class="error-summary-title">
        {title}
      </h2>
      <ul class="error-summary-list">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? <FieldLink fieldId={item.fieldId}>{item.message}</FieldLink> : item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldLink({ fieldId, children }: { fieldId: string; children: string }) {
  // A plain #fragment would go through the router's popstate; the field itself is what should get the focus.
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(fieldId)?.focus();
  };
  return (
    <a href={`#${fieldId}`} onClick={onClick}>
      {children}
    </a>
  );
}
