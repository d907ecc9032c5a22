import { Check, HandHeart, Link2, Pin, Plus, Puzzle, ShieldCheck } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { Field } from '@/components/Field';
import { LinkPreview } from '@/components/LinkPreview';
import { Logo } from '@/components/Logo';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import { checkAmazonTrackingId, checkEbayCampaignId } from '@/lib/field-checks';
import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';
import { policyOf } from '@/lib/share';
import { navigate, useOptionsStore } from '../store';

/** First run: what Kinlink does, its promises, which networks you are in, your first link. */
export function WelcomePage() {
  const [step, setStep] = useState(0);
  // A store "Try it" asked to set up: the networks step opens with a row for it.
  const [addStore, setAddStore] = useState<string | undefined>();
  const settings = useOptionsStore((s) => s.settings);
  const update = useOptionsStore((s) => s.update);
  const finish = async (to: string) => {
    await update((d) => {
      d.onboarded = true;
    });
    navigate(to);
  };
  // A new step takes the focus at its heading (the button that led there is gone): the next Tab
  // goes through the step from its top, and a screen reader reads its title.
  const main = useRef<HTMLElement>(null);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    main.current?.querySelector<HTMLElement>('.welcome-step h1')?.focus();
  }, [step]);
  const steps = ['What Kinlink does', 'Your networks', 'Keep it in sight', 'Your first link'];
  return (
    <main className="welcome" ref={main}>
      <header className="welcome-head">
        <Logo size={32} />
        <span className="welcome-brand">Kinlink</span>
        <button type="button" className="btn btn-ghost" onClick={() => void finish('settings')}>
          Skip
        </button>
      </header>
      <ol className="dots" aria-label="Steps">
        {steps.map((s, i) => (
          <li
            key={s}
            aria-current={i === step ? 'step' : undefined}
            className={i <= step ? 'done' : ''}
          >
            <span className="sr-only">
              Step {i + 1} of {steps.length}: {s}
            </span>
          </li>
        ))}
      </ol>
      {step === 0 && (
        <section className="welcome-step" aria-labelledby="w1">
          <h1 id="w1" tabIndex={-1}>
            Your own link for any shop page, in one click
          </h1>
          <p className="lead">
            On a product page, click Kinlink: your affiliate link is ready to copy or share, and
            every link you make is kept here with what it may earn.
          </p>
          <ul className="promises">
            <li>
              <HandHeart size={20} aria-hidden="true" />
              <span>
                <strong>Acts only when you click.</strong> It never changes pages or links by
                itself.
              </span>
            </li>
            <li>
              <ShieldCheck size={20} aria-hidden="true" />
              <span>
                <strong>Never takes someone else’s credit silently.</strong> If a link already
                carries someone’s tag, Kinlink says whose and asks first.
              </span>
            </li>
            <li>
              <Link2 size={20} aria-hidden="true" />
              <span>
                <strong>Nothing leaves your browser.</strong> No account, no server, no tracking.
                Kinlink has no affiliate code of its own.
              </span>
            </li>
          </ul>
          <button type="button" className="btn btn-primary" onClick={() => setStep(1)}>
            Set up my networks
          </button>
        </section>
      )}
      {step === 1 && <NetworksStep onNext={() => setStep(2)} addStore={addStore} />}
      {step === 2 && <PinStep onNext={() => setStep(3)} />}
      {step === 3 && (
        <section className="welcome-step" aria-labelledby="w3">
          <h1 id="w3" tabIndex={-1}>
            Try it
          </h1>
          <p className="lead">
            Paste any product URL: this is the link Kinlink will make, or why not.
          </p>
          <p className="hint">
            What earns: {policyOf('amazon').notEarning} (Amazon’s rule, and most networks’.)
          </p>
          <LinkPreview
            settings={settings}
            onSetUp={(marketplace) => {
              setAddStore(marketplace);
              setStep(1);
            }}
          />
          <div className="row-actions">
            <button type="button" className="btn btn-primary" onClick={() => void finish('links')}>
              <Check size={16} aria-hidden="true" /> Done
            </button>
            <button type="button" className="btn" onClick={() => void finish('settings')}>
              More networks and options
            </button>
          </div>
        </section>
      )}
    </main>
  );
}

type StoreRow = { market: string; tag: string; key: number };
let rowKeys = 0;

/** Amazon stores with an id already, or amazon.com to start; `add` appends a store not listed. */
function storeRows(trackingIds: Record<string, string[]>, add?: string): StoreRow[] {
  const saved = Object.entries(trackingIds)
    .filter(([, ids]) => ids.length > 0)
    .map(([market, ids]) => ({ market, tag: ids[0] ?? '', key: rowKeys++ }));
  const rows =
    saved.length > 0 ? saved : [{ market: add ?? 'amazon.com', tag: '', key: rowKeys++ }];
  return add && !rows.some((r) => r.market === add)
    ? [...rows, { market: add, tag: '', key: rowKeys++ }]
    : rows;
}

function NetworksStep({ onNext, addStore }: { onNext: () => void; addStore?: string }) {
  const update = useOptionsStore((s) => s.update);
  const settings = useOptionsStore((s) => s.settings);
  const [rows, setRows] = useState(() => storeRows(settings.networks.amazon.trackingIds, addStore));
  const [campaign, setCampaign] = useState(settings.networks.ebay.campaignId);
  const checks = rows.map((r) => checkAmazonTrackingId(r.tag, r.market));
  const campaignCheck = checkEbayCampaignId(campaign);
  const filled = rows.filter((r) => r.tag !== '');
  const wrong = checks.some((c, i) => rows[i]?.tag !== '' && c.error);
  const canSave =
    !wrong && !(campaign !== '' && campaignCheck.error) && (filled.length > 0 || campaign !== '');
  const setRow = (i: number, patch: Partial<StoreRow>) =>
    setRows((all) => all.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const unused = Object.keys(AMAZON_MARKETPLACES).find((m) => !rows.some((r) => r.market === m));
  return (
    <section className="welcome-step" aria-labelledby="w2">
      <h1 id="w2" tabIndex={-1}>
        Which networks are you in?
      </h1>
      <p className="lead">
        Fill in what you have; skip the rest. Everything can be changed later in Settings.
      </p>
      <fieldset className="card">
        <legend>Amazon Associates</legend>
        <p className="hint">One tracking ID per Amazon store you joined.</p>
        {rows.map((row, i) => (
          <div className="grid-2 store-row" key={row.key}>
            <MarketplaceSelect
              id={`w-market-${row.key}`}
              value={row.market}
              onChange={(market) => setRow(i, { market })}
            />
            <Field
              label={`Tracking ID for ${row.market}`}
              value={row.tag}
              onChange={(tag) => setRow(i, { tag })}
              check={row.tag ? checks[i] : undefined}
              placeholder={`yourname-${AMAZON_MARKETPLACES[row.market]?.suffix ?? '20'}`}
            >
              {rows.length > 1 && (
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  onClick={() => setRows((all) => all.filter((_, k) => k !== i))}
                >
                  Remove {row.market}
                </button>
              )}
            </Field>
          </div>
        ))}
        {unused && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setRows((all) => [...all, { market: unused, tag: '', key: rowKeys++ }])}
          >
            <Plus size={14} aria-hidden="true" /> Another Amazon store
          </button>
        )}
      </fieldset>
      <fieldset className="card">
        <legend>eBay Partner Network</legend>
        <Field
          label="Campaign ID"
          value={campaign}
          onChange={setCampaign}
          check={campaign ? campaignCheck : undefined}
          placeholder="5338000000"
        />
      </fieldset>
      <p className="hint">
        Awin, Rakuten, CJ, Impact, Skimlinks, Sovrn, Partnerize and a shop’s own referral parameter
        are in <a href="#/settings">Settings</a>.
      </p>
      <div className="row-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!canSave}
          onClick={async () => {
            await update((d) => {
              for (const { market, tag } of filled) {
                const id = tag.trim();
                const ids = d.networks.amazon.trackingIds[market] ?? [];
                d.networks.amazon.trackingIds[market] = [id, ...ids.filter((i) => i !== id)];
              }
              if (campaign && !campaignCheck.error) d.networks.ebay.campaignId = campaign.trim();
            });
            onNext();
          }}
        >
          Save and continue
        </button>
        <button type="button" className="btn" onClick={onNext}>
          Not now
        </button>
      </div>
    </section>
  );
}

/**
 * Chrome and Firefox put a new extension out of sight, behind the puzzle-piece button: the price
 * badge Kinlink shows on product pages is only seen once it is pinned. Says how, with a picture,
 * and says so once it is pinned (the browser tells; asked again every second on this step).
 */
function PinStep({ onNext }: { onNext: () => void }) {
  const [pinned, setPinned] = useState<boolean | null>(null);
  useEffect(() => {
    const ask = () =>
      void browser.action
        .getUserSettings?.()
        .then((s) => setPinned(s.isOnToolbar ?? null))
        .catch(() => setPinned(null));
    ask();
    const timer = setInterval(ask, 1000);
    return () => clearInterval(timer);
  }, []);
  const firefox = import.meta.env.FIREFOX;
  return (
    <section className="welcome-step" aria-labelledby="w-pin">
      <h1 id="w-pin" tabIndex={-1}>
        Keep Kinlink in sight
      </h1>
      <p className="lead">
        {firefox ? 'Firefox' : 'Chrome'} puts new extensions behind the puzzle-piece button. Pin
        Kinlink to the toolbar to see the price badge on product pages and open it in one click.
      </p>
      <div className="pin-picture" aria-hidden="true">
        <div className="pin-toolbar">
          <span className="pin-address" />
          <span className="pin-puzzle">
            <Puzzle size={18} />
          </span>
        </div>
        <div className="pin-menu">
          <span className="pin-menu-title">Extensions</span>
          <span className="pin-menu-row">
            <Logo size={18} /> Kinlink
            <span className="pin-pin">
              <Pin size={16} />
            </span>
          </span>
        </div>
      </div>
      <ol className="pin-steps">
        <li>Click the puzzle-piece button at the right of the address bar.</li>
        <li>
          {firefox
            ? 'Click the cog next to Kinlink, then “Pin to Toolbar”.'
            : 'Click the pin next to Kinlink.'}
        </li>
      </ol>
      <p className={pinned ? 'pin-status ok' : 'pin-status'} role="status">
        {pinned === true && (
          <>
            <Check size={16} aria-hidden="true" /> Kinlink is pinned.
          </>
        )}
        {pinned === false && 'Not pinned yet.'}
      </p>
      <div className="row-actions">
        <button type="button" className="btn btn-primary" onClick={onNext}>
          {pinned ? 'Continue' : 'Done, continue'}
        </button>
      </div>
    </section>
  );
}
