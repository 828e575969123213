import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { isTemplateKind, kindInfo, type TemplateKind } from '../api/template-kinds';
import { templateOptions, templatesOptions } from '../api/templates';
import { toDraft } from './template-draft';
import { TemplateEditor } from './template-editor';

/** `/templates/:templateId`, and `/templates/new?kind=…` for a new one. */
export function TemplatePage() {
  const { templateId = '' } = useParams();
  const [params] = useSearchParams();
  if (templateId === 'new') {
    const kind = params.get('kind');
    return isTemplateKind(kind) ? <NewTemplate key={kind} kind={kind} /> : <UnknownKind />;
  }
  return <ExistingTemplate key={templateId} id={templateId} />;
}

function ExistingTemplate({ id }: { id: string }) {
  const template = useQuery(templateOptions(id));
  const canManage = useCan('settings.manage');
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;

  if (template.isPending) return <EditorSkeleton title="Template" />;
  if (template.isError) {
    if (problemStatus(template.error) === 404) return <NotFoundTemplate />;
    return (
      <>
        <TemplateHeader title="Template" />
        <QueryError error={template.error} onRetry={() => void template.refetch()} what="this template" />
      </>
    );
  }
  const saved = template.data;
  return (
    <>
      <TemplateHeader title={saved.name} kind={saved.kind} isDefault={saved.isDefault} />
      {created && (
        <p className="alert alert--info" role="status">
          Template created.
        </p>
      )}
      <TemplateEditor
        kind={saved.kind}
        variables={saved.variables}
        initial={toDraft(saved)}
        canManage={canManage}
        saved={saved}
      />
    </>
  );
}

/**
 * A new template starts as a copy of its kind's default, so the preview has something to show
 * and the variables (which only a template of the kind lists) are known.
 */
function NewTemplate({ kind }: { kind: TemplateKind }) {
  const siblings = useQuery(templatesOptions(kind));
  const canManage = useCan('settings.manage');
  const title = `New ${kindInfo[kind].label.toLowerCase()} template`;

  if (siblings.isPending) return <EditorSkeleton title={title} />;
  if (siblings.isError) {
    return (
      <>
        <TemplateHeader title={title} kind={kind} />
        <QueryError
          error={siblings.error}
          onRetry={() => void siblings.refetch()}
          what="the template kinds"
        />
      </>
    );
  }
  const base = siblings.data.items.find((t) => t.isDefault) ?? siblings.data.items[0];
  const initial = {
    name: '',
    subject: base?.subject ?? '',
    htmlBody: base?.htmlBody ?? '',
    textBody: base?.textBody ?? '',
    // The first template of a kind becomes its default anyway.
    isDefault: base === undefined,
  };
  return (
    <>
      <TemplateHeader title={title} kind={kind} />
      {base && (
        <p className="muted">
          Starts as a copy of “{base.name}”, the current default. Give it a name and change what you need.
        </p>
      )}
      <TemplateEditor kind={kind} variables={base?.variables ?? []} initial={initial} canManage={canManage} />
    </>
  );
}

function TemplateHeader({
  title,
  kind,
  isDefault,
}: {
  title: string;
  kind?: TemplateKind;
  isDefault?: boolean;
}) {
  return (
    <>
      <title>{`${title} · Portico`}</title>
      <nav aria-label="Breadcrumb" className="tpl-crumbs">
        <Link to="/templates">Templates</Link>
      </nav>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{title}</h1>
          {kind && (
            <p className="page-header__text">
              {kindInfo[kind].label} · {kindInfo[kind].text}
              {isDefault && (
                <>
                  {' '}
                  <span className="badge badge--success">Default</span>
                </>
              )}
            </p>
          )}
        </div>
      </header>
    </>
  );
}

function EditorSkeleton({ title }: { title: string }) {
  return (
    <>
      <TemplateHeader title={title} />
      <ListSkeleton label="Loading the template" rows={5} columns={1} />
    </>
  );
}

function NotFoundTemplate() {
  return (
    <>
      <TemplateHeader title="Template not found" />
      <section className="state">
        <h2 className="state__title">This template does not exist</h2>
        <p className="state__text">It may have been deleted. The list shows every template you have.</p>
        <Link className="button button--secondary" to="/templates">
          Back to templates
        </Link>
      </section>
    </>
  );
}

function UnknownKind() {
  return (
    <>
      <TemplateHeader title="New template" />
      <section className="state">
        <h2 className="state__title">Choose a kind of email first</h2>
        <p className="state__text">A template belongs to one kind of email, which decides its variables.</p>
        <Link className="button button--secondary" to="/templates">
          Back to templates
        </Link>
      </section>
    </>
  );
}
