/*
 * How SES tells of mail that bounced or was reported as spam, on EventBridge: the mail feedback handler
 * reads these and its rule (infra/notifications.ts) matches them. Nothing imported, so infra can read it.
 */

/** Where SES puts what happens to mail sent with a configuration set that has an EventBridge destination. */
export const sesEventSource = "aws.ses";

/** The `detail-type`s of the events that stop mail to an address (the configuration set sends no others). */
export const mailFeedbackDetailTypes = ["Email Bounced", "Email Complaint Received"] as const;
