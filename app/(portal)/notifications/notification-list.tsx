"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EmptyState } from "~/app/_components/empty-state";
import { FormStatus } from "~/app/_components/form-status";
import { Pagination } from "~/app/_components/pagination";
import { useTRPC } from "~/app/_lib/trpc/client";
import type { NotificationView } from "~/server/modules/notifications/notifications.schemas";

type Page = { items: NotificationView[]; page: number; pageSize: number; total: number; pageCount: number };

type Props = { page: number; pageSize: number; initial: Page; initialUnread: number };

export function NotificationList({ page, pageSize, initial, initialUnread }: Props) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [announcement, setAnnouncement] = useState("");
  const list = useQuery({ ...trpc.notifications.list.queryOptions({ page, pageSize }), initialData: initial });
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), initialData: initialUnread });
  const afterChange = (message: string) => {
    setAnnouncement(message);
    void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
    router.refresh(); // the bell in the header is server-rendered
  };
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: (_, { id }) => {
        afterChange(t("markedRead"));
        document.getElementById(`notification-${id}`)?.focus(); // its button is gone: keep the place
      },
    }),
  );
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: () => afterChange(t("markedAllRead")) }));
  const failed = markRead.error ?? markAll.error ?? list.error;
  const items = list.data.items;

  return (
    <div className="stack">
      <FormStatus announcement={announcement} error={failed} />
      {items.length > 0 && (
        <div className="row">
          <button
            type="button"
            className="btn btn-secondary"
            aria-disabled={unread.data === 0 || markAll.isPending}
            aria-busy={markAll.isPending}
            onClick={() => unread.data > 0 && !markAll.isPending && markAll.mutate()}
          >
            {t("markAllRead")}
          </button>
        </div>
      )}
      {items.length === 0 ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} />
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={`card notification${n.read ? "" : " notification-unread"}`}>
              <h2 className="notification-title" id={`notification-${n.id}`} tabIndex={-1}>
                {!n.read && <span className="badge badge-new">{t("unread")}</span>} {n.title}
              </h2>
              <p>{n.body}</p>
              <p className="muted">
                <time dateTime={n.createdAt.toISOString()}>
                  {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
              <div className="row">
                {n.link?.startsWith("/") && (
                  <Link href={n.link} className="btn btn-secondary">
                    {t("open")}
                    <span className="visually-hidden">: {n.title}</span>
                  </Link>
                )}
                {!n.read && (
                  <button
                    type="button"
                    className="btn-link"
                    disabled={markRead.isPending && markRead.variables?.id === n.id}
                    onClick={() => markRead.mutate({ id: n.id })}
                  >
                    {t("markRead")}
                    <span className="visually-hidden">: {n.title}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.data.page} pageCount={list.data.pageCount} hrefFor={(p) => `/notifications?page=${p}`} />
    </div>
  );
}
