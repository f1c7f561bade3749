/**
 * Ends the sign-in at the issuer too, so the refresh token left in this browser stops working; the access
 * token lapses on its own within minutes. Best effort: being offline must not keep anyone signed in here.
 */
export async function revokeRefreshToken(origin: string, refreshToken: string): Promise<void> {
  try {
    await fetch(`${origin}/auth/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: refreshToken }).toString(),
      keepalive: true,
    });
  } catch {
    // Nothing to do: the tokens are gone from this browser either way.
  }
}
