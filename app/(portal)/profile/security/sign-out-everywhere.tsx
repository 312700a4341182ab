"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { signOutEverywhereAction } from "./actions";

export function SignOutEverywhere() {
  const t = useTranslations("account.security");
  const [pending, start] = useTransition();
  return (
    <section className="card stack" aria-labelledby="everywhere-title">
      <h2 id="everywhere-title">{t("everywhereTitle")}</h2>
      <p>{t("everywhereLead")}</p>
      <div className="row">
        <ConfirmDialog
          trigger={t("everywhere")}
          question={t("everywhereQuestion")}
          confirmLabel={t("everywhereConfirm")}
          pending={pending}
          onConfirm={() => start(() => signOutEverywhereAction())}
        />
      </div>
    </section>
  );
}
