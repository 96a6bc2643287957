import type { Locale } from '../i18n/locales';

export interface MailAttachment {
  filename: string;
  /** e.g. `text/calendar; charset=utf-8; method=REQUEST` */
  contentType: string;
  content: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Files rendered with the mail, in the recipient's language (a calendar invitation). */
  attachments?: MailAttachment[];
}

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A mail waiting for its language: rendered with the recipient's translations when sent. */
export type MailTemplate = (t: Translate, locale: Locale) => RenderedMail;

export interface MailToSend {
  organisation: { id: string; isDemo: boolean };
  to: string;
  locale: Locale;
  template: MailTemplate;
}

/**
 * What use cases send mail through. Mails are written with the use case's transaction and
 * leave only once it commits, so a failed change sends nothing.
 */
export interface MailOutbox {
  send(mail: MailToSend): Promise<void>;
  /**
   * Sends every mail as `send` would, with a few statements for all of them instead of a few
   * each: for a round's or a digest's hundreds or thousands of recipients.
   */
  sendMany(mails: readonly MailToSend[]): Promise<void>;
}
