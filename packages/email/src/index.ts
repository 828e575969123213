export { type DocumentNoticeContent, type DocumentNoticeItem, renderDocumentNotice } from './document-notice';
export { escapeHtml, type RenderedEmail, renderTemplate, type TemplateSource } from './render';
export { createMailTransport, type MailTransport } from './transport';
export { type UnsubscribeLink, withUnsubscribeFooter } from './unsubscribe-footer';
