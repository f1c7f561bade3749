import type { DeliveredMessage } from "@meetstream/core/mail/dev-mailbox";
import { securityHeaders } from "./web-app";

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] as string,
  );

const messageHtml = (message: DeliveredMessage): string => `
<article>
  <header><strong>${escapeHtml(message.subject)}</strong><br>
  to ${escapeHtml(message.to)} · <time datetime="${message.sentAt}">${message.sentAt}</time></header>
  <pre>${escapeHtml(message.text)}</pre>
</article>`;

/** The dev mailbox as a page: what a member would have received, newest first (local mode only). */
export function devMailboxPage(messages: readonly DeliveredMessage[]): Response {
  const body = messages.length === 0 ? "<p>No mail yet.</p>" : messages.map(messageHtml).join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meetstream dev mailbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5 }
  article { border: 1px solid #d1d5db; border-radius: .5rem; padding: 1rem; margin: 1rem 0 }
  pre { white-space: pre-wrap; font: inherit; margin: .5rem 0 0 }
</style></head>
<body>
<h1>Dev mailbox</h1>
<p>Mail the local host sent, newest first. Nothing leaves this machine. <a href="/dev/mailbox">Refresh</a> · <a href="/dev/mailbox.json">JSON</a></p>
${body}
</body></html>`;
  return new Response(html, {
    headers: { ...securityHeaders, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

export const devMailboxJson = (messages: readonly DeliveredMessage[]): Response =>
  Response.json(messages, { headers: { "cache-control": "no-store" } });
