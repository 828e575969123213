import { Spinner } from '@portico/ui';
import { type KeyboardEvent, useId, useState } from 'react';

export interface ComboboxOption {
  id: string;
  label: string;
  sub?: string | null;
}

interface ComboboxProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The text typed; the parent searches with it. */
  text: string;
  onTextChange: (text: string) => void;
  onOpenChange?: (open: boolean) => void;
  options: ComboboxOption[];
  loading: boolean;
  /** Shown in the popup when the search failed. */
  loadError?: string | null;
  /** e.g. "No accounts match". */
  emptyText: string;
  onSelect: (option: ComboboxOption) => void;
  placeholder?: string;
  disabled?: boolean;
}

/**
 * A searchable select (WAI-ARIA combobox with a listbox popup): type to search, arrows to move,
 * Enter to choose, Escape to close. The focus stays in the input throughout.
 */
export function Combobox(props: ComboboxProps) {
  const { label, hint, error, text, onTextChange, onOpenChange, options, loading, loadError } = props;
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpenState] = useState(false);
  const [active, setActive] = useState(-1);

  function setOpen(next: boolean) {
    setOpenState(next);
    setActive(-1);
    onOpenChange?.(next);
  }

  function choose(option: ComboboxOption) {
    props.onSelect(option);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        options.length === 0 ? -1 : (current + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter' && open) {
      // Enter picks the highlighted option; it must not submit a surrounding form.
      event.preventDefault();
      const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      // Closing the popup only: a dialog around it stays open.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const activeOption = open ? options[active] : undefined;

  return (
    <div className={['field', 'combobox', error && 'field--invalid'].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        className="field__input"
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${id}-option-${activeOption.id}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={text}
        placeholder={props.placeholder}
        disabled={props.disabled}
        onChange={(event) => {
          onTextChange(event.target.value);
          if (!open) setOpen(true);
          else setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="combobox__popup" hidden={!open}>
        <div id={listId} role="listbox" aria-label={`${label}: matches`} className="combobox__list">
          {options.map((option, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keyboard (aria-activedescendant)
            <div
              key={option.id}
              tabIndex={-1}
              id={`${id}-option-${option.id}`}
              role="option"
              aria-selected={index === active}
              className="combobox__option"
              // Keep the focus in the input, so choosing does not blur and close first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              <span className="combobox__label">{option.label}</span>
              {option.sub && <span className="combobox__sub">{option.sub}</span>}
            </div>
          ))}
        </div>
        {options.length === 0 && (
          <p className="combobox__status" role="status">
            {loading ? (
              <>
                <Spinner size="sm" /> Searching…
              </>
            ) : (
              (loadError ?? props.emptyText)
            )}
          </p>
        )}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
