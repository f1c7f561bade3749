/**
 * The SES identity members' mail and sign-in codes come from: an address (SES emails it a verification
 * link) or a domain (DKIM records are added when its DNS is on Route 53). Until the account leaves the SES
 * sandbox, mail only reaches verified recipients.
 */
const sender = process.env.MEETSTREAM_MAIL_SENDER;
if (!sender)
  throw new Error("Set MEETSTREAM_MAIL_SENDER to the address or domain sign-in codes are sent from.");

/** The account's default event bus: the only one SES publishes what happens to mail on. */
export const defaultBus = sst.aws.Bus.get("DefaultBus", "default");

/**
 * Mail is sent with the component's configuration set (`Resource.Mail.configSet`), whose bounces and
 * complaints go to the default bus, where the mail feedback handler suppresses the address
 * (infra/notifications.ts). Large mailbox providers stop taking mail from a sender who keeps writing to
 * addresses that bounce or complain.
 */
export const mail = new sst.aws.Email("Mail", {
  sender,
  events: [{ name: "Feedback", types: ["bounce", "complaint"], bus: defaultBus.arn }],
});
