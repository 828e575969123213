import { problemMessage } from '@portico/api-client';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { type ExportFormat, type ExportTarget, exportFormats, useExportDownload } from '../api/exports';

interface ExportMenuProps {
  target: ExportTarget;
  /** Names the button for screen readers: "Export the customers table". */
  label: string;
}

/**
 * "Export" and its formats: a disclosure with one button per format. Arrow keys move between
 * them, Escape closes and hands focus back; the file comes through the signed-in client.
 */
export function ExportMenu({ target, label }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const download = useExportDownload();

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  function choose(format: ExportFormat) {
    close();
    download.mutate({ target, format });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...(rootRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    if (items.length === 0) return;
    event.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(at + step + items.length) % items.length]?.focus();
  }

  return (
    <div className="report-menu" ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((current) => !current)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) onKeyDown(event);
        }}
        disabled={download.isPending}
      >
        {download.isPending ? 'Preparing…' : 'Export'}
        <span className="visually-hidden"> {label}</span>
        <span aria-hidden="true" className="report-menu__caret">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={menuId}
          className="report-menu__popup"
          role="menu"
          aria-label={`Export ${label} as`}
          onKeyDown={onKeyDown}
        >
          {exportFormats.map(({ format, label: formatLabel }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              className="report-menu__item"
              onClick={() => choose(format)}
            >
              {formatLabel}
            </button>
          ))}
        </div>
      )}
      {download.isError && (
        <p className="report-menu__error" role="alert">
          {problemMessage(download.error, 'The export could not be downloaded.')}
        </p>
      )}
    </div>
  );
}
