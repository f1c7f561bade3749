/** One plain-text email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends email. The dev mailbox keeps messages in memory on one machine; SES sends them on AWS.
 * A message the mailer accepted may still bounce later: `send` resolving means handed over, not read.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
