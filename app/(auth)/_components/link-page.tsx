import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "~/app/_i18n/catalogues";
import { api } from "~/app/_lib/trpc/server";
import { AuthCard } from "./auth-card";
import { LinkProblem } from "./link-problem";

/** A page opened from an e-mailed link: its title, and no Referer header carrying the token anywhere. */
export const linkMetadata = (key: keyof Messages["titles"]) => async (): Promise<Metadata> => ({
  title: (await getTranslations("titles"))(key),
  referrer: "no-referrer",
});

type Props = {
  token: string;
  purpose: "password_reset" | "sign_in_link";
  title: string;
  lead: string;
  askAgain: string;
  children: ReactNode;
};

/** Shows the form when the link can still be used; otherwise why not (checking it does not use it up). */
export async function LinkPage({ token, purpose, title, lead, askAgain, children }: Props) {
  const { state } = await (await api()).account.checkLink({ token: token.slice(0, 200), purpose });
  return (
    <AuthCard title={title} lead={state === "valid" ? lead : undefined}>
      {state === "valid" ? children : <LinkProblem state={state} askAgain={askAgain} />}
    </AuthCard>
  );
}
