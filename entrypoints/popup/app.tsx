import {
  AlertTriangle,
  Check,
  Copy,
  Globe,
  History,
  Link2,
  Settings as SettingsIcon,
  X,
} from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { CaptionEditor } from '@/components/CaptionEditor';
import { Logo } from '@/components/Logo';
import { ProductCard } from '@/components/ProductCard';
import { QrCode } from '@/components/QrCode';
import { SetupInline } from '@/components/SetupInline';
import { ShareBar, type ShareButton } from '@/components/ShareBar';
import { StatePanel } from '@/components/StatePanel';
import { formatEstimate } from '@/lib/earnings';
import { networkLabel } from '@/lib/networks';
import { pictureSource } from '@/lib/pictures';
import { alternatives, asinOf, type PopupView } from '@/lib/popup-model';
import { blockedReason, SHARE_TARGETS } from '@/lib/share';
import { shopDomain } from '@/lib/url';
import { captionFor, usePopupStore } from './store';

export function App() {
  const ready = usePopupStore((s) => s.ready);
  const load = usePopupStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="popup">
      <Header />
      <main className="popup-main">{ready ? <Body /> : <Skeleton />}</main>
    </div>
  );
}

function Header() {
  const openOptions = usePopupStore((s) => s.openOptions);
  return (
    <header className="popup-header">
      <div className="brand">
        <Logo size={20} />
        <span>Kinlink</span>
      </div>
      <nav className="header-actions" aria-label="Kinlink">
        <button
          type="button"
          className="icon-btn"
          aria-label="Your links (history)"
          title="Your links"
          onClick={() => void openOptions('links')}
        >
          <History size={18} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-btn"
          aria-label="Settings"
          title="Settings"
          onClick={() => void openOptions('settings')}
        >
          <SettingsIcon size={18} aria-hidden="true" />
        </button>
      </nav>
    </header>
  );
}

/** Holds the frame's size while the tab's state arrives, so nothing jumps. */
function Skeleton() {
  return (
    <div className="skeleton" role="status" aria-busy="true" aria-label="Loading">
      <div className="skeleton-card" />
      <div className="skeleton-line" />
      <div className="skeleton-line short" />
    </div>
  );
}

function NoticeBar() {
  const notice = usePopupStore((s) => s.notice);
  if (!notice) return null;
  return (
    <p
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'danger' ? 'alert' : 'status'}
    >
      {notice.text}
    </p>
  );
}

function Body() {
  const view = usePopupStore((s) => s.view);
  switch (view.kind) {
    case 'link':
      return <LinkState view={view} />;
    case 'needs-setup':
      return <SetupState />;
    case 'foreign':
      return <ForeignState />;
    case 'short':
      return <ShortState />;
    case 'clean':
      return <CleanState />;
    case 'browser-page':
      return (
        <StatePanel icon={<Globe size={28} aria-hidden="true" />} headline={view.headline}>
          <p>{view.detail}</p>
        </StatePanel>
      );
    default:
      return (
        <StatePanel
          tone="danger"
          icon={<AlertTriangle size={28} aria-hidden="true" />}
          headline={view.headline}
        >
          <p>{view.detail}</p>
          <p className="hint">Check the address, or reload the page and try again.</p>
        </StatePanel>
      );
  }
}

function LinkState({ view }: { view: Extract<PopupView, { kind: 'link' }> }) {
  const state = usePopupStore();
  const { product, settings, options, copied, qrOpen, captionEdit, expandedFrom } = state;
  const url = state.url ?? view.result.canonicalUrl;
  const { result, estimate } = view;
  const alt = useMemo(
    () => alternatives(url, settings, result, asinOf(result) ?? product?.ids.asin),
    [url, settings, result, product],
  );
  const link = result.url;
  const caption = captionFor(state, link);
  const shop = new URL(result.canonicalUrl).hostname.replace(/^www\./, '');

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
        <ProductCard
          title={product.title}
          image={pictureSource(product.image, settings.showPictures)}
          price={product.price}
          currency={product.currency}
          shop={shop}
        />
      ) : (
        <section className="page-headline">
          <h2>Your link to this page</h2>
          <p className="hint">
            Not a single product: this links to the page as it is, with your tag.
          </p>
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
        <label className="sr-only" htmlFor="kinlink-link">
          Your link
        </label>
        <textarea
          id="kinlink-link"
          className="link-field"
          readOnly
          rows={2}
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
        {result.warnings.map((w) => (
          <p key={w} className="field-warning">
            {w}
          </p>
        ))}
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
          <p
            className="estimate num"
            title={`Estimate from ${estimate.source}. Networks pay on the final sale price.`}
          >
            Estimated {formatEstimate(estimate)}
          </p>
        )}
      </section>
      <NoticeBar />

      <section className="share" aria-label="Share">
        <ShareBar buttons={buttons} onShare={(id) => void state.share(id)} />
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
        <div
          className="qr-dialog"
          role="dialog"
          aria-modal="true"
          aria-label="QR code of your link"
        >
          <QrCode text={link} label={`QR code for ${link}`} />
          <p className="hint">Show this to a friend: their camera opens your link.</p>
          <button type="button" className="btn" onClick={() => state.setQrOpen(false)}>
            <X size={16} aria-hidden="true" /> Close
          </button>
        </div>
      )}
    </>
  );
}

function SetupState() {
  const view = usePopupStore((s) => s.view);
  const saveSetup = usePopupStore((s) => s.saveSetup);
  const openOptions = usePopupStore((s) => s.openOptions);
  const copyText = usePopupStore((s) => s.copyText);
  const copied = usePopupStore((s) => s.copied);
  if (view.kind !== 'needs-setup') return null;
  const { result, firstRun } = view;
  const label = networkLabel(result.networkId);
  const inline =
    result.networkId === 'amazon' && result.marketplace
      ? ({ networkId: 'amazon', marketplace: result.marketplace } as const)
      : result.networkId === 'ebay'
        ? ({ networkId: 'ebay' } as const)
        : null;
  return (
    <StatePanel
      icon={<Link2 size={28} aria-hidden="true" />}
      headline={
        firstRun ? `Make your first link: set up ${label}` : `Set up ${label} for this shop`
      }
      actions={
        <>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => void openOptions(firstRun ? 'welcome' : 'settings')}
          >
            Open settings
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => void copyText(result.cleanUrl, 'clean')}
          >
            {copied === 'clean' ? 'Copied' : 'Copy plain link'}
          </button>
        </>
      }
    >
      <p>{result.message}</p>
      {inline && (
        <SetupInline
          key={result.networkId + (result.marketplace ?? '')}
          request={inline}
          onSave={(value) => saveSetup(inline.networkId, value, result.marketplace)}
        />
      )}
      <NoticeBar />
    </StatePanel>
  );
}

function ForeignState() {
  const view = usePopupStore((s) => s.view);
  const confirming = usePopupStore((s) => s.confirmingReplace);
  const { askReplace, cancelReplace, setOptions, copyText } = usePopupStore.getState();
  const copied = usePopupStore((s) => s.copied);
  const url = usePopupStore((s) => s.url);
  if (view.kind !== 'foreign') return null;
  const { result } = view;
  return (
    <StatePanel
      tone="warning"
      icon={<AlertTriangle size={28} aria-hidden="true" />}
      headline="This link already earns for someone else"
      actions={
        confirming ? (
          <>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => setOptions({ replaceForeignTag: true })}
            >
              Yes, use my link instead
            </button>
            <button type="button" className="btn" onClick={cancelReplace}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className="btn btn-primary" onClick={askReplace}>
              Replace their tag with mine
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => url && void copyText(url, 'clean')}
            >
              {copied === 'clean' ? 'Copied' : 'Keep their link'}
            </button>
          </>
        )
      }
    >
      <p>
        It carries <code>{result.marker}</code>
        {result.owner ? (
          <>
            {' '}
            — it belongs to <strong>{result.owner}</strong>
          </>
        ) : null}
        . Whoever shared it earns if someone buys through it.
      </p>
      {confirming && (
        <p className="notice notice-warning" role="alert">
          Replacing it takes their credit for this share. Do it only if the recommendation is yours.
        </p>
      )}
    </StatePanel>
  );
}

function ShortState() {
  const view = usePopupStore((s) => s.view);
  const busy = usePopupStore((s) => s.busy);
  const expand = usePopupStore((s) => s.expand);
  if (view.kind !== 'short') return null;
  return (
    <StatePanel
      icon={<Link2 size={28} aria-hidden="true" />}
      headline="This is a short link"
      actions={
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void expand()}
        >
          {busy ? 'Expanding…' : 'Expand short link'}
        </button>
      }
    >
      <p>
        <code>{view.shortUrl}</code> hides where it goes, and it may already carry someone’s tag.
        Kinlink will open it once (your browser asks you first) and make your link from the shop
        page.
      </p>
      <NoticeBar />
    </StatePanel>
  );
}

function CleanState() {
  const view = usePopupStore((s) => s.view);
  const copied = usePopupStore((s) => s.copied);
  const copyText = usePopupStore((s) => s.copyText);
  const openOptions = usePopupStore((s) => s.openOptions);
  const host = view.kind === 'clean' ? view.host : '';
  const [shop, setShop] = useState(host.replace(/^www\./, ''));
  useEffect(() => {
    if (host) void shopDomain(host).then(setShop, () => {});
  }, [host]);
  if (view.kind !== 'clean') return null;
  return (
    <StatePanel
      icon={<Link2 size={28} aria-hidden="true" />}
      headline="No network for this shop yet"
      actions={
        <>
          {view.cleanUrl && (
            <button
              type="button"
              className={`btn ${copied === 'clean' ? 'btn-success' : 'btn-primary'}`}
              onClick={() => void copyText(view.cleanUrl ?? '', 'clean')}
            >
              {copied === 'clean' ? 'Copied' : 'Copy clean link'}
            </button>
          )}
          {shop && (
            <button
              type="button"
              className="btn"
              onClick={() => void openOptions(`settings?rule=${encodeURIComponent(shop)}`)}
            >
              Add a rule for {shop}
            </button>
          )}
        </>
      }
    >
      <p>{view.message}</p>
      {view.cleanUrl && (
        <>
          <label className="label" htmlFor="clean-link">
            Clean link <span className="chip">earns nothing</span>
          </label>
          <textarea
            id="clean-link"
            className="link-field"
            readOnly
            rows={2}
            value={view.cleanUrl}
          />
        </>
      )}
    </StatePanel>
  );
}
