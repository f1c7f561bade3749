/**
 * The SES identity sign-in codes come from: an address (SES emails it a verification link) or a domain
 * (DKIM records are added when its DNS is on Route 53). Until the account leaves the SES sandbox, mail only
 * reaches verified recipients.
 */
const sender = process.env.MEETSTREAM_MAIL_SENDER;
if (!sender)
  throw new Error("Set MEETSTREAM_MAIL_SENDER to the address or domain sign-in codes are sent from.");

export const mail = new sst.aws.Email("Mail", { sender });
