import type { MessageLinks, WebhookMessagePayload } from "@meetstream/core/notification";
import { Button } from "@react-email/button";
import { Text } from "@react-email/text";
import { button, MessageLayout, paragraph } from "./message-layout";

/** A webhook of a community the organiser runs failed 20 times in a row and sends nothing until enabled. */
export function webhookMessage(payload: WebhookMessagePayload, links: MessageLinks) {
  const { webhook } = payload;
  const lead = `The webhook to ${webhook.url} failed 20 times in a row, so ${webhook.communityName} sends it nothing more.`;
  const element = (
    <MessageLayout
      preview={lead}
      from={webhook.communityName}
      heading="A webhook stopped"
      reason={`You get this because you organise ${webhook.communityName}.`}
      unsubscribeUrl={links.unsubscribeUrl}
      settingsUrl={links.settingsUrl}
    >
      <Text style={paragraph}>{lead}</Text>
      <Text style={paragraph}>
        Fix the receiver, then enable the webhook in the console and redeliver what failed meanwhile.
      </Text>
      <Button href={links.pageUrl} style={button}>
        Open the webhooks
      </Button>
    </MessageLayout>
  );
  return { subject: `A webhook of ${webhook.communityName} stopped`, element };
}
