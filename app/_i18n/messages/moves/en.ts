// Texts of moving a service between billing accounts (English is the source).
export const moves = {
  title: "Move to another billing account",
  link: "Move to another billing account",
  intro: "The service will be billed to the other account from {period}. Until then it stays on its bill, and you can cancel the move.",
  onlyAccount:
    "This is your only billing account, so there is nowhere to move the service. Ask us to open another account if you need " +
    "separate bills.",
  target: "Move to",
  showPreview: "Show both bills",
  previewHeading: "Both bills for {period} if the service were already moved",
  previewNote: "Amounts so far this period, with the charges already known; the real bills follow your usage to the end of the period.",
  afterMove: "{account} after the move",
  services: "Services on this account",
  noServices: "No services would remain on this account.",
  net: "Without VAT",
  total: "Total so far",
  confirm: "Move the service",
  question: "Move {service} to {account} from {period}?",
  confirmLabel: "Yes, move it",
  scheduled: "The service moves to {account} from {period}.",
  pending: "Moves to {account} from {period}.",
  cancel: "Cancel the move",
  cancelQuestion: "Cancel the move of {service} to {account}?",
  cancelConfirm: "Yes, cancel it",
  cancelled: "The move was cancelled.",
  back: "Back to the service",
};
