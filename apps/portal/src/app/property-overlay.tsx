import { useState } from 'react';
import { Link } from 'react-router';
import { Overlay } from '../components/overlay';
import { DocumentList } from '../features/documents/components/document-list';
import { PropertySummaryLoader } from '../features/properties/components/property-summary';
import { AssetList, DefectList, TaskList } from '../features/records/components/record-lists';
import type { PortalMe } from '../lib/session';

type Section = 'documents' | 'assets' | 'tasks' | 'defects';

/**
 * A property over the page it was opened from: its headline, then its documents, assets, tasks
 * and open defects, one section at a time (a phone shows one list well, not four).
 */
export function PropertyOverlay({ id, me, onClose }: { id: string; me: PortalMe; onClose: () => void }) {
  const anyDocuments = Object.values(me.access).some(Boolean);
  const sections: { key: Section; label: string }[] = [
    ...(anyDocuments ? [{ key: 'documents' as const, label: 'Documents' }] : []),
    { key: 'assets', label: 'Assets' },
    { key: 'tasks', label: 'Tasks' },
    ...(me.access.inspectionReports ? [{ key: 'defects' as const, label: 'Defects' }] : []),
  ];
  const [section, setSection] = useState<Section>(sections[0]?.key ?? 'assets');

  return (
    <PropertySummaryLoader id={id} access={me.access}>
      {(title, subtitle, summary) => (
        <Overlay title={title} subtitle={subtitle} onClose={onClose}>
          {summary}
          <p>
            <Link className="text-link" to={`/messages/new?buildingId=${encodeURIComponent(id)}`}>
              Ask a question about this property
            </Link>
          </p>
          <fieldset className="segmented" aria-label="Show">
            {sections.map((s) => (
              <button
                key={s.key}
                type="button"
                className="segmented__button"
                aria-pressed={section === s.key}
                onClick={() => setSection(s.key)}
              >
                {s.label}
              </button>
            ))}
          </fieldset>
          {section === 'documents' && (
            <DocumentList
              filters={{ buildingId: id }}
              withProperty={false}
              emptyText="No documents for this property yet."
            />
          )}
          {section === 'assets' && <AssetList filters={{ buildingId: id }} withProperty={false} />}
          {section === 'tasks' && <TaskList filters={{ buildingId: id }} withProperty={false} />}
          {section === 'defects' && (
            <DefectList filters={{ buildingId: id, status: 'open' }} withProperty={false} />
          )}
        </Overlay>
      )}
    </PropertySummaryLoader>
  );
}
