import { SendEmailCommand, type SendEmailCommandInput } from "@aws-sdk/client-sesv2";

/**
 * A stand-in for the SESv2 client (SES has no local server): it records each command it is sent and
 * answers like SES would, or fails as told.
 */
export function recordingSesClient({ failWith }: { failWith?: Error } = {}) {
  const sent: SendEmailCommandInput[] = [];
  let refusals: Error[] = [];
  return {
    sent,
    async send(command: unknown) {
      if (!(command instanceof SendEmailCommand)) throw new Error("only SendEmail is expected");
      sent.push(command.input);
      const refusal = refusals.shift();
      if (refusal) throw refusal;
      if (failWith) throw failWith;
      return { MessageId: `message-${sent.length}`, $metadata: {} };
    },
    /** The next `count` sends fail with this error (recorded all the same), as SES throttling would. */
    refuseNext(count: number, error: Error) {
      refusals = [...refusals, ...Array.from({ length: count }, () => error)];
    },
    /** What was sent, newest first, as the dev mailbox lists it. */
    messages: () =>
      sent
        .map((input) => ({
          to: input.Destination?.ToAddresses?.[0] ?? "",
          subject: input.Content?.Simple?.Subject?.Data ?? "",
          text: input.Content?.Simple?.Body?.Text?.Data ?? "",
        }))
        .reverse(),
  };
}
