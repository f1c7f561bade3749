import { useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { useSession } from "../auth/session";
import { safeReturnPath } from "../auth/sign-in-flow";
import { ErrorState } from "../components/error-state";
import { Icon } from "../components/icon";
import { Notice } from "../components/notice";
import { useDocumentTitle } from "../components/page";

/** Where a sign-in sent from a guarded page is explained, so the member knows why they are asked. */
function reasonFor(returnTo: string): string | null {
  if (returnTo.startsWith("/admin")) return "Sign in to open the organiser console.";
  // Where "Choose what you get" at the foot of every email leads.
  if (returnTo.startsWith("/me/notifications")) return "Sign in to choose which emails you get.";
  if (returnTo.startsWith("/me")) return "Sign in to see and edit your profile.";
  return null;
}

export function SignInPage() {
  useDocumentTitle("Sign in");
  const { signedIn, signIn } = useSession();
  const [search] = useSearchParams();
  const returnTo = safeReturnPath(search.get("next"));
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  if (signedIn) return <Navigate to={returnTo} replace />;

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      await signIn(returnTo);
    } catch (cause) {
      setError(
        new Error("The sign-in could not be started in this browser. Reload the page and try again.", {
          cause,
        }),
      );
      setStarting(false);
    }
  };

  const reason = search.has("next") ? reasonFor(returnTo) : null;
  return (
    <div className="centered-panel">
      <div className="card stack">
        <span className="empty-state__icon centered-panel__icon">
          <Icon name="mail" size={28} />
        </span>
        <div>
          <h1 id="page-heading" tabIndex={-1}>
            Sign in to Meetstream
          </h1>
          {reason && <Notice tone="warning">{reason}</Notice>}
          <p className="muted">
            We will email you a one-time code: no password to remember. New here? The same step creates your
            account.
          </p>
        </div>
        {error && <ErrorState title="Sign-in did not start" error={error} />}
        <div className="button-row">
          <button type="button" className="button" onClick={start} disabled={starting} aria-busy={starting}>
            {starting ? "Opening sign-in…" : "Continue with email"}
          </button>
        </div>
      </div>
    </div>
  );
}
