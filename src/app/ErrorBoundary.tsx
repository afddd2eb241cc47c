import { Component, type ComponentChildren } from 'preact';
import { Bilingual } from './Bilingual.tsx';

interface State {
  error: unknown;
}

/** Whatever a page throws, the mediator sees what happened and a way out, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error('page crashed', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section class="problem" role="alert" data-testid="app-error">
        <Bilingual as="h1" id="error.title" />
        <Bilingual id="error.body" />
        <button type="button" class="button primary" onClick={() => location.reload()}>
          <Bilingual as="span" id="error.reload" />
        </button>
      </section>
    );
  }
}
