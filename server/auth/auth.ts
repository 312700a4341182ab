// next-auth (v5): e-mail + password, JWT sessions re-checked against User.sessionVersion on every request.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDeps } from "~/server/container";
import { authSecret, env } from "~/server/env";
import { clientAddress } from "./client-address";
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

type SessionClaims = { uid?: string; sv?: number; locale?: string };

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
      if (user) Object.assign(token, { uid: user.id, sv: (user as SessionClaims).sv, locale: (user as SessionClaims).locale });
      return token;
    },
    session({ session, token }) {
      const claims = token as SessionClaims;
      return Object.assign(session, { userId: claims.uid ?? "", sessionVersion: claims.sv ?? -1, locale: claims.locale });
    },
  },
}));

export type PortalSession = { userId: string; sessionVersion: number; locale?: string };

export async function currentSession(): Promise<PortalSession | null> {
  const session = (await auth()) as (PortalSession & object) | null;
  return session?.userId ? session : null;
}
