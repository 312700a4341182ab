import { getTranslations } from "next-intl/server";
import { signOutAction, switchCustomerAction } from "~/app/_lib/actions";
import type { MeView } from "~/server/modules/identity/identity.schemas";
import { AutoSubmitSelect } from "./auto-submit-select";
import { Disclosure } from "./disclosure";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";

/** The person's own things: profile, notification settings, whom they act for, language, sign out. */
export async function AccountMenu({ me }: { me: MeView }) {
  const [t, tAuth] = await Promise.all([getTranslations("nav"), getTranslations("auth")]);
  return (
    <Disclosure label={t("account")} className="disclosure account-menu">
      <ul className="account-links">
        <li>
          <NavLink href="/profile">{t("profile")}</NavLink>
        </li>
        <li>
          <NavLink href="/settings/notifications">{t("settings")}</NavLink>
        </li>
      </ul>
      {me.customers.length > 1 && me.customer && (
        <form action={switchCustomerAction} className="account-field">
          <label htmlFor="customer-select">{t("switchCustomer")}</label>
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
      <div className="account-field">
        <LanguageSwitcher labelShown />
      </div>
      <form action={signOutAction}>
        <button type="submit" className="btn btn-secondary">
          {tAuth("signOut")}
        </button>
      </form>
    </Disclosure>
  );
}
