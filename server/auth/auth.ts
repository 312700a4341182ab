// next-auth (v5): e-mail + password, JWT sessions re-checked on every request against User.sessionVersion (sign out
// everywhere, password change) and the ended sessions (sign-out of this one, by its sid claim).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDeps } from "~/server/container";
import { authSecret, env } from "~/server/env";
import { clientAddress } from "./client-address";
import { newSessionId, SESSION_LIFETIME_SECONDS, SESSION_MAX_AGE_SECONDS } from "./session-policy";
import { signInWithLink } from "~/server/modules/identity/account-access.service";
import { authenticate } from "~/server/modules/identity/identity.service";
import { SignInInput } from "~/server/modules/identity/identity.schemas";

/** The code reaches the sign-in page; it says nothing about whether the account exists. */
class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

/** The code reaches the e-mail link page: why the link did not sign in. */
class LinkSignin extends CredentialsSignin {
  constructor(readonly code: "used" | "expired" | "unknown") {
    super();
  }
}

export const clientIp = (headers: Headers): string => clientAddress(headers, env.TRUSTED_PROXIES);
const userAgent = (headers: Headers) => headers.get("user-agent")?.slice(0, 300) ?? null;

/** sid: the session's id; sat: when it was signed in (seconds), for its lifetime. */
type SessionClaims = { uid?: string; sv?: number; sid?: string; sat?: number; locale?: string };

const nowSeconds = () => Math.floor(Date.now() / 1000);

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const input = SignInInput.safeParse({ email: raw.email, password: raw.password });
        if (!input.success) return null;
        const result = await authenticate(getDeps(), input.data, clientIp(request.headers), userAgent(request.headers));
        if (!result.ok && result.reason === "throttled") throw new ThrottledSignin();
        if (!result.ok) return null;
        const { id, email, name, sessionVersion, locale } = result.user;
        return { id, email, name, sv: sessionVersion, locale };
      },
    }),
    // Sign-in by an e-mailed single-use link (account-access.service): the same session as a password gives.
    Credentials({
      id: "email-link",
      credentials: { token: {} },
      async authorize(raw, request) {
        if (typeof raw.token !== "string") return null;
        const result = await signInWithLink(getDeps(), raw.token, { ip: clientIp(request.headers), userAgent: userAgent(request.headers) });
        if (!result.ok) throw new LinkSignin(result.reason);
        const { id, email, name, sessionVersion, locale } = result.user;
        return { id, email, name, sv: sessionVersion, locale };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const { sv, locale } = user as SessionClaims;
        return Object.assign(token, { uid: user.id, sv, sid: newSessionId(), sat: nowSeconds(), locale });
      }
      // null drops the cookie; a session past its lifetime is never re-signed again
      const { sat } = token as SessionClaims;
      return sat !== undefined && nowSeconds() - sat < SESSION_LIFETIME_SECONDS ? token : null;
    },
    session({ session, token }) {
      const claims = token as SessionClaims;
      return Object.assign(session, {
        userId: claims.uid ?? "",
        sessionVersion: claims.sv ?? -1,
        sessionId: claims.sid ?? "",
        locale: claims.locale,
      });
    },
  },
}));

/** sessionId is empty for a cookie made before sessions had ids: such a session is refused (signed out once). */
export type PortalSession = { userId: string; sessionVersion: number; sessionId: string; locale?: string };

export async function currentSession(): Promise<PortalSession | null> {
  const session = (await auth()) as (PortalSession & object) | null;
  return session?.userId ? session : null;
}
