import type { ReactNode } from 'react';

/** One frame for every non-link state: a short headline, one sentence of why, the actions. */
export function StatePanel({
  tone = 'neutral',
  icon,
  headline,
  children,
  actions,
}: {
  tone?: 'neutral' | 'warning' | 'danger';
  icon?: ReactNode;
  headline: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className={`state state-${tone}`} aria-live="polite">
      {icon && <div className="state-icon">{icon}</div>}
      <h2 className="state-headline">{headline}</h2>
      {children && <div className="state-body">{children}</div>}
      {actions && <div className="state-actions">{actions}</div>}
    </section>
  );
}
