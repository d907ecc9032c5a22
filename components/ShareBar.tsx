import { Mail, MoreHorizontal, QrCode } from 'lucide-react';
import { type ReactNode, useId } from 'react';
import type { ShareChannel } from '@/lib/settings';

export type ShareButton = { id: ShareChannel; label: string; blocked: string | null };

/** Brand monograms keep to one icon set (lucide) for the rest, with no brand artwork shipped. */
const GLYPH: Partial<Record<ShareChannel, ReactNode>> = {
  x: '𝕏',
  facebook: 'f',
  whatsapp: 'WA',
  telegram: 'TG',
  pinterest: 'P',
  reddit: 'R',
  threads: '@',
  bluesky: 'B',
  linkedin: 'in',
  email: <Mail size={16} aria-hidden="true" />,
  system: <MoreHorizontal size={16} aria-hidden="true" />,
  qr: <QrCode size={16} aria-hidden="true" />,
};

/**
 * Round share buttons with names on hover and for screen readers. A channel the network forbids
 * stays visible and reachable with the keyboard (`aria-disabled`, not `disabled`, so Tab finds
 * it), does nothing when pressed, and carries its reason as its description (read out on focus;
 * shown on hover as its title) — kept off the screen so the popup stays within its height.
 */
export function ShareBar({
  buttons,
  onShare,
}: {
  buttons: ShareButton[];
  onShare: (id: ShareChannel) => void;
}) {
  const id = useId();
  // One description per reason, naming the channels it covers: "Email: Amazon does not …".
  const reasons = new Map<string, string[]>();
  for (const b of buttons)
    if (b.blocked) reasons.set(b.blocked, [...(reasons.get(b.blocked) ?? []), b.label]);
  const reasonId = (reason: string) => `${id}-${[...reasons.keys()].indexOf(reason)}`;
  return (
    <>
      <ul className="share-bar" aria-label="Share">
        {buttons.map((b) => (
          <li key={b.id}>
            <button
              type="button"
              className={`share-btn share-${b.id}`}
              title={b.blocked ?? b.label}
              aria-disabled={b.blocked !== null ? true : undefined}
              aria-describedby={b.blocked ? reasonId(b.blocked) : undefined}
              onClick={() => {
                if (!b.blocked) onShare(b.id);
              }}
            >
              <span aria-hidden="true">{GLYPH[b.id] ?? b.label.slice(0, 2)}</span>
              {/* The name screen readers hear; the monogram above is decoration. */}
              <span className="sr-only">
                {b.blocked ? `${b.label} (not allowed)` : `Share to ${b.label}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {[...reasons].map(([reason, labels]) => (
        <p key={reason} id={reasonId(reason)} className="sr-only">
          {labels.join(', ')}: {reason}
        </p>
      ))}
    </>
  );
}
