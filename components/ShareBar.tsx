import { Mail, MoreHorizontal, QrCode } from 'lucide-react';
import type { ReactNode } from 'react';
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
 * stays visible but disabled, with the reason (never hidden silently).
 */
export function ShareBar({
  buttons,
  onShare,
}: {
  buttons: ShareButton[];
  onShare: (id: ShareChannel) => void;
}) {
  return (
    <ul className="share-bar" aria-label="Share">
      {buttons.map((b) => (
        <li key={b.id}>
          <button
            type="button"
            className={`share-btn share-${b.id}`}
            title={b.blocked ?? b.label}
            disabled={b.blocked !== null}
            onClick={() => onShare(b.id)}
          >
            <span aria-hidden="true">{GLYPH[b.id] ?? b.label.slice(0, 2)}</span>
            {/* The name screen readers hear; the monogram above is decoration. */}
            <span className="sr-only">
              {b.blocked ? `${b.label} (not allowed: ${b.blocked})` : `Share to ${b.label}`}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
