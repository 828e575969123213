import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { kindInfo, type Template, templateKinds } from '../api/template-kinds';
import { templatesOptions } from '../api/templates';
import { NewTemplateForm } from './new-template-form';

const updated = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function TemplatesPage() {
  const templates = useQuery(templatesOptions());
  const canManage = useCan('settings.manage');
  // Set by the template page after a delete, which lands here.
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;

  return (
    <>
      <title>Templates · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Templates</h1>
          <p className="page-header__text">
            The emails your customers receive. Each kind has a default, used when a send names no template.
          </p>
        </div>
        {canManage && <NewTemplateForm />}
      </header>
      {deleted && (
        <p className="alert alert--info" role="status">
          Deleted “{deleted}”.
        </p>
      )}
      {canManage === false && (
        <p className="alert alert--info">
          You can read the templates; creating or changing them needs the settings.manage permission.
        </p>
      )}

      {templates.isPending ? (
        <ListSkeleton label="Loading templates" rows={6} columns={2} />
      ) : templates.isError ? (
        <QueryError error={templates.error} onRetry={() => void templates.refetch()} what="templates" />
      ) : (
        <div className="tpl-groups">
          {templateKinds.map((kind) => (
            <KindGroup
              key={kind}
              kind={kind}
              templates={templates.data.items.filter((t) => t.kind === kind)}
              canManage={canManage === true}
            />
          ))}
        </div>
      )}
    </>
  );
}

function KindGroup({
  kind,
  templates,
  canManage,
}: {
  kind: Template['kind'];
  templates: Template[];
  canManage: boolean;
}) {
  const headingId = `tpl-kind-${kind}`;
  return (
    <section className="tpl-group" aria-labelledby={headingId}>
      <div className="tpl-group__head">
        <div>
          <h2 id={headingId} className="tpl-group__title">
            {kindInfo[kind].label}
          </h2>
          <p className="tpl-group__text">{kindInfo[kind].text}</p>
        </div>
        {canManage && (
          <Link className="button button--secondary button--small" to={`/templates/new?kind=${kind}`}>
            Add<span className="visually-hidden"> {kindInfo[kind].label.toLowerCase()} template</span>
          </Link>
        )}
      </div>
      {templates.length === 0 ? (
        <p className="tpl-group__empty muted">No templates of this kind yet.</p>
      ) : (
        <ul className="tpl-list">
          {templates.map((template) => (
            <li key={template.id} className="tpl-list__item">
              <div className="tpl-list__main">
                <Link className="tpl-list__name" to={`/templates/${template.id}`}>
                  {template.name}
                </Link>
                {template.isDefault && <span className="badge badge--success">Default</span>}
              </div>
              <p className="tpl-list__subject">{template.subject}</p>
              <p className="tpl-list__meta">
                Updated{' '}
                <time dateTime={template.updatedAt}>{updated.format(new Date(template.updatedAt))}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
