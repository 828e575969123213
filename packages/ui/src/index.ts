// Components shared by the office console and the customer portal. Their styles come from each
// app's stylesheet on top of ./base.css (tokens and element defaults), so each app keeps its look.

export { type DownloadedFile, fileFrom, filenameOf, saveFile } from './file-download';
export { PageStatus } from './page-status';
export { Spinner } from './spinner';
export { TextField } from './text-field';
