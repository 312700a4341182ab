import Form from "next/form";
import { AutoSubmitSelect } from "./auto-submit-select";

type Account = { id: string; name: string; number: string };

/** The billing-account picker of the bill pages: a GET form that reloads `action` for the chosen account. */
export function AccountSwitch(props: {
  action: string;
  id: string;
  accounts: Account[];
  current: string;
  label: string;
  submitLabel: string;
}) {
  const { action, id, accounts, current, label, submitLabel } = props;
  return (
    <Form action={action} className="bill-account-switch">
      <div>
        <label htmlFor={id}>{label}</label>
        <AutoSubmitSelect id={id} name="account" defaultValue={current} label={submitLabel}>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.number})
            </option>
          ))}
        </AutoSubmitSelect>
      </div>
    </Form>
  );
}
