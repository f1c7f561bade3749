import type { MessagePayload, MessageRenderer } from "@meetstream/core/notification";
import { render } from "@react-email/render";
import { agendaMessage } from "./agenda-messages";
import { meetupMessage } from "./meetup-messages";
import { pathMessage } from "./path-messages";
import { proposalMessage } from "./proposal-messages";
import { webhookMessage } from "./webhook-messages";

/** Each kind's template: what a payload of its shape says. */
function templateOf(payload: MessagePayload, links: Parameters<MessageRenderer["render"]>[1]) {
  switch (payload.kind) {
    case "proposal-decided":
      return proposalMessage(payload, links);
    case "agenda-released":
      return agendaMessage(payload, links);
    case "path-completed":
      return pathMessage(payload, links);
    case "webhook-disabled":
      return webhookMessage(payload, links);
    default:
      return meetupMessage(payload, links);
  }
}

/**
 * Renders every message from one template per kind with React Email: the HTML, and the text part from
 * the same element (`plainText`), so the two always say the same.
 */
export const reactEmailRenderer: MessageRenderer = {
  async render(payload, links) {
    const { subject, element } = templateOf(payload, links);
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
    return { subject, html, text };
  },
};
