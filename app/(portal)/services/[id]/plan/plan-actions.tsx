"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { PlanChangeTiming } from "~/server/modules/orders/orders.schemas";

/** Orders the previewed change after a confirmation; one key per screen, so a double click or a retry is one order. */
export function PlaceOrder({
  serviceId,
  planId,
  timing,
  question,
}: {
  serviceId: string;
  planId: string;
  timing: PlanChangeTiming;
  question: string;
}) {
  const t = useTranslations("orders");
  const router = useRouter();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const place = useMutation(useTRPC().orders.place.mutationOptions({ onSuccess: (order) => router.push(`/orders/${order.id}`) }));
  return (
    <div className="stack">
      <FormStatus error={place.error} />
      <ConfirmDialog
        trigger={t("place")}
        triggerClassName="btn btn-primary"
        question={question}
        confirmLabel={t("confirm")}
        pending={place.isPending}
        onConfirm={() => place.mutate({ serviceId, planId, timing, idempotencyKey })}
      />
    </div>
  );
}

/** Cancels an order still in flight, after a confirmation. */
export function CancelOrder({ orderId, question }: { orderId: string; question: string }) {
  const t = useTranslations("orders");
  const router = useRouter();
  const cancel = useMutation(useTRPC().orders.cancel.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="stack">
      <FormStatus error={cancel.error} />
      <ConfirmDialog
        trigger={t("cancel")}
        triggerClassName="btn btn-secondary"
        question={question}
        confirmLabel={t("cancelConfirm")}
        pending={cancel.isPending}
        onConfirm={() => cancel.mutate({ orderId })}
      />
    </div>
  );
}
