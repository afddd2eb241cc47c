import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t.ts';

type Loaded<P> = { status: 'loading' } | { status: 'ready'; Page: ComponentType<P> } | { status: 'failed' };

interface LazyPageProps<P> {
  /** Stable across renders (a module-level function): a new one loads again. */
  load: () => Promise<ComponentType<P>>;
  props?: P;
}

/** A page that loads its code when first opened, so it costs nothing to the first screen. */
export function LazyPage<P extends object>({ load, props }: LazyPageProps<P>) {
  const [state, setState] = useState<Loaded<P>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (Page) => live && setState({ status: 'ready', Page }),
      (error: unknown) => {
        console.error('page failed to load', error);
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (state.status === 'ready') return <state.Page {...(props ?? ({} as P))} />;
  if (state.status === 'failed')
    return (
      <p class="notice error" role="alert">
        {t('app.pageLoadFailed')}
      </p>
    );
  return (
    <p class="notice" role="status">
      {t('app.loadingPage')}
    </p>
  );
}
