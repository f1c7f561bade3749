import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from "react";
import type { SessionTokens, StoredTokens } from "./session-tokens";
import { openAuthClient, safeReturnPath, startSignIn } from "./sign-in-flow";
import { revokeRefreshToken } from "./sign-out";

/** The home page's notice (its `location.state`) for a member whose account was erased elsewhere. */
export const accountErasedNotice = "erased-elsewhere";

const SessionTokensContext = createContext<SessionTokens | null>(null);

export function SessionProvider({ tokens, children }: { tokens: SessionTokens; children: ReactNode }) {
  useEffect(() => {
    const followOtherTabs = (event: StorageEvent) => {
      if (event.storageArea === localStorage) tokens.reloadFromStorage();
    };
    window.addEventListener("storage", followOtherTabs);
    return () => window.removeEventListener("storage", followOtherTabs);
  }, [tokens]);
  return <SessionTokensContext value={tokens}>{children}</SessionTokensContext>;
}

export function useSessionTokens(): SessionTokens {
  const tokens = useContext(SessionTokensContext);
  if (!tokens) throw new Error("useSessionTokens needs a SessionProvider above it.");
  return tokens;
}

export interface Session {
  tokens: StoredTokens | null;
  signedIn: boolean;
  /** The sign-in ended because the API said its member was erased (on another device, say). */
  erased: boolean;
  /** Sends the browser to the issuer; it comes back to the callback page and then to `returnTo`. */
  signIn(returnTo?: string | null): Promise<void>;
  signOut(): Promise<void>;
}

export function useSession(): Session {
  const sessionTokens = useSessionTokens();
  const tokens = useSyncExternalStore(sessionTokens.subscribe, sessionTokens.current);
  const erased = useSyncExternalStore(sessionTokens.subscribe, sessionTokens.erased);

  const signIn = useCallback(async (returnTo?: string | null) => {
    const url = await startSignIn(
      openAuthClient(),
      sessionStorage,
      location.origin,
      safeReturnPath(returnTo),
    );
    location.assign(url);
  }, []);

  const signOut = useCallback(async () => {
    const current = sessionTokens.current();
    sessionTokens.signOut();
    if (current) await revokeRefreshToken(location.origin, current.refresh);
  }, [sessionTokens]);

  return useMemo(
    () => ({ tokens, signedIn: tokens !== null, erased, signIn, signOut }),
    [tokens, erased, signIn, signOut],
  );
}
