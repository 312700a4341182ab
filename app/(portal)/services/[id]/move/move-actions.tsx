"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";

/** Schedules the move after a confirmation, then returns to the service, which shows it as pending. */
export function MoveConfirm({
  serviceId,
  toBillingAccountId,
  question,
}: {
  serviceId: string;
  toBillingAccountId: string;
  question: string;
}) {
  const t = useTranslations("moves");
  const router = useRouter();
  const move = useMutation(useTRPC().moves.schedule.mutationOptions({ onSuccess: () => router.push(`/services/${serviceId}?moved=1`) }));
  return (
    <div className="stack">
      <FormStatus error={move.error} />
      <ConfirmDialog
        trigger={t("confirm")}
        triggerClassName="btn btn-primary"
        question={question}
        confirmLabel={t("confirmLabel")}
        pending={move.isPending}
        onConfirm={() => move.mutate({ serviceId, toBillingAccountId })}
      />
    </div>
  );
}

/** A pending move on the service page, cancellable until it takes effect. */
export function PendingMove({ moveId, text, question }: { moveId: string; text: string; question: string }) {
  const t = useTranslations("moves");
  const router = useRouter();
  const cancel = useMutation(useTRPC().moves.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="alert stack">
      <p>{text}</p>
      <FormStatus error={cancel.error} />
      <ConfirmDialog
        trigger={t("cancel")}
        triggerClassName="btn btn-secondary"
        question={question}
        confirmLabel={t("cancelConfirm")}
        pending={cancel.isPending}
        onConfirm={() => cancel.mutate({ moveId })}
      />
    </div>
  );
}
