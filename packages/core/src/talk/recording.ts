/*
 * A recording is a link the speaker gives: any https address. The providers below are recognised so that
 * the web app can offer an embed that loads only when asked (nothing reaches the provider before). The
 * embed address is worked out when read, not stored, so that a provider's new address scheme needs no
 * new event.
 */

export type RecordingProvider = "youtube" | "vimeo" | "peertube" | "other";

export interface Recording {
  url: string;
  provider: RecordingProvider;
  /** Where the click-to-load player comes from; null for a provider we do not embed. */
  embedUrl: string | null;
}

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
const vimeoId = /^\d{1,12}$/;
const peerTubeUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** PeerTube's short ids (`/w/<id>`) are base58 of a UUID: 22 characters. */
const peerTubeShortId = /^[1-9A-HJ-NP-Za-km-z]{16,24}$/;

/** The address as an https URL, or undefined for anything else (http, javascript:, a bare word). */
export function httpsUrlOf(text: string): URL | undefined {
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  return url.protocol === "https:" && url.hostname.length > 0 && url.username === "" && url.password === ""
    ? url
    : undefined;
}

function youtubeVideoOf(url: URL): string | undefined {
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  const segments = url.pathname.split("/").filter((segment) => segment.length > 0);
  const candidate =
    host === "youtu.be"
      ? segments[0]
      : host === "youtube.com" || host === "youtube-nocookie.com"
        ? segments[0] === "watch"
          ? (url.searchParams.get("v") ?? undefined)
          : segments[0] === "embed" || segments[0] === "shorts" || segments[0] === "live"
            ? segments[1]
            : undefined
        : undefined;
  return candidate !== undefined && youtubeId.test(candidate) ? candidate : undefined;
}

function vimeoVideoOf(url: URL): string | undefined {
  const host = url.hostname.replace(/^www\./, "");
  const segments = url.pathname.split("/").filter((segment) => segment.length > 0);
  const candidate =
    host === "vimeo.com"
      ? segments[0]
      : host === "player.vimeo.com" && segments[0] === "video"
        ? segments[1]
        : undefined;
  return candidate !== undefined && vimeoId.test(candidate) ? candidate : undefined;
}

function peerTubeVideoOf(url: URL): string | undefined {
  const segments = url.pathname.split("/").filter((segment) => segment.length > 0);
  const [first, second, third] = segments;
  if (segments.length === 3 && first === "videos" && (second === "watch" || second === "embed"))
    return third !== undefined && peerTubeUuid.test(third) ? third : undefined;
  if (segments.length === 2 && first === "w")
    return second !== undefined && (peerTubeUuid.test(second) || peerTubeShortId.test(second))
      ? second
      : undefined;
  return undefined;
}

/** What the web app shows for a recording's address; undefined if it is not an https address. */
export function recordingOf(text: string): Recording | undefined {
  const url = httpsUrlOf(text);
  if (!url) return undefined;
  const youtube = youtubeVideoOf(url);
  if (youtube)
    return {
      url: url.href,
      provider: "youtube",
      embedUrl: `https://www.youtube-nocookie.com/embed/${youtube}`,
    };
  const vimeo = vimeoVideoOf(url);
  if (vimeo)
    return { url: url.href, provider: "vimeo", embedUrl: `https://player.vimeo.com/video/${vimeo}?dnt=1` };
  const peerTube = peerTubeVideoOf(url);
  if (peerTube)
    return { url: url.href, provider: "peertube", embedUrl: `${url.origin}/videos/embed/${peerTube}` };
  return { url: url.href, provider: "other", embedUrl: null };
}
