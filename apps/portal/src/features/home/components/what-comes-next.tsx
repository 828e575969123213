/**
 * Honest about the first visit: the documents and the dashboard come from the contractor, and
 * nothing is shown that they have not published. Plus one step that helps now: next time, no password.
 */
export function WhatComesNext({ organization }: { organization: string }) {
  return (
    <>
      <section className="card card--quiet" aria-labelledby="next-documents">
        <span className="card__icon card__icon--documents" aria-hidden="true" />
        <h2 id="next-documents" className="card__heading">
          Your documents will appear here
        </h2>
        <p>
          As {organization} publishes reports, proposals and invoices to the portal, you will find them on
          this page, with a dashboard of your properties and their open defects.
        </p>
      </section>
      <section className="card card--quiet" aria-labelledby="next-sign-in">
        <span className="card__icon card__icon--link" aria-hidden="true" />
        <h2 id="next-sign-in" className="card__heading">
          Next time, no password needed
        </h2>
        <p>
          On the sign-in page, choose “Email me a sign-in link instead”, then open the link on this phone or
          computer.
        </p>
      </section>
    </>
  );
}
