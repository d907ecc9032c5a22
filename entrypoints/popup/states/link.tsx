import { Check, Copy, X } from 'lucide-react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { CaptionEditor } from '@/components/CaptionEditor';
import { Dialog } from '@/components/Dialog';
import { ShareBar, type ShareButton } from '@/components/ShareBar';
import { formatEstimate } from '@/lib/earnings';
import { bareHost } from '@/lib/host';
import { networkLabel } from '@/lib/networks';
import { alternatives, asinOf, linkHeadline, type PopupViewOf } from '@/lib/popup-view';
import { blockedReason, policyOf, SHARE_TARGETS } from '@/lib/share';
import { Estimate, LinkField } from '../first-paint';
import { StateNotice } from '../state-notice';
import { captionFor, usePopupStore } from '../store';
import { TabProduct } from '../tab-product';

const QrCode = lazy(() => import('@/components/QrCode').then((m) => ({ default: m.QrCode })));

export function LinkState({ view }: { view: PopupViewOf<'link'> }) {
  const state = usePopupStore();
  const { product, settings, options, copied, captionEdit, expandedFrom } = state;
  const [qrOpen, setQrOpen] = useState(false);
  const url = state.url ?? view.result.canonicalUrl;
  const { result, estimate } = view;
  const alt = useMemo(
    () => alternatives(url, settings, result, asinOf(result) ?? product?.ids.asin),
    [url, settings, result, product],
  );
  const link = result.url;
  const caption = captionFor(state, link);
  const shop = bareHost(new URL(result.canonicalUrl).hostname);
  const headline = linkHeadline(result);

  useEffect(() => {
    // Enter copies, wherever focus is, unless the user is typing or on another control.
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (
        e.key !== 'Enter' ||
        e.defaultPrevented ||
        /^(TEXTAREA|INPUT|SELECT|BUTTON|A)$/.test(el.tagName)
      )
        return;
      e.preventDefault();
      void usePopupStore.getState().copy('link');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const buttons: ShareButton[] = SHARE_TARGETS.filter(
    (t) => t.id !== 'system' || typeof navigator.share === 'function',
  ).map((t) => ({
    id: t.id,
    label: t.label,
    blocked: blockedReason(result.networkId, t.id),
  }));

  return (
    <>
      {product ? (
        <TabProduct product={product} shop={shop} />
      ) : (
        <section className="page-headline">
          <h2>{headline.title}</h2>
          <p className="hint">{headline.hint}</p>
        </section>
      )}
      {expandedFrom && <p className="hint">Expanded from {expandedFrom}</p>}

      <section className="link-panel" aria-label="Your link">
        <div className="link-meta">
          {alt.networks.length > 1 ? (
            <select
              className="inline-select"
              aria-label="Network"
              value={result.networkId}
              onChange={(e) => state.setOptions({ networkId: e.target.value })}
            >
              {alt.networks.map((id) => (
                <option key={id} value={id}>
                  {networkLabel(id)}
                </option>
              ))}
            </select>
          ) : (
            <span>{networkLabel(result.networkId)}</span>
          )}
          {result.trackingId && <span aria-hidden="true">·</span>}
          {alt.trackingIds.length > 1 ? (
            <select
              className="inline-select"
              aria-label="Tracking ID"
              value={options.trackingId ?? result.trackingId}
              onChange={(e) => state.setOptions({ trackingId: e.target.value })}
            >
              {alt.trackingIds.map((id) => (
                <option key={id} value={id}>
                  {settings.networks.amazon.labels[id]
                    ? `${id} (${settings.networks.amazon.labels[id]})`
                    : id}
                </option>
              ))}
            </select>
          ) : (
            result.trackingId && <span className="tracking-id">{result.trackingId}</span>
          )}
        </div>
        <LinkField link={link} warnings={result.warnings} />
        <div className="copy-row">
          <button
            type="button"
            className={`btn ${copied === 'link' ? 'btn-success' : 'btn-primary'} copy-main`}
            onClick={() => void state.copy('link')}
            // biome-ignore lint/a11y/noAutofocus: the popup exists to copy this link; Enter copies it
            autoFocus
          >
            {copied === 'link' ? (
              <Check size={16} aria-hidden="true" />
            ) : (
              <Copy size={16} aria-hidden="true" />
            )}
            {copied === 'link' ? 'Copied' : 'Copy link'}
          </button>
          <button type="button" className="btn" onClick={() => void state.copy('caption')}>
            {copied === 'caption' ? <Check size={16} aria-hidden="true" /> : null}
            {copied === 'caption' ? 'Copied' : 'Copy with caption'}
          </button>
        </div>
        <p className="sr-only" aria-live="polite">
          {copied ? 'Copied to the clipboard' : ''}
        </p>
        {estimate && (
          <Estimate
            text={formatEstimate(estimate)}
            source={estimate.source}
            notEarning={policyOf(result.networkId).notEarning}
          />
        )}
      </section>
      <StateNotice />

      <section className="share" aria-label="Share">
        <ShareBar
          buttons={buttons}
          onShare={(id) => {
            if (id === 'qr') setQrOpen(true);
            void state.share(id);
          }}
        />
        <CaptionEditor
          value={caption}
          edited={captionEdit !== null}
          onChange={(v) => state.setCaption(v)}
          onReset={() => state.setCaption(null)}
        />
      </section>

      {alt.marketplaces.length > 0 && (
        <details className="other-stores">
          <summary>Same product in your other Amazon stores ({alt.marketplaces.length})</summary>
          <ul>
            {alt.marketplaces.map((m) => (
              <li key={m.marketplace}>
                <span>
                  {m.marketplace} <span className="hint">({m.name})</span>
                </span>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => void state.copyText(m.url, 'clean')}
                  aria-label={`Copy link for ${m.marketplace}`}
                >
                  <Copy size={14} aria-hidden="true" /> Copy
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      {qrOpen && (
        <Dialog className="qr-dialog" label="QR code of your link" onClose={() => setQrOpen(false)}>
          {/* The QR encoder loads when a code is asked for, not with the popup. */}
          <Suspense fallback={<div className="qr" aria-busy="true" />}>
            <QrCode text={link} label={`QR code for ${link}`} />
          </Suspense>
          <p className="hint">Show this to a friend: their camera opens your link.</p>
          {/* biome-ignore lint/a11y/noAutofocus: a dialog's first control takes the focus */}
          <button type="button" className="btn" autoFocus onClick={() => setQrOpen(false)}>
            <X size={16} aria-hidden="true" /> Close
          </button>
        </Dialog>
      )}
    </>
  );
}
