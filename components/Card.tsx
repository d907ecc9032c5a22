import type { ReactNode } from 'react';

/** A titled section of an options page (a settings card, the data page's blocks). */
export function Card({
  id,
  title,
  children,
  description,
}: {
  id?: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card" id={id} aria-labelledby={id ? `${id}-title` : undefined}>
      <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
      {description && <p className="hint card-description">{description}</p>}
      {children}
    </section>
  );
}
