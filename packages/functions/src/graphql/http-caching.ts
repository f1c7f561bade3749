import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { privateNoStore } from "./cache-policy";
import { csrfHeader } from "./csrf-header";

/** An answer as the response cache keeps it. */
interface KeptAnswer {
  body: string;
  headers: [string, string][];
  /** The database's change token just before the answer was worked out. */
  changes: string;
  expiresAt: number;
}

export interface ResponseCacheOptions {
  /** A token that moves with every write to the store the answers are read from (`databaseChanges`). */
  changes: () => string;
  /** Answers kept at most; the least recently used goes first. */
  maximumEntries?: number;
  now?: () => number;
}

/**
 * Public answers kept by the host, so that a page everyone opens costs one execution until anything is
 * written. Any write empties it: the token is read before an answer is worked out, so an answer that a
 * write overtook is never kept as current, and no reader gets an answer older than the last write.
 */
export function responseCache({ changes, maximumEntries = 1_000, now = Date.now }: ResponseCacheOptions) {
  const answers = new Map<string, KeptAnswer>();
  let keptAt = "";
  return {
    /** The token to keep an answer under: read it before the answer is worked out. */
    changes,
    get(key: string): KeptAnswer | undefined {
      const current = changes();
      if (current !== keptAt) {
        answers.clear();
        keptAt = current;
        return undefined;
      }
      const kept = answers.get(key);
      if (!kept) return undefined;
      answers.delete(key);
      if (kept.expiresAt <= now()) return undefined;
      answers.set(key, kept);
      return kept;
    },
    set(key: string, answer: Omit<KeptAnswer, "expiresAt">, maxAgeSeconds: number): void {
      if (answer.changes !== changes()) return;
      if (answer.changes !== keptAt) {
        answers.clear();
        keptAt = answer.changes;
      }
      answers.delete(key);
      // Where a client stands against its limits is its own: each reader of a kept answer gets theirs.
      const headers = answer.headers.filter(([name]) => !name.toLowerCase().startsWith("ratelimit"));
      answers.set(key, { ...answer, headers, expiresAt: now() + maxAgeSeconds * 1000 });
      if (answers.size > maximumEntries) answers.delete(answers.keys().next().value as string);
    },
    get size() {
      return answers.size;
    },
  };
}

export type ResponseCache = ReturnType<typeof responseCache>;

/** A weak validator: the same bytes before compression, the same answer. */
export const entityTagOf = (body: string): string =>
  `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

const matches = (ifNoneMatch: string | null, entityTag: string): boolean =>
  ifNoneMatch?.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || tag === entityTag || `W/${tag}` === entityTag;
  }) === true;

/** How long a shared cache (as the host's is) may keep a public answer: its s-maxage, else its max-age. */
const publicMaxAge = (cacheControl: string | null): number | undefined => {
  if (!cacheControl?.startsWith("public")) return undefined;
  const age =
    /(?:^|[\s,])s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? /(?:^|[\s,])max-age=(\d+)/.exec(cacheControl)?.[1];
  return age === undefined ? undefined : Number(age);
};

/** Headers a 304 repeats (RFC 9110, 15.4.5): what the 200 would have said about caching it. */
const notModifiedHeaders = ["cache-control", "etag", "vary", "content-location", "expires"];

function notModified(headers: Headers): Response {
  const kept = new Headers();
  for (const name of notModifiedHeaders) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return new Response(null, { status: 304, headers: kept });
}

/**
 * The key of an answer: the path with the whole query string, the representation asked for, and the
 * origin (CORS headers follow it).
 */
const cacheKey = (pathAndQuery: string, accept: string | null, origin: string | null) =>
  `${pathAndQuery}\u0000${accept ?? ""}\u0000${origin ?? ""}`;

const keyOfRequest = (request: Request) => {
  const url = new URL(request.url);
  return cacheKey(
    `${url.pathname}${url.search}`,
    request.headers.get("accept"),
    request.headers.get("origin"),
  );
};

/** What a kept request asks: read from a fetch Request, or straight from Node's request on the host. */
export interface KeptRequest {
  /** As the request line has it (`/graphql?query=…`): normalised here as a URL parser would. */
  pathAndQuery: string;
  accept: string | null;
  origin: string | null;
  ifNoneMatch: string | null;
  /** Whether it carries the CSRF header: without it, the API refuses it, kept answer or not. */
  csrf: boolean;
}

export interface KeptResponse {
  status: 200 | 304;
  headers: [string, string][];
  body: string | null;
}

/**
 * The answer the cache keeps for an anonymous GET, as it goes out (304 when its tag is named); undefined
 * when it keeps none. For the host's listener, which answers from it before anything else runs.
 */
export function keptResponse(cache: ResponseCache, request: KeptRequest): KeptResponse | undefined {
  if (!request.csrf) return undefined;
  const url = new URL(request.pathAndQuery, "http://kept");
  const answer = cache.get(cacheKey(`${url.pathname}${url.search}`, request.accept, request.origin));
  if (!answer) return undefined;
  const entityTag = answer.headers.find(([name]) => name === "etag")?.[1] ?? "";
  if (!matches(request.ifNoneMatch, entityTag))
    return { status: 200, headers: answer.headers, body: answer.body };
  const headers = answer.headers.filter(([name]) => notModifiedHeaders.includes(name));
  return { status: 304, headers, body: null };
}

/**
 * HTTP caching of the API's answers: every answer carries a `Cache-Control` (`private, no-store` unless
 * the cache policy said otherwise), every answer to a GET its `ETag`, and a GET whose `If-None-Match`
 * names the answer's tag gets 304 with no body. With a response cache, public answers to anonymous GETs
 * are kept there and answered from it. A yoga plugin, so that it serves yoga's Node listener (the local
 * host's hot path) and its fetch handler (the Lambda's) alike.
 */
export function httpCachingPlugin(cache?: ResponseCache): Plugin {
  // The database's token when a kept request came in: its answer is kept under it.
  const tokens = new WeakMap<Request, string>();
  const isKept = (request: Request) => request.method === "GET" && !request.headers.get("authorization");
  return {
    onRequest({ request, endResponse }) {
      if (!cache || !isKept(request)) return;
      const url = new URL(request.url);
      const kept = keptResponse(cache, {
        pathAndQuery: `${url.pathname}${url.search}`,
        accept: request.headers.get("accept"),
        origin: request.headers.get("origin"),
        ifNoneMatch: request.headers.get("if-none-match"),
        csrf: request.headers.has(csrfHeader),
      });
      if (kept) {
        endResponse(new Response(kept.body, { status: kept.status, headers: kept.headers }));
        return;
      }
      tokens.set(request, cache.changes());
    },
    async onResponse({ request, response, setResponse }) {
      const headers = new Headers(response.headers);
      if (!headers.has("cache-control")) headers.set("cache-control", privateNoStore);
      if (request.method !== "GET" || response.status !== 200) {
        if (!response.headers.has("cache-control"))
          setResponse(
            new Response(response.body, {
              status: response.status,
              statusText: response.statusText,
              headers,
            }),
          );
        return;
      }
      const body = await response.text();
      const entityTag = entityTagOf(body);
      headers.set("etag", entityTag);
      const maxAge = publicMaxAge(headers.get("cache-control"));
      const token = tokens.get(request);
      if (cache && token !== undefined && maxAge !== undefined && maxAge > 0)
        cache.set(keyOfRequest(request), { body, headers: [...headers], changes: token }, maxAge);
      setResponse(
        matches(request.headers.get("if-none-match"), entityTag)
          ? notModified(headers)
          : new Response(body, { status: 200, headers }),
      );
    },
  };
}
