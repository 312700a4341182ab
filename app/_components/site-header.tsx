import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { signOutAction, switchCustomerAction } from "~/app/_lib/actions";
import type { MeView } from "~/server/modules/identity/identity.schemas";
import { AutoSubmitSelect } from "./auto-submit-select";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";

/** Business and premium customers' owners and admins follow their SLA on a dashboard of their own. */
const isSlaClient = (me: MeView) =>
  me.customer !== null && me.customer.slaTier !== "standard" && (me.customer.role === "owner" || me.customer.role === "admin");

export async function SiteHeader({ me, unread }: { me: MeView; unread: number }) {
  const t = await getTranslations("nav");
  const tAuth = await getTranslations("auth");
  const links =
    me.kind === "staff"
      ? [
          { href: "/staff", label: t("staffHome") },
          { href: "/profile", label: t("profile") },
          { href: "/settings/notifications", label: t("settings") },
        ]
      : [
          { href: "/dashboard", label: t("dashboard") },
          ...(me.isEnterpriseAdmin ? [{ href: "/enterprise/lines", label: t("lines") }] : []),
          ...(me.canSeeBills
            ? [
                { href: "/bills", label: t("bills") },
                { href: "/payments", label: t("payments") },
              ]
            : []),
          { href: "/usage", label: t("usage") },
          { href: "/orders", label: t("orders") },
          { href: "/tickets", label: t("tickets") },
          ...(isSlaClient(me) ? [{ href: "/sla", label: t("sla") }] : []),
          { href: "/profile", label: t("profile") },
          { href: "/settings/notifications", label: t("settings") },
        ];
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          {t("brand")}
        </Link>
        <nav aria-label={t("main")}>
          <ul>
            {links.map((l) => (
              <li key={l.href}>
                <NavLink href={l.href}>{l.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <NotificationBell unread={unread} />
        {me.customers.length > 1 && me.customer && (
          <form action={switchCustomerAction} className="row">
            <label htmlFor="customer-select" className="visually-hidden">
              {t("switchCustomer")}
            </label>
            <AutoSubmitSelect
              key={me.customer.id}
              id="customer-select"
              name="customerId"
              defaultValue={me.customer.id}
              label={t("switchCustomer")}
            >
              {me.customers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </AutoSubmitSelect>
          </form>
        )}
        <LanguageSwitcher />
        <form action={signOutAction}>
          <button type="submit" className="btn btn-secondary">
            {tAuth("signOut")}
          </button>
        </form>
      </div>
    </header>
  );
}
