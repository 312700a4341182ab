/** The options of a cost-centre or person choice: a first one (all / keep), "none", then the company's own. */
export function TargetOptions({
  first,
  none,
  items,
}: {
  first: [string, string];
  none: string;
  items: { value: string; label: string }[];
}) {
  return (
    <>
      <option value={first[0]}>{first[1]}</option>
      <option value="none">{none}</option>
      {items.map((i) => (
        <option key={i.value} value={i.value}>
          {i.label}
        </option>
      ))}
    </>
  );
}

export const centreItems = (centres: { id: string; name: string }[]) => centres.map((c) => ({ value: c.id, label: c.name }));
export const personItems = (people: { userId: string; name: string }[]) => people.map((p) => ({ value: p.userId, label: p.name }));
