import type { IncomingMessage } from "node:http";
import type { DevMailbox } from "@meetstream/core/mail/dev-mailbox";
import { Hono } from "hono";
import { clientOfSocket } from "../auth/client-address";
import type { MountedIssuer } from "../auth/mounted-issuer";
import { graphqlEndpoint, maximumRequestBytes } from "../graphql/server";
import { bodyLimit } from "./body-limit";
import {
  devMailboxAttachment,
  devMailboxHtmlPart,
  devMailboxJson,
  devMailboxMessagePage,
  devMailboxPage,
} from "./dev-mailbox-page";
import type { ProjectorHealth } from "./projector-health";

type FetchHandler = (request: Request) => Response | Promise<Response>;

export interface HostRoutes {
  graphql: FetchHandler;
  issuer: MountedIssuer;
  webApp: FetchHandler;
  /** Uploads (`PUT /uploads/…`, each with its own body limit) and the files they became (`GET /blobs/…`). */
  blobs?: FetchHandler;
  /** Calendar and syndication feeds under /feeds. */
  feeds?: FetchHandler;
  /** Local mode only: the pages showing what the dev mailbox holds. */
  mailbox?: DevMailbox;
  /**
   * `POST /unsubscribe/one-click?token=…`: a mail client's one-click unsubscribe (RFC 8058), with no
   * session; true when the token was valid and its kind is now off.
   */
  unsubscribe?: (token: string) => Promise<boolean>;
  /** `GET /health`: 200 when the read model is whole and current, 503 when it needs a person. */
  health?: () => Promise<ProjectorHealth>;
  onError(error: unknown, request: Request): void;
}

/**
 * What the local host serves, by path: the API, the sign-in issuer under /auth, uploads and the files
 * they became, feeds under /feeds, the dev mailbox, the projector's health, and
 * the web app for everything else (its sign-in callback page included).
 */
export function hostApp(routes: HostRoutes): Hono {
  const app = new Hono();

  // Before the API's body limit: an upload has the limit of its kind, counted as it streams to disk.
  const { blobs } = routes;
  if (blobs) {
    app.put("/uploads/*", (context) => blobs(context.req.raw));
    app.get("/blobs/*", (context) => blobs(context.req.raw));
  }

  app.use(bodyLimit(maximumRequestBytes));

  app.all(graphqlEndpoint, (context) => routes.graphql(context.req.raw));
  app.all("*", (context, next) => {
    if (!routes.issuer.handles(context.req.path)) return next();
    // Sign-in counts codes per client: the socket's address (Hono's Node server passes the request in env).
    const incoming = (context.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    return routes.issuer.fetch(context.req.raw, clientOfSocket(incoming?.socket.remoteAddress));
  });

  const { feeds } = routes;
  if (feeds) app.get("/feeds/*", (context) => feeds(context.req.raw));

  const { mailbox } = routes;
  if (mailbox) {
    app.get("/dev/mailbox", () => devMailboxPage(mailbox));
    app.get("/dev/mailbox.json", () => devMailboxJson(mailbox));
    app.get("/dev/mailbox/:id", (context) => devMailboxMessagePage(mailbox.message(context.req.param("id"))));
    app.get("/dev/mailbox/:id/html", (context) =>
      devMailboxHtmlPart(mailbox.message(context.req.param("id"))),
    );
    app.get("/dev/mailbox/:id/attachments/:index", (context) =>
      devMailboxAttachment(mailbox.message(context.req.param("id")), Number(context.req.param("index"))),
    );
  }

  const { unsubscribe } = routes;
  if (unsubscribe)
    app.post("/unsubscribe/one-click", async (context) => {
      const done = await unsubscribe(context.req.query("token") ?? "");
      context.header("cache-control", "no-store");
      return done
        ? context.text("You are unsubscribed from these messages.")
        : context.text("This unsubscribe link is not valid.", 400);
    });

  const { health } = routes;
  if (health)
    app.get("/health", async (context) => {
      const report = await health();
      context.header("cache-control", "no-store");
      return context.json(report, report.ok ? 200 : 503);
    });

  app.all("*", (context) => routes.webApp(context.req.raw));

  app.onError((error, context) => {
    routes.onError(error, context.req.raw);
    return context.text("Something went wrong on our side.", 500);
  });
  return app;
}
