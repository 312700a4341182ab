import { NotAvailableContent } from "./_components/not-available-content";

export default function Forbidden() {
  return (
    <main id="main">
      <NotAvailableContent />
    </main>
  );
}
