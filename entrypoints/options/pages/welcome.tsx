import { Check, HandHeart, Link2, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { Field } from '@/components/Field';
import { LinkPreview } from '@/components/LinkPreview';
import { Logo } from '@/components/Logo';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import { checkAmazonTrackingId, checkEbayCampaignId } from '@/lib/field-checks';
import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';
import { navigate, useOptionsStore } from '../store';

/** First run: what Kinlink does, its promises, which networks you are in, your first link. */
export function WelcomePage() {
  const [step, setStep] = useState(0);
  const settings = useOptionsStore((s) => s.settings);
  const update = useOptionsStore((s) => s.update);
  const finish = async (to: string) => {
    await update((d) => {
      d.onboarded = true;
    });
    navigate(to);
  };
  const steps = ['What Kinlink does', 'Your networks', 'Your first link'];
  return (
    <main className="welcome">
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
          <h1 id="w1">Your own link for any shop page, in one click</h1>
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
      {step === 1 && <NetworksStep onNext={() => setStep(2)} />}
      {step === 2 && (
        <section className="welcome-step" aria-labelledby="w3">
          <h1 id="w3">Try it</h1>
          <p className="lead">
            Paste any product URL: this is the link Kinlink will make, or why not.
          </p>
          <LinkPreview settings={settings} />
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

function NetworksStep({ onNext }: { onNext: () => void }) {
  const update = useOptionsStore((s) => s.update);
  const settings = useOptionsStore((s) => s.settings);
  const [market, setMarket] = useState('amazon.com');
  const [tag, setTag] = useState(settings.networks.amazon.trackingIds['amazon.com']?.[0] ?? '');
  const [campaign, setCampaign] = useState(settings.networks.ebay.campaignId);
  const tagCheck = checkAmazonTrackingId(tag, market);
  const campaignCheck = checkEbayCampaignId(campaign);
  const canSave = (tag !== '' && !tagCheck.error) || (campaign !== '' && !campaignCheck.error);
  return (
    <section className="welcome-step" aria-labelledby="w2">
      <h1 id="w2">Which networks are you in?</h1>
      <p className="lead">
        Fill in what you have; skip the rest. Everything can be changed later in Settings.
      </p>
      <fieldset className="card">
        <legend>Amazon Associates</legend>
        <div className="grid-2">
          <MarketplaceSelect id="w-market" value={market} onChange={setMarket} />
          <Field
            label="Tracking ID"
            value={tag}
            onChange={setTag}
            check={tag ? tagCheck : undefined}
            placeholder={`yourname-${AMAZON_MARKETPLACES[market]?.suffix ?? '20'}`}
          />
        </div>
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
              if (tag && !tagCheck.error) {
                const ids = d.networks.amazon.trackingIds[market] ?? [];
                d.networks.amazon.trackingIds[market] = [
                  tag.trim(),
                  ...ids.filter((i) => i !== tag.trim()),
                ];
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
