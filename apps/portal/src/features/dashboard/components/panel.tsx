import { type ReactNode, useId } from 'react';

/** A dashboard panel: a titled card, with tools (a year, a download) beside the title. */
export function Panel({
  title,
  tools,
  wide = false,
  children,
}: {
  title: string;
  tools?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`panel-card${wide ? ' panel-card--wide' : ''}`} aria-labelledby={id}>
      <div className="panel-card__head">
        <h2 id={id} className="panel-card__title">
          {title}
        </h2>
        {tools && <div className="panel-card__tools">{tools}</div>}
      </div>
      {children}
    </section>
  );
}
