export * from './csv';
export { EXPORT_PAGE_SIZE } from './cursor';
export * from './export-report';
export * from './export-spec';
export type { ExportStats } from './write-csv';
export { PDF_ROW_LIMIT } from './write-pdf';
