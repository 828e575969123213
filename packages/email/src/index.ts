export { type DocumentNoticeContent, type DocumentNoticeItem, renderDocumentNotice } from './document-notice';
export { type MessageReplyContent, renderMessageReply } from './message-reply-notice';
export { escapeHtml, type RenderedEmail, renderTemplate, type TemplateSource } from './render';
export { createMailTransport, type MailTransport } from './transport';
export { type UnsubscribeLink, withUnsubscribeFooter } from './unsubscribe-footer';
