type Provider = "YOUTUBE" | "VIMEO" | "PEERTUBE" | "OTHER";

const providerNames: Record<Exclude<Provider, "OTHER">, string> = {
  YOUTUBE: "YouTube",
  VIMEO: "Vimeo",
  PEERTUBE: "PeerTube",
};

/** Who hosts a recording, as a person names it: the provider, or the site's address for one we do not know. */
export function recordingHostWords(recording: { url: string; provider: Provider }): string {
  if (recording.provider !== "OTHER") return providerNames[recording.provider];
  return URL.canParse(recording.url) ? new URL(recording.url).hostname.replace(/^www\./, "") : "its site";
}
