import type { Locale } from '../../i18n/locales';
import type { RenderedMail, Translate } from '../message';

export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  /** Smaller print under the button: how long the link works, what to do if unexpected. */
  notes: string[];
  organisationName: string;
}

const escapeHtml = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** One look for every mail: plain text for any client, and simple HTML with inline styles. */
export function renderMail(t: Translate, locale: Locale, content: MailContent): RenderedMail {
  const footer = t('mail:footer', { organisation: content.organisationName });
  const fallback = t('mail:linkFallback');
  const text = [
    content.greeting,
    ...content.paragraphs,
    `${content.action.label}:\n${content.action.url}`,
    ...content.notes,
    `-- \n${footer}`,
  ].join('\n\n');
  const p = (body: string, style = '') => `<p style="margin:0 0 16px;${style}">${body}</p>`;
  const url = escapeHtml(content.action.url);
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f7f9;font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px">
${p(escapeHtml(content.greeting))}
${content.paragraphs.map((paragraph) => p(escapeHtml(paragraph))).join('\n')}
<p style="margin:24px 0"><a href="${url}" style="background:#1c7ed6;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
${content.notes.map((note) => p(escapeHtml(note), 'font-size:14px;color:#52606d')).join('\n')}
${p(`${escapeHtml(fallback)}<br><a href="${url}" style="color:#1c7ed6;word-break:break-all">${url}</a>`, 'font-size:14px;color:#52606d')}
</div>
${p(escapeHtml(footer), 'font-size:12px;color:#7b8794;text-align:center;margin-top:16px')}
</body></html>`;
  return { subject: content.subject, text, html };
}
