import { useEffect, useRef, useState } from "react";
import { Icon } from "../components/icon";

type Copied = "copied" | "shown" | null;

/**
 * Puts the page's address on the clipboard. Where the Clipboard API is missing or refused (an insecure
 * origin, an old browser), the copy falls back to a selected text field and the browser's copy command;
 * where that fails too, the address is shown selected, for the person to copy themself. Either way the
 * outcome is said in a live region, so that a screen reader hears it.
 */
export function CopyLink({ url }: { url: string }) {
  const [copied, setCopied] = useState<Copied>(null);
  const shownField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copied === "shown") shownField.current?.select();
  }, [copied]);

  const copy = async () => setCopied((await copyText(url)) ? "copied" : "shown");

  return (
    <span className="copy-link">
      <button type="button" className="button button--secondary" onClick={copy}>
        <Icon name="link" size={18} />
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {copied === "copied" ? "Link copied" : ""}
      </span>
      {copied === "shown" && (
        <label className="copy-link__fallback">
          <span>Copy this link:</span>
          <input
            ref={shownField}
            className="input"
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
          />
        </label>
      )}
    </span>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copiedByCommand(text);
  }
}

function copiedByCommand(text: string): boolean {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.className = "visually-hidden";
  document.body.append(field);
  field.select();
  try {
    // Deprecated, and the only copy left where the Clipboard API is not.
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
