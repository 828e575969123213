import type { NewContactValues } from '../utils/contact-form';
import { AccountPicker, BuildingPicker } from './lookup-pickers';

type AccountLink = NewContactValues['accounts'][number];
type BuildingLink = NewContactValues['buildings'][number];

interface AccountLinksFieldProps {
  value: AccountLink[];
  onChange: (value: AccountLink[]) => void;
  error?: string | undefined;
}

/** The new contact's accounts, chosen before it exists (the contact page saves each at once). */
export function AccountLinksField({ value, onChange, error }: AccountLinksFieldProps) {
  return (
    <fieldset className="contact-fieldset">
      <legend className="contact-fieldset__legend">Accounts</legend>
      <p className="field__hint">They see every building of these accounts, now and later.</p>
      {value.length > 0 && (
        <ul className="item-list">
          {value.map((link) => (
            <li key={link.id} className="item-list__item">
              <span className="item-list__main">
                <span className="item-list__name">{link.name}</span>
              </span>
              <label className="checkbox contact-link__flag">
                <input
                  type="checkbox"
                  checked={link.isBillingContact}
                  onChange={(event) =>
                    onChange(
                      value.map((l) =>
                        l.id === link.id ? { ...l, isBillingContact: event.target.checked } : l,
                      ),
                    )
                  }
                />
                <span>
                  Billing contact<span className="visually-hidden"> for {link.name}</span>
                </span>
              </label>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(value.filter((l) => l.id !== link.id))}
              >
                Remove<span className="visually-hidden"> {link.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AccountPicker
        label="Add an account"
        error={error}
        excludeIds={value.map((l) => l.id)}
        onSelect={(account) =>
          onChange([...value, { id: account.id, name: account.label, isBillingContact: false }])
        }
      />
    </fieldset>
  );
}

interface BuildingLinksFieldProps {
  value: BuildingLink[];
  onChange: (value: BuildingLink[]) => void;
  error?: string | undefined;
}

export function BuildingLinksField({ value, onChange, error }: BuildingLinksFieldProps) {
  return (
    <fieldset className="contact-fieldset">
      <legend className="contact-fieldset__legend">Buildings</legend>
      <p className="field__hint">
        Single buildings, for people who look after a site rather than a whole account.
      </p>
      {value.length > 0 && (
        <ul className="item-list">
          {value.map((link) => (
            <li key={link.id} className="item-list__item">
              <span className="item-list__main">
                <span className="item-list__name">{link.name}</span>
                {link.sub && <span className="item-list__sub">{link.sub}</span>}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChange(value.filter((l) => l.id !== link.id))}
              >
                Remove<span className="visually-hidden"> {link.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <BuildingPicker
        label="Add a building"
        error={error}
        excludeIds={value.map((l) => l.id)}
        onSelect={(building) =>
          onChange([...value, { id: building.id, name: building.label, sub: building.sub ?? '' }])
        }
      />
    </fieldset>
  );
}
