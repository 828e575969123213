import { useEffect, useState } from 'react';
import { portalStatusLabel } from '../../../components/portal-status-badge';
import { useSearchText } from '../../../lib/use-search-text';
import {
  type CustomersShown,
  type ReportFilters as Filters,
  type InviteStatus,
  inviteStatuses,
} from '../utils/report-filters';
import { CustomerPicker } from './customer-picker';

interface ReportFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const customersShown: { value: CustomersShown; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
  { value: 'all', label: 'All' },
];

type Choices = Pick<Filters, 'customers' | 'customerHasAccess' | 'emailHasAccess' | 'inviteStatus'>;
const choicesOf = (filters: Filters): Choices => ({
  customers: filters.customers,
  customerHasAccess: filters.customerHasAccess,
  emailHasAccess: filters.emailHasAccess,
  inviteStatus: filters.inviteStatus,
});

function YesNoSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: '' | 'yes' | 'no';
  onChange: (value: '' | 'yes' | 'no') => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value as '' | 'yes' | 'no')}
      >
        <option value="">Any</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </select>
    </div>
  );
}

/** The report's filters; every change goes to the URL (and from there to the request). */
export function ReportFilters({ filters, onChange }: ReportFiltersProps) {
  const [customerName, setCustomerName] = useSearchText(filters.customerName, (text) =>
    onChange({ ...filters, customerName: text }),
  );
  const [email, setEmail] = useSearchText(filters.email, (text) => onChange({ ...filters, email: text }));
  // Mirror the URL but flip at once: the router applies a new URL in a transition.
  const [chosen, setChosen] = useState(() => choicesOf(filters));
  useEffect(() => setChosen(choicesOf(filters)), [filters]);

  function choose(next: Partial<Choices>) {
    setChosen((current) => ({ ...current, ...next }));
    onChange({ ...filters, ...next });
  }

  function toggleStatus(status: InviteStatus, on: boolean) {
    const picked = on ? [...chosen.inviteStatus, status] : chosen.inviteStatus.filter((s) => s !== status);
    choose({ inviteStatus: inviteStatuses.filter((s) => picked.includes(s)) });
  }

  return (
    <search aria-label="Filter the report">
      <form
        className="report-filters"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, customerName: customerName.trim(), email: email.trim() });
        }}
      >
        <fieldset className="segmented report-filters__shown">
          <legend className="field__label">Customers</legend>
          <div className="segmented__options">
            {customersShown.map((option) => (
              <label key={option.value} className="segmented__option">
                <input
                  type="radio"
                  name="customers"
                  value={option.value}
                  checked={chosen.customers === option.value}
                  onChange={() => choose({ customers: option.value })}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <YesNoSelect
          id="report-customer-has-access"
          label="Customer has access?"
          value={chosen.customerHasAccess}
          onChange={(customerHasAccess) => choose({ customerHasAccess })}
        />
        <div className="field">
          <label className="field__label" htmlFor="report-customer-name">
            Customer name contains
          </label>
          <input
            id="report-customer-name"
            className="field__input"
            type="search"
            value={customerName}
            onChange={(event) => setCustomerName(event.target.value)}
            placeholder="e.g. Harbor"
            autoComplete="off"
            maxLength={200}
          />
        </div>
        <div className="report-filters__picker">
          <CustomerPicker
            chosen={filters.customerIds}
            onChange={(customerIds) => onChange({ ...filters, customerIds })}
          />
        </div>
        <YesNoSelect
          id="report-email-has-access"
          label="Email has access?"
          value={chosen.emailHasAccess}
          onChange={(emailHasAccess) => choose({ emailHasAccess })}
        />
        <div className="field">
          <label className="field__label" htmlFor="report-email">
            Email contains
          </label>
          <input
            id="report-email"
            className="field__input"
            type="search"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            placeholder="e.g. @harbor.example"
            autoComplete="off"
            maxLength={320}
          />
        </div>
        <fieldset className="status-filter report-filters__status">
          <legend className="field__label">Invite status</legend>
          <div className="status-filter__options">
            {inviteStatuses.map((status) => (
              <label key={status} className="status-filter__option">
                <input
                  type="checkbox"
                  name="inviteStatus"
                  value={status}
                  checked={chosen.inviteStatus.includes(status)}
                  onChange={(event) => toggleStatus(status, event.target.checked)}
                />
                <span className="status-filter__chip">{portalStatusLabel(status)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </form>
    </search>
  );
}
