import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { parse } from "@aws-lambda-powertools/parser";
import { NotificationMemberNotFound } from "@meetstream/core/notification";
import * as z from "@meetstream/core/validation/zod";
import { sesEventSource } from "../mail/mail-feedback-events";
import { type AwsNotificationsOptions, awsNotifications } from "./aws-notifications";
import { type LambdaHandler, type Observability, observed } from "./observed";

export type MailFeedbackHandlerDependencies = Observability & AwsNotificationsOptions;

export type MailFeedbackHandler = LambdaHandler<unknown, void>;

const recipients = z.array(z.object({ emailAddress: z.string() }));

/** What of SES's event the handler reads (SES's own event publishing format, in an EventBridge event). */
const mailFeedbackSchema = z.object({
  id: z.string(),
  source: z.literal(sesEventSource),
  detail: z.object({
    eventType: z.string(),
    bounce: z.optional(z.object({ bounceType: z.string(), bouncedRecipients: recipients })),
    complaint: z.optional(z.object({ complainedRecipients: recipients })),
  }),
});

/**
 * SES's bounces and complaints (infra/notifications.ts): each address that bounced for good, or whose
 * owner reported the mail as spam, is suppressed for the member who holds it, so nothing more is sent
 * there until they resume. A bounce SES calls transient (a full mailbox, a server down) suppresses
 * nothing: the next message may well arrive. Suppressing again changes nothing, so a redelivered event is
 * harmless. Addresses are never logged: a log outlives a member's erasure.
 */
export function createMailFeedbackHandler(
  dependencies: MailFeedbackHandlerDependencies,
): MailFeedbackHandler {
  const { logger, metrics } = dependencies;
  const { members, notifications } = awsNotifications(dependencies);
  return observed(async (event) => {
    const { id, detail } = parse(event, undefined, mailFeedbackSchema);
    const feedback =
      detail.eventType === "Complaint" && detail.complaint
        ? { reason: "complaint" as const, addresses: detail.complaint.complainedRecipients }
        : detail.eventType === "Bounce" && detail.bounce?.bounceType === "Permanent"
          ? { reason: "bounce" as const, addresses: detail.bounce.bouncedRecipients }
          : undefined;
    logger.appendKeys({ eventType: detail.eventType, bounceType: detail.bounce?.bounceType });
    if (!feedback) return void logger.info("mail feedback that suppresses nothing");
    let suppressed = 0;
    for (const { emailAddress } of feedback.addresses) {
      const memberId = await members.memberIdByEmail(emailAddress);
      // Mail to an address nobody holds any more (an erased member's, a sign-in code for a typo).
      if (!memberId) continue;
      try {
        await notifications.suppress({ memberId, reason: feedback.reason, causationId: id });
        suppressed++;
      } catch (error) {
        // Erased since the address was looked up: nothing reaches them any more anyway.
        if (!(error instanceof NotificationMemberNotFound)) throw error;
      }
    }
    logger.info("mail feedback suppressed addresses", {
      reason: feedback.reason,
      addresses: feedback.addresses.length,
      suppressed,
    });
    metrics?.addMetric(
      `addressesSuppressedFor${feedback.reason === "bounce" ? "Bounce" : "Complaint"}`,
      MetricUnit.Count,
      suppressed,
    );
  }, dependencies);
}
