import { type ReactNode, useEffect, useRef } from 'react';

/**
 * Focus where it was before the dialog; when that was a choice in a list that has closed since
 * (a "More" menu), the button that opens the list.
 */
function focusBack(before: HTMLElement | null): void {
  if (!before) return;
  const list = before.closest<HTMLElement>('[popover]');
  const hidden = list !== null && !list.matches(':popover-open');
  const opener = hidden
    ? document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(list.id)}"]`)
    : null;
  (opener ?? before).focus();
}

/**
 * A modal dialog that behaves as one: the native <dialog> opened with showModal(), so focus moves
 * in and stays in, Esc closes it, and the page behind is inert. Focus returns to where it was.
 */
export function Dialog({
  label,
  className,
  onClose,
  children,
}: {
  label: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog?.open) dialog.close();
      focusBack(before);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault(); // Esc: close through React, so the state follows
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
