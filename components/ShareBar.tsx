import { Mail, MoreHorizontal, QrCode, Share } from 'lucide-react';
import type { ReactNode } from 'react';
import {
  siBluesky,
  siFacebook,
  siInstagram,
  siPinterest,
  siReddit,
  siTelegram,
  siThreads,
  siWhatsapp,
  siX,
} from 'simple-icons';
import type { ShareChannel } from '@/lib/settings-base';
import { MenuButton } from './MenuButton';

export type ShareButton = { id: ShareChannel; label: string; blocked: string | null };

/** How many channels the row shows before "More": one row in the popup's width. */
export const SHARE_ROW = 6;

/** A brand's mark (simple-icons, CC0), drawn in the text colour like every other icon. */
function Mark({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}

const GLYPH: Record<ShareChannel, ReactNode> = {
  x: <Mark path={siX.path} />,
  facebook: <Mark path={siFacebook.path} />,
  whatsapp: <Mark path={siWhatsapp.path} />,
  telegram: <Mark path={siTelegram.path} />,
  pinterest: <Mark path={siPinterest.path} />,
  reddit: <Mark path={siReddit.path} />,
  threads: <Mark path={siThreads.path} />,
  bluesky: <Mark path={siBluesky.path} />,
  // LinkedIn asks icon sets not to carry its logo: its own two letters stand in.
  linkedin: (
    <span className="glyph-text" aria-hidden="true">
      in
    </span>
  ),
  email: <Mail size={16} aria-hidden="true" />,
  instagram: <Mark path={siInstagram.path} />,
  system: <Share size={16} aria-hidden="true" />,
  qr: <QrCode size={16} aria-hidden="true" />,
  copy: null,
};

/**
 * One row of round share buttons — the first channels the network allows, each with its
 * brand's mark — then "More" for the rest. A channel the network forbids is listed under More
 * with its reason in words; it stays reachable by keyboard (`aria-disabled`) and does nothing.
 */
export function ShareBar({
  buttons,
  onShare,
}: {
  buttons: ShareButton[];
  onShare: (id: ShareChannel) => void;
}) {
  const row = buttons.filter((b) => !b.blocked).slice(0, SHARE_ROW);
  const more = buttons.filter((b) => !row.includes(b));
  return (
    <ul className="share-bar" aria-label="Share">
      {row.map((b) => (
        <li key={b.id}>
          <button
            type="button"
            className={`share-btn share-${b.id}`}
            title={b.label}
            onClick={() => onShare(b.id)}
          >
            {GLYPH[b.id]}
            <span className="sr-only">Share to {b.label}</span>
          </button>
        </li>
      ))}
      {more.length > 0 && (
        <li>
          <MenuButton
            className="share-btn"
            label="More ways to share"
            heading="More ways to share"
            title="More"
            icon={<MoreHorizontal size={16} aria-hidden="true" />}
            items={more.map((b) => ({
              id: b.id,
              label: b.label,
              icon: GLYPH[b.id],
              blocked: b.blocked,
              onSelect: () => onShare(b.id),
            }))}
          />
        </li>
      )}
    </ul>
  );
}
