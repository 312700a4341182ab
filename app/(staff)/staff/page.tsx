import { getTranslations } from "next-intl/server";
import { EmptyState } from "~/app/_components/empty-state";
import { getMe } from "~/app/_lib/me";
import { titled } from "~/app/_lib/metadata";

export const generateMetadata = titled("staff");

type Queue = "repairQueue" | "dispatch" | "worklist" | "disputes";
const desks: Record<string, Queue[]> = {
  dispatcher: ["repairQueue", "dispatch"],
  technician: ["worklist"],
  billing_agent: ["disputes"],
};

export default async function StaffPage() {
  const [me, t] = await Promise.all([getMe(), getTranslations("staff")]);
  const role = me.staffRole ?? "unknown";
  const queues = desks[role] ?? ["repairQueue"];
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("signedInAs", { name: me.user.name, role: t(`roles.${role}`) })}</p>
      <div className="grid">
        {queues.map((q) => (
          <section key={q} className="card" aria-labelledby={`queue-${q}`}>
            <h2 id={`queue-${q}`} className="card-title">
              {t(`queues.${q}`)}
            </h2>
            <EmptyState title={t(`empty.${q}`)} hint={t("emptyHint")} />
          </section>
        ))}
      </div>
    </div>
  );
}
