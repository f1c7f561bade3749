/** A file sent with a message: a calendar entry (`text/calendar; method=REQUEST`) for calendar apps. */
export interface MailAttachment {
  fileName: string;
  /** The full media type, with its parameters. */
  contentType: string;
  /** The file's text (every attachment Meetstream sends is text). */
  content: string;
}

/** One email: plain text always, and, for the messages members get, HTML, headers and attachments. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML, rendered from the same template as `text`. */
  html?: string;
  /** Extra headers by name: `List-Unsubscribe`, `List-Unsubscribe-Post`. */
  headers?: Readonly<Record<string, string>>;
  attachments?: readonly MailAttachment[];
}

/**
 * Sends email. The dev mailbox keeps messages on one machine; SES sends them on AWS.
 * A message the mailer accepted may still bounce later: `send` resolving means handed over, not read.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
