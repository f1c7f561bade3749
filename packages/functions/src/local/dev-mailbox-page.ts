import type { DeliveredMessage, DevMailbox } from "@meetstream/core/mail/dev-mailbox";
import { securityHeaders } from "./web-app";

/** The newest messages the page lists; the JSON lists more, for tests reading a sign-in code. */
const listedOnPage = 50;
const listedAsJson = 200;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[character] as string,
  );

/** `2026-12-04 18:50:12 UTC`: a developer's page, so the zone is said rather than guessed. */
const sentAtText = (sentAt: string) => `${sentAt.slice(0, 10)} ${sentAt.slice(11, 19)} UTC`;

const page = (title: string, body: string): Response =>
  new Response(
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Meetstream dev mailbox</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5 }
  article { border: 1px solid #d1d5db; border-radius: .5rem; padding: 1rem; margin: 1rem 0; overflow-wrap: anywhere }
  pre { white-space: pre-wrap; font: inherit; margin: .5rem 0 0; overflow-wrap: anywhere }
  iframe { width: 100%; height: 40rem; border: 1px solid #d1d5db; border-radius: .5rem }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; overflow-wrap: anywhere }
  dt { font-weight: 600 }
  dd { margin: 0 }
  @media (max-width: 40rem) { dl { grid-template-columns: 1fr; gap: 0 } dd { margin-bottom: .5rem } }
</style></head>
<body>
${body}
</body></html>`,
    {
      headers: {
        ...securityHeaders,
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
      },
    },
  );

const messageAddress = (message: DeliveredMessage) => `/dev/mailbox/${encodeURIComponent(message.id)}`;

const listed = (message: DeliveredMessage): string => `
<article>
  <a href="${messageAddress(message)}"><strong>${escapeHtml(message.subject)}</strong></a><br>
  to ${escapeHtml(message.to)} · <time datetime="${message.sentAt}">${sentAtText(message.sentAt)}</time>
  ${message.attachments?.length ? ` · ${message.attachments.length} attached` : ""}
  <pre>${escapeHtml(message.text.length > 400 ? `${message.text.slice(0, 400)}…` : message.text)}</pre>
</article>`;

/** The dev mailbox as a page: what members would have received, newest first (local mode only). */
export function devMailboxPage(mailbox: DevMailbox): Response {
  const messages = mailbox.messages({ first: listedOnPage });
  const count = mailbox.count();
  const shown = count > messages.length ? `the newest ${messages.length} of ${count}` : "newest first";
  return page(
    "Dev mailbox",
    `<h1>Dev mailbox</h1>
<p>Mail the local host sent, ${shown}. Nothing leaves this machine. <a href="/dev/mailbox">Refresh</a> · <a href="/dev/mailbox.json">JSON</a></p>
${messages.length === 0 ? "<p>No mail yet.</p>" : messages.map(listed).join("\n")}`,
  );
}

/** One message whole: its headers, the HTML part (sandboxed), the text part and its attachments. */
export function devMailboxMessagePage(message: DeliveredMessage | undefined): Response {
  if (!message)
    return new Response("That message is not in the dev mailbox (it keeps only the newest).", {
      status: 404,
      headers: { ...securityHeaders, "content-type": "text/plain; charset=utf-8" },
    });
  const headers: [string, string][] = [
    ["To", message.to],
    ["Subject", message.subject],
    ["Sent", sentAtText(message.sentAt)],
    ...Object.entries(message.headers ?? {}),
  ];
  const attachments = message.attachments ?? [];
  return page(
    message.subject,
    `<p><a href="/dev/mailbox">← Dev mailbox</a></p>
<h1>${escapeHtml(message.subject)}</h1>
<h2>Headers</h2>
<dl>${headers.map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>
${message.html === undefined ? "" : `<h2>HTML</h2>\n<iframe sandbox title="The HTML part" src="${messageAddress(message)}/html"></iframe>`}
<h2>Text</h2>
<article><pre>${escapeHtml(message.text)}</pre></article>
${
  attachments.length === 0
    ? ""
    : `<h2>Attachments</h2>\n<ul>${attachments
        .map(
          (attachment, index) =>
            `<li><a href="${messageAddress(message)}/attachments/${index}">${escapeHtml(attachment.fileName)}</a> (${escapeHtml(attachment.contentType)})</li>`,
        )
        .join("")}</ul>`
}`,
  );
}

/**
 * The HTML part alone, for the sandboxed frame: no script, no request anywhere but images, as a mail
 * client would show it; framed by the mailbox page only.
 */
export function devMailboxHtmlPart(message: DeliveredMessage | undefined): Response {
  if (message?.html === undefined) return new Response("No HTML part.", { status: 404 });
  return new Response(message.html, {
    headers: {
      ...securityHeaders,
      "x-frame-options": "SAMEORIGIN",
      "content-security-policy":
        "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src https: data:",
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    },
  });
}

/** An attachment as a download, named by its file name with anything a header could misread replaced. */
export function devMailboxAttachment(message: DeliveredMessage | undefined, index: number): Response {
  const attachment = message?.attachments?.[index];
  if (!attachment) return new Response("No such attachment.", { status: 404 });
  const fileName = attachment.fileName.replace(/[^\w.-]/g, "_");
  return new Response(attachment.content, {
    headers: {
      ...securityHeaders,
      "content-type": attachment.contentType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}

export const devMailboxJson = (mailbox: DevMailbox): Response =>
  Response.json(mailbox.messages({ first: listedAsJson }), { headers: { "cache-control": "no-store" } });
