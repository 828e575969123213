import type { Capped, ReportRoutineTask } from '../report-data';
import { brandColour, createReportPdf, finishReportPdf, note, type Pdf } from './layout';
import { drawTable } from './table';

export interface RoutineReportContent {
  organizationName: string;
  brandColor: string;
  /** e.g. "1 Jan 2026 to 31 Mar 2026" */
  rangeLabel: string;
  viewName: string;
  generatedOn: string;
  tasks: Capped<ReportRoutineTask> & { late: number };
}

/** The routine activity report: routine maintenance performed in a date range. */
export function renderRoutineReport(content: RoutineReportContent): Pdf {
  const { tasks } = content;
  const doc = createReportPdf({
    organizationName: content.organizationName,
    brandColor: content.brandColor,
    title: 'Routine activity report',
    subtitle: [content.rangeLabel, content.viewName],
  });
  const { late } = tasks;
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#111827')
    .text(`${tasks.total} routine tasks performed, ${tasks.total - late} on time, ${late} late (in red).`);
  doc.moveDown(0.5);
  if (tasks.total === 0) {
    note(doc, 'No routine tasks were performed in this period.');
  } else {
    drawTable(
      doc,
      [
        { header: 'Performed', width: 0.13 },
        { header: 'Due', width: 0.13 },
        { header: 'Property', width: 0.2 },
        { header: 'Task', width: 0.26 },
        { header: 'Asset', width: 0.16 },
        { header: 'Tolerance', width: 0.12 },
      ],
      tasks.rows.map((t) => [
        t.performedOn,
        t.dueOn ?? '',
        t.buildingName,
        t.title,
        t.assetName ?? '',
        t.tolerance === 'late' ? 'Late' : 'On time',
      ]),
      {
        headerColour: brandColour(content.brandColor),
        highlight: (row) => tasks.rows[row]?.tolerance === 'late',
      },
    );
    if (tasks.total > tasks.rows.length) {
      note(doc, `Showing the first ${tasks.rows.length} of ${tasks.total}. The portal lists them all.`);
    }
  }
  return finishReportPdf(doc, content.generatedOn);
}
