import type { AdoptionHeadline } from '../api/adoption-report';
import { formatCount, formatPercent, shareOf } from '../utils/report-format';

interface Figure {
  label: string;
  value: number;
  tone?: 'good' | 'warn' | 'plain';
}

interface Group {
  title: string;
  figures: Figure[];
  /** Shown as a bar: the share of the group's whole that has access. */
  share?: { part: number; whole: number; text: string };
}

function groupsOf(headline: AdoptionHeadline): Group[] {
  const customers = headline.customersWithAccess + headline.customersWithoutAccess;
  const emails = headline.emailsWithAccess + headline.emailsWithoutAccess;
  return [
    {
      title: 'Customers',
      figures: [
        { label: 'With access', value: headline.customersWithAccess, tone: 'good' },
        { label: 'Without access', value: headline.customersWithoutAccess, tone: 'warn' },
      ],
      share: { part: headline.customersWithAccess, whole: customers, text: 'of customers have access' },
    },
    {
      title: 'Emails',
      figures: [
        { label: 'With access', value: headline.emailsWithAccess, tone: 'good' },
        { label: 'Without access', value: headline.emailsWithoutAccess, tone: 'warn' },
      ],
      share: { part: headline.emailsWithAccess, whole: emails, text: 'of emails have access' },
    },
    {
      title: 'Invitations',
      figures: [
        { label: 'Pending', value: headline.invitesPending },
        { label: 'Expired', value: headline.invitesExpired, tone: 'warn' },
        { label: 'Not sent', value: headline.invitesNotSent },
      ],
    },
    {
      title: 'Contacts without email',
      figures: [{ label: 'Cannot be invited', value: headline.contactsWithoutEmail, tone: 'warn' }],
    },
  ];
}

/** The report's headline: who has access and who does not, and where invitations stand. */
export function HeadlineCards({ headline, busy }: { headline: AdoptionHeadline; busy: boolean }) {
  return (
    <section className="report-headline" aria-labelledby="headline-title" aria-busy={busy}>
      <h2 id="headline-title" className="visually-hidden">
        Headline
      </h2>
      {groupsOf(headline).map((group) => {
        const share = group.share && shareOf(group.share.part, group.share.whole);
        return (
          <section key={group.title} className="report-headline__card" aria-label={group.title}>
            <h3 className="report-headline__title">{group.title}</h3>
            <dl className="report-headline__figures">
              {group.figures.map((figure) => (
                <div
                  key={figure.label}
                  // Colour marks a number worth a look; a zero is not one.
                  className={`report-figure report-figure--${figure.value > 0 ? (figure.tone ?? 'plain') : 'plain'}`}
                >
                  <dt className="report-figure__label">{figure.label}</dt>
                  <dd className="report-figure__value">{formatCount(figure.value)}</dd>
                </div>
              ))}
            </dl>
            {group.share && share !== null && share !== undefined && (
              <div className="report-share">
                <div className="report-share__bar" aria-hidden="true">
                  <span className="report-share__fill" style={{ width: `${share * 100}%` }} />
                </div>
                <p className="report-share__text">
                  {formatPercent(share)} {group.share.text}
                </p>
              </div>
            )}
          </section>
        );
      })}
    </section>
  );
}
