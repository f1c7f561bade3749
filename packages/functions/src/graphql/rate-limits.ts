import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";

/** At most `limit` requests in each window of `windowSeconds`. */
export interface RequestLimit {
  limit: number;
  windowSeconds: number;
}

export interface RequestLimits {
  /** Every request, by the client's address (none is counted where the address is unknown). */
  perAddress: RequestLimit;
  /** A script's requests, by its API token, from wherever they come. */
  perToken: RequestLimit;
}

/** What the API allows by default: documented on the API page and in the README. */
export const defaultRequestLimits: RequestLimits = {
  perAddress: { limit: 600, windowSeconds: 60 },
  perToken: { limit: 1_200, windowSeconds: 60 },
};

/** Where one request stands against the limit that is closest to refusing it. */
export interface Admission {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
  windowSeconds: number;
}

type Subject = { kind: keyof RequestLimits; key: string };

/**
 * Counts requests per subject in fixed windows aligned to the clock: cheap (a map entry per subject seen in
 * the window, all dropped when it ends) and simple to explain in headers. A refused request counts too,
 * so a client that keeps hammering stays refused until the window ends.
 */
export function requestLimiter(limits: RequestLimits, now: () => number = Date.now) {
  const windows = new Map<keyof RequestLimits, { startsAt: number; counts: Map<string, number> }>();

  function count({ kind, key }: Subject): Admission {
    const { limit, windowSeconds } = limits[kind];
    const length = windowSeconds * 1000;
    const at = now();
    const startsAt = Math.floor(at / length) * length;
    let window = windows.get(kind);
    if (!window || window.startsAt !== startsAt) {
      window = { startsAt, counts: new Map() };
      windows.set(kind, window);
    }
    const counted = (window.counts.get(key) ?? 0) + 1;
    window.counts.set(key, counted);
    return {
      allowed: counted <= limit,
      limit,
      remaining: Math.max(0, limit - counted),
      resetSeconds: Math.max(1, Math.ceil((startsAt + length - at) / 1000)),
      windowSeconds,
    };
  }

  return {
    /** Counts the request against each of its subjects: refused if any is over; else the tightest. */
    admit(subjects: readonly Subject[]): Admission | undefined {
      const admissions = subjects.map(count);
      const refused = admissions.filter((admission) => !admission.allowed);
      const pool = refused.length > 0 ? refused : admissions;
      return pool.reduce<Admission | undefined>(
        (tightest, admission) =>
          !tightest ||
          (refused.length > 0
            ? admission.resetSeconds > tightest.resetSeconds
            : admission.remaining < tightest.remaining)
            ? admission
            : tightest,
        undefined,
      );
    },
  };
}

export type RequestLimiter = ReturnType<typeof requestLimiter>;

/** `Bearer mst_…`: counted per token, by its hash, whether or not it turns out to be one in use. */
const apiTokenBearer = /^Bearer (mst_\S+)$/;

/** The subjects a request counts against: its client's address, and the API token it carries. */
export function subjectsOf(authorization: string | null, address: string | undefined): Subject[] {
  const subjects: Subject[] = address ? [{ kind: "perAddress", key: address }] : [];
  const token = authorization ? apiTokenBearer.exec(authorization.trim())?.[1] : undefined;
  if (token) subjects.push({ kind: "perToken", key: createHash("sha256").update(token).digest("base64url") });
  return subjects;
}

/** The headers every counted answer carries (the IETF draft's `RateLimit-*` fields), refused or not. */
export function rateLimitHeaders(admission: Admission): [string, string][] {
  return [
    ["ratelimit-limit", String(admission.limit)],
    ["ratelimit-remaining", String(admission.remaining)],
    ["ratelimit-reset", String(admission.resetSeconds)],
    ["ratelimit-policy", `${admission.limit};w=${admission.windowSeconds}`],
  ];
}

/** A refusal as GraphQL clients read errors, with when to try again: for a fetch handler. */
export function tooManyRequests(admission: Admission): Response {
  const { status, headers, body } = refusalOf(admission);
  return new Response(body, { status, headers });
}

/** The same refusal as plain parts: for Node's own response, on the host's fast path. */
export function refusalOf(admission: Admission): { status: 429; headers: [string, string][]; body: string } {
  const body = JSON.stringify({
    errors: [
      {
        message: `Too many requests: at most ${admission.limit} every ${admission.windowSeconds} seconds. Try again in ${admission.resetSeconds} seconds.`,
        extensions: { code: "RATE_LIMITED" },
      },
    ],
  });
  return {
    status: 429,
    headers: [
      ["content-type", "application/json; charset=utf-8"],
      ["retry-after", String(admission.resetSeconds)],
      ["cache-control", "private, no-store"],
      ...rateLimitHeaders(admission),
    ],
    body,
  };
}

/**
 * Limits every request to the API, before it is parsed: over the limit it gets 429 with `Retry-After`,
 * and every answer says where its client stands. `clientOf` names the client's address from what the
 * server gave the request (the socket on the host, CloudFront's viewer address on Lambda).
 */
export function rateLimitPlugin(
  limiter: RequestLimiter,
  clientOf: (request: Request, serverContext: unknown) => string | undefined,
): Plugin {
  const admissions = new WeakMap<Request, Admission>();
  return {
    onRequest({ request, serverContext, endResponse }) {
      const admission = limiter.admit(
        subjectsOf(request.headers.get("authorization"), clientOf(request, serverContext)),
      );
      if (!admission) return;
      if (!admission.allowed) {
        endResponse(tooManyRequests(admission));
        return;
      }
      admissions.set(request, admission);
    },
    onResponse({ request, response, setResponse }) {
      const admission = admissions.get(request);
      if (!admission) return;
      const headers = new Headers(response.headers);
      for (const [name, value] of rateLimitHeaders(admission)) headers.set(name, value);
      setResponse(
        new Response(response.body, { status: response.status, statusText: response.statusText, headers }),
      );
    },
  };
}
