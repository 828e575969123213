import { type ReactNode, useId } from 'react';

export function SettingsSection({
  title,
  text,
  children,
}: {
  title: string;
  text: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <div className="settings-section__intro">
        <h2 id={id} className="settings-section__title">
          {title}
        </h2>
        <p className="settings-section__text">{text}</p>
      </div>
      <div className="settings-section__fields">{children}</div>
    </section>
  );
}
