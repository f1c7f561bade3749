import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import type { Mailer } from "@meetstream/core/mail/mailer";

export interface SesMailerOptions {
  /** Only `send` is used, so a test can pass a client that records what it was asked to send. */
  client: Pick<SESv2Client, "send">;
  /** The verified identity mail comes from (an address, or any address at a verified domain). */
  from: string;
  /** SES configuration set, for bounce and complaint tracking; none by default. */
  configurationSet?: string;
}

/**
 * The mailer on AWS: each message is one SES v2 `SendEmail` (simple content: text, and HTML, headers and
 * attachments when the message has them). SES accepting a message is all `send` waits for; a bounce
 * arrives later, through the configuration set, never as an error here.
 */
export function sesMailer({ client, from, configurationSet }: SesMailerOptions): Mailer {
  return {
    async send({ to, subject, text, html, headers, attachments }) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [to] },
          Content: {
            Simple: {
              Subject: { Data: subject, Charset: "UTF-8" },
              Body: {
                Text: { Data: text, Charset: "UTF-8" },
                ...(html === undefined ? {} : { Html: { Data: html, Charset: "UTF-8" } }),
              },
              ...(headers === undefined
                ? {}
                : { Headers: Object.entries(headers).map(([Name, Value]) => ({ Name, Value })) }),
              ...(attachments === undefined
                ? {}
                : {
                    Attachments: attachments.map((attachment) => ({
                      FileName: attachment.fileName,
                      ContentType: attachment.contentType,
                      RawContent: Buffer.from(attachment.content, "utf8"),
                      ContentDisposition: "ATTACHMENT" as const,
                    })),
                  }),
            },
          },
          ConfigurationSetName: configurationSet,
        }),
      );
    },
  };
}
