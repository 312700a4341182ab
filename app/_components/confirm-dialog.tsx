"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, type ReactNode } from "react";

type Props = {
  /** The button that opens the question. */
  trigger: string;
  triggerClassName?: string;
  /** Accessible name of the trigger when its visible text is not enough (e.g. which row). */
  triggerLabel?: string;
  question: string;
  confirmLabel: string;
  pending?: boolean;
  /** Receives the dialog's form (extra fields such as a reason). */
  onConfirm: (form: FormData) => void;
  children?: ReactNode;
};

/** A second step before an irreversible action: a modal dialog that traps focus and closes on Escape. */
export function ConfirmDialog({ trigger, triggerClassName, triggerLabel, question, confirmLabel, pending, onConfirm, children }: Props) {
  const common = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={triggerClassName ?? "btn btn-secondary"}
        aria-label={triggerLabel}
        aria-haspopup="dialog"
        disabled={pending}
        onClick={() => dialog.current?.showModal()}
      >
        {trigger}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-q`}>
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            onConfirm(new FormData(e.currentTarget));
            close();
          }}
        >
          <p id={`${id}-q`} className="dialog-question">
            {question}
          </p>
          {children}
          <div className="row">
            <button type="submit" className="btn">
              {confirmLabel}
            </button>
            <button type="button" className="btn btn-secondary" onClick={close}>
              {common("cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
