import { Check, Copy, ExternalLink, Pencil, Share2 } from 'lucide-react';
import { memo, useState } from 'react';
import { browser } from 'wxt/browser';
import { MenuButton } from '@/components/MenuButton';
import { Thumb } from '@/components/Thumb';
import type { LinkRecord } from '@/lib/db';
import { estimateCommission, formatEstimate, formatMoney } from '@/lib/earnings';
import { totalShares } from '@/lib/history';
import { networkLabel } from '@/lib/networks';
import { pictureSource } from '@/lib/pictures';
import { sendMessage } from '@/lib/send-message';
import { blockedReason, buildCaption, draftFrom, SHARE_TARGETS } from '@/lib/share';
import { useOptionsStore } from '../../store';

import { LinkEditor } from './link-editor';

// As toLocaleDateString() writes it, from one formatter for every row (each call would make one).
let days: Intl.DateTimeFormat | undefined;
function dayOf(at: number): string {
  days ??= new Intl.DateTimeFormat();
  return days.format(at);
}

export const LinkRow = memo(function LinkRow({
  link,
  selected,
  onToggle,
  editing,
  onEdit,
  rateOverrides,
}: {
  link: LinkRecord;
  selected: boolean;
  onToggle: () => void;
  editing: boolean;
  onEdit: () => void;
  rateOverrides: Record<string, number> | null;
}) {
  const showPictures = useOptionsStore((s) => s.settings.showPictures);
  const [copied, setCopied] = useState(false);
  const estimate = rateOverrides && estimateCommission(link.product, link.networkId, rateOverrides);
  const title = link.product.title ?? link.canonicalUrl;
  return (
    <article className={`link-row ${selected ? 'selected' : ''}`} aria-label={title}>
      <input
        type="checkbox"
        checked={selected}
        onChange={onToggle}
        aria-label={`Select ${title}`}
      />
      <Thumb className="thumb" src={pictureSource(link.product.image, showPictures)} size={16} />
      <div className="row-main">
        <div className="row-title" title={title}>
          {title}
        </div>
        <div className="row-meta hint num">
          {link.shop} · {networkLabel(link.networkId)}
          {link.trackingId && ` · ${link.trackingId}`} · copied {link.copyCount} · shared{' '}
          {totalShares(link)}
          {estimate?.amount !== undefined && ` · est. ${formatEstimate(estimate)}`}
          {link.actual &&
            ` · recorded ${link.actual.sales} sales, ${formatMoney(link.actual.earnings, link.actual.currency)}`}
        </div>
      </div>
      <div className="row-side num">
        {link.product.price !== undefined && (
          <strong>{formatMoney(link.product.price, link.product.currency)}</strong>
        )}
        <time className="hint" dateTime={new Date(link.createdAt).toISOString()}>
          {dayOf(link.createdAt)}
        </time>
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="icon-btn"
          aria-label={copied ? 'Copied' : `Copy link for ${title}`}
          title="Copy link"
          onClick={async () => {
            await navigator.clipboard.writeText(link.affiliateUrl);
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
            await sendMessage('recordAction', {
              link: draftFrom(link),
              kind: 'copy',
              channel: 'copy',
            }).catch(() => {});
          }}
        >
          {copied ? <Check size={16} aria-hidden="true" /> : <Copy size={16} aria-hidden="true" />}
        </button>
        <a
          className="icon-btn"
          href={link.affiliateUrl}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`Open ${title}`}
          title="Open the product"
        >
          <ExternalLink size={16} aria-hidden="true" />
        </a>
        <button
          type="button"
          className="icon-btn"
          aria-label={`Details of ${title}`}
          aria-expanded={editing}
          title="Details: the link, notes, tags, sales"
          onClick={onEdit}
        >
          <Pencil size={16} aria-hidden="true" />
        </button>
        <ShareAgain link={link} title={title} />
      </div>
      {editing && <LinkEditor link={link} onDone={onEdit} />}
    </article>
  );
});

/** Share a saved link again: the channels its network allows, with the caption from Settings. */
function ShareAgain({ link, title }: { link: LinkRecord; title: string }) {
  const caption = useOptionsStore((s) => s.settings.caption);
  const share = async (target: (typeof SHARE_TARGETS)[number]) => {
    if (!target.intent) return;
    const text = buildCaption(caption.template, {
      title: link.product.title,
      price: link.product.price,
      currency: link.product.currency,
      // The price as it was when the link was last made, dated where the network asks.
      networkId: link.networkId,
      priceSeenAt: link.updatedAt,
      link: link.affiliateUrl,
      disclosure: caption.disclosure,
    });
    await browser.tabs.create({
      url: target.intent({
        url: link.affiliateUrl,
        caption: text,
        title,
        image: link.product.image,
      }),
    });
    await sendMessage('recordAction', {
      link: draftFrom(link),
      kind: 'share',
      channel: target.id,
    }).catch(() => {});
  };
  return (
    <MenuButton
      label={`Share ${title} again`}
      title="Share again"
      icon={<Share2 size={16} aria-hidden="true" />}
      items={SHARE_TARGETS.filter((t) => t.intent && !blockedReason(link.networkId, t.id)).map(
        (t) => ({ id: t.id, label: t.label, onSelect: () => void share(t) }),
      )}
    />
  );
}
