import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useSessionTokens } from "../auth/session";
import { finishSignIn, openAuthClient } from "../auth/sign-in-flow";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { Page } from "../components/page";

/**
 * Codes are single-use, and React runs effects twice in development: the exchange for a given callback
 * URL happens once, and both runs wait for it.
 */
const exchanges = new Map<string, ReturnType<typeof finishSignIn>>();

export function SignInCallbackPage() {
  const sessionTokens = useSessionTokens();
  const navigate = useNavigate();
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    let active = true;
    const key = location.search;
    let exchange = exchanges.get(key);
    if (!exchange) {
      exchange = finishSignIn(openAuthClient(), sessionStorage, location.origin, new URLSearchParams(key));
      exchanges.set(key, exchange);
    }
    exchange.then(
      ({ tokens, returnTo }) => {
        if (!active) return;
        if (sessionTokens.current()?.access !== tokens.access) sessionTokens.signIn(tokens);
        navigate(returnTo, { replace: true });
      },
      (cause: unknown) => {
        if (active) setError(cause instanceof Error ? cause : new Error(String(cause)));
      },
    );
    return () => {
      active = false;
    };
  }, [navigate, sessionTokens]);

  if (error) {
    return (
      <Page title="Sign-in did not finish">
        <ErrorState title="We could not sign you in" error={error} />
        <Link to="/signin" className="button">
          Start the sign-in again
        </Link>
      </Page>
    );
  }
  return (
    <Page title="Signing you in">
      <LoadingState label="Finishing the sign-in…" />
    </Page>
  );
}
