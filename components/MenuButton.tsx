import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

const POPOVERS = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

export type MenuItem = {
  id: string;
  label: string;
  onSelect: () => void;
  icon?: ReactNode;
  /** Why it cannot be used: shown under its name; the item stays focusable and does nothing. */
  blocked?: string | null;
};

/**
 * A small icon button that opens a list of actions next to it (the browser's popover: above
 * everything, closed by Esc or a click elsewhere, the focus given back to the button). Takes the
 * room of one icon however many actions it holds.
 */
export function MenuButton({
  label,
  title,
  icon,
  items,
  className = 'icon-btn',
  heading = title,
}: {
  /** What the button does, for screen readers ("Share Kettle again"). */
  label: string;
  /** Its tooltip. */
  title: string;
  icon: ReactNode;
  items: readonly MenuItem[];
  className?: string;
  /** The list's own name (its tooltip's words unless given). */
  heading?: string;
}) {
  const id = useId();
  // The choices are drawn the first time the list opens, not with every row of a long list
  // (where the browser has no popovers, the list is always shown, so always drawn).
  const [opened, setOpened] = useState(!POPOVERS);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const list = menu.current;
    if (!list) return;
    const close = () => list.hidePopover?.();
    const closeOnScroll = (event: Event) => {
      if (event.target !== list) close();
    };
    // Placed before it shows (nothing to measure yet, so nothing drawn in the wrong place first):
    // right edges aligned with the button's, below it, or above it in the lower half of the window.
    const place = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open') return;
      flushSync(() => setOpened(true));
      const at = button.current?.getBoundingClientRect();
      if (!at) return;
      const below = at.bottom < innerHeight / 2;
      list.style.right = `${Math.max(8, innerWidth - at.right)}px`;
      list.style.top = below ? `${at.bottom + 4}px` : '';
      list.style.bottom = below ? '' : `${innerHeight - at.top + 4}px`;
      list.style.maxHeight = `${(below ? innerHeight - at.bottom : at.top) - 16}px`;
    };
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open') {
        removeEventListener('scroll', closeOnScroll, true);
        removeEventListener('resize', close);
        return;
      }
      list.querySelector<HTMLButtonElement>('button')?.focus();
      // Where it points moves away on a scroll: the list closes rather than float elsewhere.
      addEventListener('scroll', closeOnScroll, true);
      addEventListener('resize', close);
    };
    list.addEventListener('beforetoggle', place);
    list.addEventListener('toggle', onToggle);
    return () => {
      list.removeEventListener('beforetoggle', place);
      list.removeEventListener('toggle', onToggle);
      removeEventListener('scroll', closeOnScroll, true);
      removeEventListener('resize', close);
    };
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        popoverTarget={id}
        aria-label={label}
        title={title}
      >
        {icon}
      </button>
      <fieldset ref={menu} id={id} popover="auto" className="menu">
        <legend className="sr-only">{heading}</legend>
        {opened &&
          items.map((item) => (
            <button
              key={item.id}
              type="button"
              className="menu-item"
              aria-disabled={item.blocked ? true : undefined}
              aria-label={item.blocked ? `${item.label} (not allowed)` : undefined}
              aria-describedby={item.blocked ? `${id}-${item.id}` : undefined}
              onClick={() => {
                if (item.blocked) return;
                menu.current?.hidePopover?.();
                item.onSelect();
              }}
            >
              {item.icon}
              <span className="menu-label">
                {item.label}
                {item.blocked && (
                  <span id={`${id}-${item.id}`} className="menu-reason">
                    {item.blocked}
                  </span>
                )}
              </span>
            </button>
          ))}
      </fieldset>
    </>
  );
}
