import { type LookupAddress, lookup as systemLookup } from "node:dns";
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { type AddressKind, addressKind } from "./outbound-address";

/**
 * Where deliveries may go. `aws`: https only, and never to a private, loopback or link-local address (the
 * VPC, the metadata service). `local`: https anywhere, plain http to loopback only (a receiver on the
 * organiser's own machine).
 */
export type OutboundMode = "local" | "aws";

export interface OutboundPolicy {
  mode: OutboundMode;
  /** The whole try: connecting, sending, the status and the body read (default 5 s). */
  timeoutMilliseconds?: number;
  /** What is read of a response's body; the rest is cut off (default 64 KB). */
  responseLimitBytes?: number;
  /** Redirects followed to the same host (scheme, name and port); one to another host is refused. */
  maximumRedirects?: number;
  /** How names resolve (default the system's); the address it gives is checked, then connected to. */
  lookup?: LookupFunction;
}

export interface WebhookResponse {
  /** 2xx: the receiver took it. */
  delivered: boolean;
  /** For the delivery log: `HTTP 200`, `HTTP 503`, `timeout`, `refused: private address`, … */
  outcome: string;
  status: number | null;
  /** Bytes of the response's body read: never more than the limit. */
  responseBytes: number;
  /** Whether the body went on past the limit and was cut off. */
  cut: boolean;
}

export const defaultTimeoutMilliseconds = 5_000;
export const defaultResponseLimitBytes = 64 * 1024;

/** Why a connection is refused before it is made; the refusal is the delivery's outcome. */
class OutboundRefused extends Error {
  constructor(readonly outcome: string) {
    super(outcome);
  }
}

class OutboundTimeout extends Error {}

function refusalOf(mode: OutboundMode, protocol: string, kind: AddressKind): string | undefined {
  if (mode === "aws") return kind === "public" ? undefined : `refused: ${kind} address`;
  if (protocol === "http:" && kind !== "loopback")
    return "refused: plain http to an address other than loopback";
  return undefined;
}

/**
 * The lookup a connection is made with: every address the name resolves to is checked, and the socket
 * connects to the one checked, so a name that resolves differently a moment later (DNS rebinding) gains
 * nothing.
 */
function guardedLookup(
  base: LookupFunction,
  refusal: (kind: AddressKind) => string | undefined,
): LookupFunction {
  return (hostname, options, callback) => {
    base(hostname, { ...options, all: true }, (error, resolved) => {
      if (error) return callback(error, "", 0);
      const addresses = resolved as unknown as LookupAddress[];
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }), "", 0);
      for (const { address } of addresses) {
        const refused = refusal(addressKind(address));
        if (refused) return callback(new OutboundRefused(refused), "", 0);
      }
      if (options.all)
        return (callback as unknown as (error: null, all: LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });

const isRedirect = (status: number) => status >= 300 && status < 400;

function outcomeOfError(error: unknown): string {
  if (error instanceof OutboundRefused) return error.outcome;
  if (error instanceof OutboundTimeout) return "timeout";
  const code = (error as { code?: string }).code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "no such host";
  if (code === "ECONNRESET") return "connection reset";
  if ((typeof code === "string" && code.startsWith("ERR_TLS")) || code === "CERT_HAS_EXPIRED")
    return "TLS certificate refused";
  return `failed: ${code ?? (error instanceof Error ? error.message : String(error))}`.slice(0, 200);
}

/**
 * POSTs a webhook's body under the outbound rules: the address is checked after resolution, the whole try
 * has a deadline, at most the limit of the response is read, and only same-host redirects are followed.
 * Never throws: whatever happens is the outcome.
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  policy: OutboundPolicy,
): Promise<WebhookResponse> {
  const {
    mode,
    timeoutMilliseconds = defaultTimeoutMilliseconds,
    responseLimitBytes = defaultResponseLimitBytes,
    maximumRedirects = 3,
    lookup = systemLookup as unknown as LookupFunction,
  } = policy;
  const failed = (outcome: string): WebhookResponse => ({
    delivered: false,
    outcome,
    status: null,
    responseBytes: 0,
    cut: false,
  });
  const abort = new AbortController();
  const deadline = setTimeout(() => abort.abort(new OutboundTimeout()), timeoutMilliseconds);
  try {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return failed("refused: not a URL");
    }
    for (let redirects = 0; ; redirects++) {
      if (target.protocol !== "https:" && !(mode === "local" && target.protocol === "http:"))
        return failed("refused: not https");
      if (target.username || target.password) return failed("refused: credentials in the URL");
      const hostname = target.hostname.replace(/^\[|\]$/g, "");
      // A literal address is connected to without a lookup: it is checked here instead.
      if (isIP(hostname)) {
        const refused = refusalOf(mode, target.protocol, addressKind(hostname));
        if (refused) return failed(refused);
      }
      const response = await send(target, body, headers, {
        lookup: guardedLookup(lookup, (kind) => refusalOf(mode, target.protocol, kind)),
        signal: abort.signal,
        responseLimitBytes,
      });
      const location = response.location;
      if (!isRedirect(response.status) || location === undefined) return outcomeOf(response);
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        return outcomeOf(response);
      }
      if (next.protocol !== target.protocol || next.host !== target.host)
        return { ...outcomeOf(response), outcome: "refused: redirect to another host" };
      if (redirects >= maximumRedirects)
        return { ...outcomeOf(response), outcome: "refused: too many redirects" };
      target = next;
    }
  } catch (error) {
    return failed(outcomeOfError(abort.signal.aborted ? abort.signal.reason : error));
  } finally {
    clearTimeout(deadline);
  }
}

interface RawResponse {
  status: number;
  location: string | undefined;
  responseBytes: number;
  cut: boolean;
}

const outcomeOf = (response: RawResponse): WebhookResponse => ({
  delivered: response.status >= 200 && response.status < 300,
  outcome: `HTTP ${response.status}`,
  status: response.status,
  responseBytes: response.responseBytes,
  cut: response.cut,
});

function send(
  target: URL,
  body: string,
  headers: Record<string, string>,
  options: { lookup: LookupFunction; signal: AbortSignal; responseLimitBytes: number },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const secure = target.protocol === "https:";
    const request = (secure ? httpsRequest : httpRequest)(target, {
      method: "POST",
      agent: secure ? httpsAgent : httpAgent,
      lookup: options.lookup,
      signal: options.signal,
      headers: {
        ...headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
        "user-agent": "Meetstream-Webhooks/1",
      },
    });
    request.once("error", reject);
    request.once("response", (response: IncomingMessage) => {
      let responseBytes = 0;
      const finish = (cut: boolean) =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          responseBytes,
          cut,
        });
      response.on("data", (chunk: Buffer) => {
        const room = options.responseLimitBytes - responseBytes;
        if (chunk.length <= room) {
          responseBytes += chunk.length;
          return;
        }
        responseBytes += Math.max(0, room);
        // Past the limit nothing more is read: the connection goes, so the receiver cannot keep us.
        response.destroy();
        finish(true);
      });
      response.once("end", () => finish(false));
      response.once("error", reject);
    });
    request.end(body);
  });
}
