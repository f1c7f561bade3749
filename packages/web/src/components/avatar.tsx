import { useState } from "react";

/**
 * A member's picture, or their initials when they have none or it fails to load. Decorative: the name is
 * always written beside it.
 */
export function Avatar({
  name,
  url,
  size = "small",
}: {
  name: string;
  url: string | null | undefined;
  size?: "small" | "large";
}) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const className = size === "large" ? "avatar avatar--large" : "avatar";
  if (url && failedUrl !== url) {
    return (
      <img
        className={className}
        src={url}
        alt=""
        referrerPolicy="no-referrer"
        onError={() => setFailedUrl(url)}
      />
    );
  }
  return (
    <span className={className} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}
