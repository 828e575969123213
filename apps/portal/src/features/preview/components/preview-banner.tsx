import { type RefObject, useLayoutEffect, useRef } from 'react';
import { type PreviewInfo, usePreviewState } from '../../../lib/preview';
import { useEndPreview } from '../api/preview';

const timeOf = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));

/** What the customer would actually get, when it is not simply this portal. */
function statusNote({ contactStatus, contactName }: PreviewInfo): string | null {
  switch (contactStatus) {
    case 'not_invited':
    case 'invited':
    case 'expired':
      return `${contactName} has not signed up yet: this is what they will see once they do.`;
    case 'suspended':
      return `${contactName} is suspended and cannot sign in: this is what they would see if reinstated.`;
    case 'enrolled':
      return null;
  }
}

/**
 * Overlays (a document, a property) cover the whole window; in a preview they start below the
 * banner instead (preview.css reads this variable), so "End preview" is never hidden.
 */
function useBannerOffset(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useLayoutEffect(() => {
    const banner = ref.current;
    if (!active || !banner) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--preview-banner-height', `${banner.offsetHeight}px`);
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(banner);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--preview-banner-height');
    };
  }, [ref, active]);
}

/**
 * Always on screen while office staff view the portal as a customer: whom they are looking as,
 * that nothing can be changed (the API refuses it anyway), and the way out.
 */
export function PreviewBanner() {
  const preview = usePreviewState();
  const end = useEndPreview();
  const ref = useRef<HTMLElement>(null);
  useBannerOffset(ref, preview?.kind === 'active');
  if (preview?.kind !== 'active') return null;
  const { info } = preview;
  const note = statusNote(info);

  return (
    <section ref={ref} className="preview-banner" aria-label="Preview">
      <div className="preview-banner__text">
        <p>
          <strong>You are viewing the portal as {info.contactName} — read-only</strong>
        </p>
        <p className="preview-banner__detail">
          {`Nothing can be changed here, and nothing you open counts as theirs. Ends at ${timeOf(info.expiresAt)}.`}
          {note && ` ${note}`}
        </p>
      </div>
      <button
        type="button"
        className="button button--secondary preview-banner__end"
        onClick={() => end.mutate({})}
        disabled={end.isPending}
      >
        {end.isPending ? 'Ending…' : 'End preview'}
      </button>
    </section>
  );
}
