import type { MessageRenderer } from "@meetstream/core/notification";
import { render } from "@react-email/render";
import { isMeetupMessageKind, meetupMessage } from "./meetup-messages";

/**
 * Renders every message from one template per kind with React Email: the HTML, and the text part from
 * the same element (`plainText`), so the two always say the same.
 */
export const reactEmailRenderer: MessageRenderer = {
  async render(payload, links) {
    const { kind } = payload;
    if (!isMeetupMessageKind(kind)) throw new Error(`no template renders messages of kind ${kind}`);
    const { subject, element } = meetupMessage({ ...payload, kind }, links);
    const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
    return { subject, html, text };
  },
};
