import { useQuery } from '@tanstack/react-query';
import { Overlay } from '../components/overlay';
import { DocumentDetailLoader } from '../features/documents/components/document-detail';
import { DocumentList } from '../features/documents/components/document-list';
import { AssetList, DefectList, QuoteList, TaskList } from '../features/records/components/record-lists';
import { ViewPicker } from '../features/shell/components/view-picker';
import type { OverlayTarget } from '../lib/overlay';
import { buildingsOptions } from '../lib/portal-queries';
import type { PortalMe } from '../lib/session';
import { documentFilters, recordFilters } from './overlay-filters';
import { listTitle } from './overlay-titles';
import { PropertyOverlay } from './property-overlay';

interface OverlayHostProps {
  target: OverlayTarget;
  me: PortalMe;
  onClose: () => void;
}

/**
 * What `?overlay=` names, drawn from the features: the app composes them, so no feature imports
 * another. An unknown or outdated target still opens (and closes) cleanly.
 */
export function OverlayHost({ target, me, onClose }: OverlayHostProps) {
  const { path, params } = target;
  const buildings = useQuery(buildingsOptions());
  const buildingId = params.get('buildingId');
  const building = buildingId ? buildings.data?.items.find((b) => b.id === buildingId) : undefined;
  const subtitle = building?.name;
  const [, section, id = ''] = path.split('/');

  if (path === '/views') {
    return (
      <Overlay title="Change view" onClose={onClose}>
        <ViewPicker me={me} onChosen={onClose} />
      </Overlay>
    );
  }
  if (section === 'property' && id) return <PropertyOverlay id={id} me={me} onClose={onClose} />;
  if (section === 'document' && id) {
    return (
      <DocumentDetailLoader id={id} defaultName={`${me.firstName} ${me.lastName}`.trim()}>
        {(title, body) => (
          <Overlay title={title} onClose={onClose}>
            {body}
          </Overlay>
        )}
      </DocumentDetailLoader>
    );
  }

  const list = (() => {
    switch (path) {
      case '/documents':
        return <DocumentList filters={documentFilters(params)} withProperty={!buildingId} />;
      case '/defects':
        return <DefectList filters={recordFilters.defects(params)} withProperty={!buildingId} />;
      case '/tasks':
        return <TaskList filters={recordFilters.tasks(params)} withProperty={!buildingId} />;
      case '/quotes':
        return <QuoteList filters={recordFilters.quotes(params)} withProperty={!buildingId} />;
      case '/assets':
        return <AssetList filters={recordFilters.assets(params)} withProperty={!buildingId} />;
      default:
        return null;
    }
  })();
  if (list) {
    return (
      <Overlay title={listTitle(path, params)} subtitle={subtitle} onClose={onClose}>
        {list}
      </Overlay>
    );
  }
  return (
    <Overlay title="Not found" onClose={onClose}>
      <p className="muted">This link points to something the portal cannot show. Close it to go on.</p>
    </Overlay>
  );
}
