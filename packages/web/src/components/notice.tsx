import type { ReactNode } from "react";

type Tone = "success" | "error" | "warning" | "info";

/** The notice takes the focus the moment it is shown (see `takesFocus`). */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** A message about the page as a whole. Errors are alerts so they are announced as they appear. */
export function Notice({
  tone = "info",
  title,
  takesFocus = false,
  children,
}: {
  tone?: Tone;
  title?: string;
  /**
   * For a notice that says how an action went when the button pressed is gone with it (Publish on a draft
   * that is published now): the focus comes here, so a keyboard user goes on from it and a screen reader
   * reads it, rather than the focus falling back to the top of the page.
   */
  takesFocus?: boolean;
  children?: ReactNode;
}) {
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === "error" ? "alert" : "status"}
      {...(takesFocus && { tabIndex: -1, ref: focusOnMount })}
    >
      <div>
        {title && <p className="notice__title">{title}</p>}
        {children && <div>{children}</div>}
      </div>
    </div>
  );
}
