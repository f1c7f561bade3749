import { meetupCalendar } from "../calendar/index";
import { type Clock, systemClock } from "../clock/clock";
import { inParallel } from "../concurrency/in-parallel";
import type { Mailer, MailMessage } from "../mail/mailer";
import type { Outbox, OutboxClaim, OutboxKey, OutboxSettlement } from "../outbox/outbox";
import { retryOrGiveUp } from "../outbox/retry-schedule";
import type { NotificationModule } from "./commands";
import { isMeetupMessage, type MeetupMessageKind, type MessagePayload, readPayload } from "./message-payload";
import type { NotificationMembers } from "./notification-members";

/** One message as its template renders it: the same words as text and as HTML. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** Where a message's links lead. */
export interface MessageLinks {
  /** The page in the web app the message is about: the meetup's, the member's proposals, the path's. */
  pageUrl: string;
  /** The page that turns this kind off, reached from the message's footer (the web app's landing page). */
  unsubscribeUrl: string;
  /** The member's notification settings. */
  settingsUrl: string;
}

/** Renders a message from its payload (one template per kind: React Email in the functions package). */
export interface MessageRenderer {
  render(payload: MessagePayload, links: MessageLinks): Promise<RenderedMessage>;
}

export interface MessageSenderOptions {
  outbox: Outbox;
  mailer: Mailer;
  renderer: MessageRenderer;
  members: Pick<NotificationMembers, "emailOf">;
  notifications: Pick<NotificationModule, "wants" | "tokens">;
  /** Where the web app is served: the links in a message lead there. */
  appOrigin: string;
  /** Where the one-click unsubscribe POST goes (RFC 8058): the API's origin. */
  apiOrigin: string;
  /** Who messages come from, and the organiser calendar invitations name. */
  sender: { name: string; email: string };
  clock?: Clock;
  /** How long a sender holds a message before another may take it (default a minute: a send's timeout is less). */
  leaseMilliseconds?: number;
  /** Messages sent at once (default 8). */
  concurrency?: number;
  /** After this long since it was recorded, a message that keeps failing is given up (default a day). */
  giveUpAfterMilliseconds?: number;
}

export interface MessageSender {
  /** Sends these recorded messages now, each claimed first: one another sender holds is left to it. */
  send(keys: readonly OutboxKey[]): Promise<void>;
  /** Sends what is due (retries, and messages a stopped sender left): how many it took. */
  sendDue(limit?: number): Promise<number>;
}

const minute = 60_000;

/** Stands for a member's unsubscribe token in a message rendered for every member it goes to. */
const tokenPlaceholder = "MEETSTREAM-UNSUBSCRIBE-TOKEN";
/** Messages kept rendered: an announcement's thousands of copies, a burst of RSVPs to one meetup. */
const renderedKept = 200;

/** Where a message leads in the web app: its meetup, the speaker's proposals, or its path. */
function pagePath(payload: MessagePayload): string {
  switch (payload.kind) {
    case "proposal-decided":
      return "/me/proposals";
    case "path-completed":
      return `/paths/${encodeURIComponent(payload.path.slug)}`;
    case "webhook-disabled":
      return "/admin/webhooks";
    default:
      return `/meetups/${encodeURIComponent(payload.meetup.id)}`;
  }
}

/** What a message says, without when it was recorded (a meetup's `updatedAt` is no part of the words). */
const wordsKey = (payload: MessagePayload): string =>
  JSON.stringify(
    "meetup" in payload ? { ...payload, meetup: { ...payload.meetup, updatedAt: null } } : payload,
  );

/**
 * Renders each distinct message once: the members an event writes to get the same words but for their
 * unsubscribe link, so it is rendered with a placeholder and each copy gets its member's token (a token is
 * base64url and a dot, the same in a URL, an attribute and text). A template takes milliseconds; a copy, none.
 */
function renderedOnce(renderer: MessageRenderer, appOrigin: string) {
  const kept = new Map<string, Promise<RenderedMessage>>();
  return async (payload: MessagePayload, token: string): Promise<RenderedMessage> => {
    const key = wordsKey(payload);
    let rendering = kept.get(key);
    if (!rendering) {
      rendering = renderer.render(payload, {
        pageUrl: new URL(pagePath(payload), appOrigin).href,
        unsubscribeUrl: new URL(`/unsubscribe?token=${tokenPlaceholder}`, appOrigin).href,
        settingsUrl: new URL("/me/notifications", appOrigin).href,
      });
      kept.set(key, rendering);
      rendering.catch(() => kept.delete(key));
      if (kept.size > renderedKept) kept.delete(kept.keys().next().value as string);
    }
    const { subject, text, html } = await rendering;
    const withToken = (part: string) => part.replaceAll(tokenPlaceholder, encodeURIComponent(token));
    return { subject, text: withToken(text), html: withToken(html) };
  };
}

const calendarMethods: Partial<Record<MeetupMessageKind, "request" | "cancel">> = {
  "rsvp-confirmed": "request",
  "waitlist-promoted": "request",
  "meetup-rescheduled": "request",
  "meetup-cancelled": "cancel",
};

/**
 * Sends the outbox's mail: each message is checked against the member's settings (from their stream, so a
 * click counts at once) and their address (gone with an erasure), rendered, sent with its one-click
 * unsubscribe headers (RFC 8058) and, for a seat or a change to one, a calendar invitation; then settled.
 * A failed send is tried again with backoff until a day has passed.
 */
export function messageSender(options: MessageSenderOptions): MessageSender {
  const { outbox, mailer, renderer, members, notifications, appOrigin, apiOrigin, sender } = options;
  const {
    clock = systemClock,
    leaseMilliseconds = minute,
    concurrency = 8,
    giveUpAfterMilliseconds = 24 * 60 * minute,
  } = options;

  const attempt = (started: number, outcome: string) => ({
    at: new Date(started).toISOString(),
    milliseconds: Math.max(0, clock.now().getTime() - started),
    outcome,
  });

  const rendered = renderedOnce(renderer, appOrigin);

  async function mailOf(payload: MessagePayload, recipient: string, to: string): Promise<MailMessage> {
    const token = notifications.tokens.tokenFor(recipient, payload.kind);
    const message = await rendered(payload, token);
    const method = isMeetupMessage(payload) ? calendarMethods[payload.kind] : undefined;
    const attachments =
      isMeetupMessage(payload) && method && (method === "cancel" || payload.meetup.status === "published")
        ? [
            {
              fileName: "meetup.ics",
              contentType: `text/calendar; charset=utf-8; method=${method.toUpperCase()}`,
              content: meetupCalendar({
                name: payload.meetup.title,
                meetups: [payload.meetup],
                baseUrl: appOrigin,
                ...(payload.joinUrl ? { joinUrls: new Map([[payload.meetup.id, payload.joinUrl]]) } : {}),
                invitation: { method, organizer: sender, attendee: to },
              }),
            },
          ]
        : undefined;
    return {
      to,
      ...message,
      headers: {
        "List-Unsubscribe": `<${new URL(`/unsubscribe/one-click?token=${encodeURIComponent(token)}`, apiOrigin).href}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      ...(attachments ? { attachments } : {}),
    };
  }

  async function deliver(claim: OutboxClaim): Promise<void> {
    const started = clock.now().getTime();
    const settle = (settlement: OutboxSettlement) => outbox.settle(claim, settlement);
    const skipped = (why: string) =>
      settle({ result: "failed", attempt: attempt(started, `skipped: ${why}`) });
    const payload = readPayload(claim.entry.payload);
    if (!payload) return void (await skipped("a message this version cannot read"));
    const { recipient } = claim.entry;
    if (!(await notifications.wants(recipient, payload.kind, payload.communityId)))
      return void (await skipped("turned off by the member"));
    const to = await members.emailOf(recipient);
    if (!to) return void (await skipped("no address (the member was erased)"));
    try {
      await mailer.send(await mailOf(payload, recipient, to));
    } catch (error) {
      const outcome = `failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
      // Exponential, from a minute up to an hour between tries, for a day.
      return void (await settle(
        retryOrGiveUp(claim.entry, attempt(started, outcome), clock.now().getTime(), {
          giveUpAfterMilliseconds,
        }),
      ));
    }
    await settle({ result: "sent", attempt: attempt(started, "sent") });
  }

  return {
    async send(keys) {
      await inParallel(keys, concurrency, async (key) => {
        const claim = await outbox.claim(key, leaseMilliseconds);
        if (claim) await deliver(claim);
      });
    },
    async sendDue(limit = 500) {
      const claims = await outbox.claimDue(limit, leaseMilliseconds);
      await inParallel(claims, concurrency, deliver);
      return claims.length;
    },
  };
}
