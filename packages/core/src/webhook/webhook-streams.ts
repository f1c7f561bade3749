/** A webhook subscription: one stream each. */
export const webhookStream = (webhookId: string) => `webhook-${webhookId}`;

export const webhookIdOfStream = (streamId: string) => streamId.slice("webhook-".length);
