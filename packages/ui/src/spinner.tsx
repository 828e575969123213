/** Decorative: the text next to it (or an aria-busy region) tells assistive tech what is happening. */
export function Spinner({ size = 'md' }: { size?: 'sm' | 'md' }) {
  return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
}
