export { escapeHtml, type RenderedEmail, renderTemplate, type TemplateSource } from './render';
export { createMailTransport, type MailTransport } from './transport';
