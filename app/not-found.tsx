import { NotFoundContent } from "./_components/not-found-content";

export default function NotFound() {
  return (
    <main id="main">
      <NotFoundContent />
    </main>
  );
}
