import { type NotificationModule, UnsubscribeLinkInvalid } from "@meetstream/core/notification";

/**
 * RFC 8058's one-click unsubscribe, as both hosts serve it at `POST /unsubscribe/one-click?token=…`: no
 * session, the signed token is the authority. True when the token was one Meetstream signed and its kind
 * is now off for its member; false for any other token.
 */
export const oneClickUnsubscribe =
  (notifications: Pick<NotificationModule, "unsubscribe">) =>
  async (token: string): Promise<boolean> => {
    try {
      await notifications.unsubscribe({ token });
      return true;
    } catch (error) {
      if (error instanceof UnsubscribeLinkInvalid) return false;
      throw error;
    }
  };
