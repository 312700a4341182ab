import { useFormatter } from "next-intl";

/** Integer minor units + ISO currency, formatted in the viewer's language. */
export function Money({ minor, currency }: { minor: number; currency: string }) {
  const format = useFormatter();
  return <>{format.number(minor / 100, { style: "currency", currency })}</>;
}
