import { Download, Plus, Star, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { FilePicker } from '@/components/FilePicker';
import { LinkPreview } from '@/components/LinkPreview';
import { MarketplaceSelect } from '@/components/MarketplaceSelect';
import { Notice } from '@/components/Notice';
import { SetAsideList, setAsideText } from '@/components/SetAsideList';
import { LIMITS } from '@/lib/limits';
import { networkLabel } from '@/lib/networks';
import { AMAZON_MARKETPLACES } from '@/lib/networks/amazon-data';
import { saveFile } from '@/lib/save-file';
import {
  DEFAULT_CAPTION,
  DEFAULT_DISCLOSURE,
  type Settings,
  SHARE_CHANNELS,
  validateSettingsImport,
} from '@/lib/settings';
import { dismissSetAside, type SetAsideEntry, setAsideItem } from '@/lib/settings-store';
import {
  checkAmazonTrackingId,
  checkDomains,
  checkEbayCampaignId,
  checkRequired,
  checkRuleParameters,
  splitList,
} from '@/lib/validate';
import { useOptionsStore } from '../store';

export function SettingsPage() {
  const settings = useOptionsStore((s) => s.settings);
  const localReason = useOptionsStore((s) => s.localReason);
  const saved = useOptionsStore((s) => s.saved);
  const query = useOptionsStore((s) => s.query);
  return (
    <div className="page">
      <header className="page-header">
        <h1>Settings</h1>
        <span className="hint" aria-live="polite">
          {saved === 'saving' ? 'Saving…' : saved === 'saved' ? 'All changes saved' : ''}
        </span>
      </header>
      {localReason && <p className="notice notice-warning">{localReason}</p>}
      <SetAsideCard />
      <AmazonCard settings={settings} />
      <EbayCard settings={settings} />
      <DeepLinkCards settings={settings} />
      <RulesCard settings={settings} prefill={query.get('rule') ?? ''} />
      <ChannelsCard settings={settings} />
      <CaptionCard settings={settings} />
      <DetectionCard settings={settings} />
      <PicturesCard settings={settings} />
      <RatesCard settings={settings} />
      <ShortcutsCard />
      <BackupCard settings={settings} />
    </div>
  );
}

/** Values from storage that could not be used: listed until the user copies or dismisses them. */
function SetAsideCard() {
  const [entries, setEntries] = useState<SetAsideEntry[]>([]);
  useEffect(() => {
    void setAsideItem.getValue().then(setEntries, () => {});
    return setAsideItem.watch((next) => setEntries(next ?? []));
  }, []);
  return (
    <SetAsideList
      entries={entries}
      onCopy={(entry) => void navigator.clipboard.writeText(setAsideText(entry.value))}
      onDismiss={(entry) => void dismissSetAside(entry)}
    />
  );
}

function AmazonCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const [marketplace, setMarketplace] = useState('amazon.com');
  const [id, setId] = useState('');
  const [label, setLabel] = useState('');
  const full =
    (settings.networks.amazon.trackingIds[marketplace]?.length ?? 0) >= LIMITS.idsPerStore;
  const check = full
    ? {
        error: `${marketplace} has ${LIMITS.idsPerStore} tracking IDs, the most Kinlink keeps: remove one first.`,
      }
    : checkAmazonTrackingId(id, marketplace);
  const entries = Object.entries(settings.networks.amazon.trackingIds).filter(
    ([, ids]) => ids.length > 0,
  );
  const add = () => {
    if (check.error) return;
    const value = id.trim();
    void update((d) => {
      const list = d.networks.amazon.trackingIds[marketplace] ?? [];
      if (!list.includes(value)) d.networks.amazon.trackingIds[marketplace] = [...list, value];
      if (label.trim()) d.networks.amazon.labels[value] = label.trim();
    });
    setId('');
    setLabel('');
  };
  return (
    <Card
      id="amazon"
      title="Amazon Associates"
      description="One tracking ID per Amazon store you joined; add more (one per channel, say) to see which earns. The first is the default."
    >
      {entries.length === 0 ? (
        <p className="empty-inline">
          No tracking IDs yet. Add the one from your Associates account below.
        </p>
      ) : (
        <ul className="id-list">
          {entries.map(([host, ids]) => (
            <li key={host}>
              <span className="id-market">
                {host} <span className="hint">{AMAZON_MARKETPLACES[host]?.name}</span>
              </span>
              <span className="id-chips">
                {ids.map((tid, i) => (
                  <span key={tid} className={`id-chip ${i === 0 ? 'default' : ''}`}>
                    {i === 0 && <Star size={12} aria-label="default" />}
                    {tid}
                    {settings.networks.amazon.labels[tid] && (
                      <span className="hint"> ({settings.networks.amazon.labels[tid]})</span>
                    )}
                    {i > 0 && (
                      <button
                        type="button"
                        className="chip-btn"
                        aria-label={`Make ${tid} the default for ${host}`}
                        title="Make default"
                        onClick={() =>
                          void update((d) => {
                            d.networks.amazon.trackingIds[host] = [
                              tid,
                              ...ids.filter((x) => x !== tid),
                            ];
                          })
                        }
                      >
                        <Star size={12} aria-hidden="true" />
                      </button>
                    )}
                    <button
                      type="button"
                      className="chip-btn"
                      aria-label={`Remove ${tid} from ${host}`}
                      title="Remove"
                      onClick={() =>
                        void update((d) => {
                          d.networks.amazon.trackingIds[host] = ids.filter((x) => x !== tid);
                        })
                      }
                    >
                      <Trash2 size={12} aria-hidden="true" />
                    </button>
                    {amazonWarning(host, tid)}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="row-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <MarketplaceSelect id="amazon-market" value={marketplace} onChange={setMarketplace} />
        <Field
          label="Tracking ID"
          value={id}
          onChange={setId}
          check={check}
          max={LIMITS.amazonTrackingId}
          placeholder={`yourname-${AMAZON_MARKETPLACES[marketplace]?.suffix ?? '20'}`}
        />
        <Field
          label="Name (optional)"
          value={label}
          onChange={setLabel}
          max={LIMITS.idLabel}
          placeholder="Instagram"
        />
        <button type="submit" className="btn btn-primary" disabled={!!check.error}>
          <Plus size={16} aria-hidden="true" /> Add
        </button>
      </form>
      <LinkPreview settings={settings} example="" />
    </Card>
  );
}

function amazonWarning(host: string, id: string) {
  const w = checkAmazonTrackingId(id, host).warning;
  return w ? (
    <span className="field-warning" title={w} role="img" aria-label={w}>
      ⚠
    </span>
  ) : null;
}

function EbayCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const [campaign, setCampaign] = useState(settings.networks.ebay.campaignId);
  const [custom, setCustom] = useState(settings.networks.ebay.customId);
  const check = checkEbayCampaignId(campaign);
  // Saved from the change itself (not an effect on settings), so a change arriving from another
  // tab or synced browser is never overwritten by this field's older value.
  const changeCampaign = (value: string) => {
    setCampaign(value);
    if (!checkEbayCampaignId(value).error || value.trim() === '') {
      void update((d) => {
        d.networks.ebay.campaignId = value.trim();
      });
    }
  };
  return (
    <Card
      id="ebay"
      title="eBay Partner Network"
      description="Your campaign ID (10 digits) from the EPN dashboard. Every eBay site is covered."
    >
      <div className="grid-2">
        <Field
          label="Campaign ID"
          value={campaign}
          onChange={changeCampaign}
          check={check}
          max={LIMITS.ebayCampaignId}
          placeholder="5338000000"
        />
        <Field
          label="Custom ID (optional)"
          value={custom}
          onChange={(v) => {
            setCustom(v);
            void update((d) => {
              d.networks.ebay.customId = v.trim();
            });
          }}
          max={LIMITS.ebayCustomId}
          hint="Shows in your EPN reports; a channel's own sub ID replaces it."
        />
      </div>
      <LinkPreview settings={settings} />
    </Card>
  );
}

type DeepId = 'awin' | 'rakuten' | 'cj' | 'impact' | 'partnerize' | 'skimlinks' | 'sovrn';
const DEEP: {
  id: DeepId;
  publisher?: string;
  coverage: 'advertisers' | 'domains';
  about: string;
}[] = [
  {
    id: 'awin',
    publisher: 'Publisher ID (awinaffid)',
    coverage: 'advertisers',
    about:
      'Also Etsy and former ShareASale advertisers. Add each advertiser you joined, with its ID and shop domains.',
  },
  {
    id: 'rakuten',
    publisher: 'Publisher ID (11 characters)',
    coverage: 'advertisers',
    about: 'Add each advertiser (its MID) and the shop domains it covers.',
  },
  {
    id: 'cj',
    publisher: 'Publisher ID (PID)',
    coverage: 'advertisers',
    about: 'Add each advertiser (its ad ID) and its shop domains.',
  },
  {
    id: 'impact',
    publisher: 'Partner ID',
    coverage: 'advertisers',
    about:
      'Walmart, Target, Best Buy and many brands: each advertiser’s ad ID, campaign ID and tracking domain (goto.walmart.com, brand.pxf.io…).',
  },
  {
    id: 'partnerize',
    coverage: 'advertisers',
    about: 'Each advertiser’s camref and its shop domains.',
  },
  {
    id: 'skimlinks',
    publisher: 'Publisher ID',
    coverage: 'domains',
    about: 'One ID covers every shop you list.',
  },
  {
    id: 'sovrn',
    publisher: 'Site key',
    coverage: 'domains',
    about: 'One key covers every shop you list.',
  },
];

function DeepLinkCards({ settings }: { settings: Settings }) {
  return (
    <Card
      id="networks"
      title="Other networks"
      description="Open the networks you are in. Your link is made only for the shops you list."
    >
      {DEEP.map((d) => (
        <DeepLinkCard key={d.id} def={d} settings={settings} />
      ))}
    </Card>
  );
}

function DeepLinkCard({ def, settings }: { def: (typeof DEEP)[number]; settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const n = settings.networks[def.id];
  const [publisher, setPublisher] = useState(n.publisherId);
  const [domains, setDomains] = useState(n.domains.join(', '));
  const [adv, setAdv] = useState({
    id: '',
    name: '',
    domains: '',
    trackingDomain: '',
    campaignId: '',
  });
  const impact = def.id === 'impact';
  const advCheck =
    adv.id.trim() === '' ? checkRequired(adv.id, 'the advertiser ID') : checkDomains(adv.domains);
  const configured = n.publisherId !== '' || n.advertisers.length > 0 || n.domains.length > 0;
  return (
    <details className="subcard" open={configured}>
      <summary>
        {networkLabel(def.id)} {configured && <span className="chip">set up</span>}
      </summary>
      <p className="hint">{def.about}</p>
      {def.publisher && (
        <Field
          label={def.publisher}
          value={publisher}
          max={LIMITS.publisherId}
          onChange={(v) => {
            setPublisher(v);
            void update((d) => {
              d.networks[def.id].publisherId = v.trim();
            });
          }}
          check={
            def.id === 'rakuten' && publisher.trim().length !== 11
              ? { warning: 'Rakuten publisher IDs are 11 characters (case matters).' }
              : undefined
          }
        />
      )}
      {def.coverage === 'domains' ? (
        <Field
          label="Shops (domains, comma separated)"
          value={domains}
          onChange={(v) => {
            setDomains(v);
            if (!checkDomains(v).error)
              void update((d) => {
                d.networks[def.id].domains = splitList(v);
              });
          }}
          check={checkDomains(domains)}
          placeholder="wayfair.com, overstock.com"
        />
      ) : (
        <>
          {n.advertisers.length > 0 && (
            <table className="table">
              <caption className="sr-only">{networkLabel(def.id)} advertisers</caption>
              <thead>
                <tr>
                  <th scope="col">Advertiser</th>
                  <th scope="col">ID</th>
                  <th scope="col">Shops</th>
                  <th scope="col">
                    <span className="sr-only">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {n.advertisers.map((a, i) => (
                  <tr key={`${a.id}|${a.domains.join()}`}>
                    <td>{a.name || '—'}</td>
                    <td>
                      <code>{a.id}</code>
                      {impact && (
                        <div className="hint">
                          {[a.trackingDomain, a.campaignId].filter(Boolean).join(' · ')}
                        </div>
                      )}
                    </td>
                    <td>{a.domains.join(', ')}</td>
                    <td>
                      <button
                        type="button"
                        className="icon-btn"
                        aria-label={`Remove ${a.name || a.id}`}
                        onClick={() =>
                          void update((d) => {
                            d.networks[def.id].advertisers.splice(i, 1);
                          })
                        }
                      >
                        <Trash2 size={16} aria-hidden="true" />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form
            className="row-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (advCheck.error) return;
              void update((d) => {
                d.networks[def.id].advertisers.push({
                  id: adv.id.trim(),
                  name: adv.name.trim(),
                  domains: splitList(adv.domains),
                  ...(impact
                    ? {
                        trackingDomain: adv.trackingDomain.trim(),
                        campaignId: adv.campaignId.trim(),
                      }
                    : {}),
                });
              });
              setAdv({ id: '', name: '', domains: '', trackingDomain: '', campaignId: '' });
            }}
          >
            <Field
              label="Advertiser name"
              value={adv.name}
              max={LIMITS.advertiserName}
              onChange={(v) => setAdv({ ...adv, name: v })}
              placeholder="Etsy"
            />
            <Field
              label={def.id === 'partnerize' ? 'Camref' : 'Advertiser ID'}
              value={adv.id}
              max={LIMITS.advertiserId}
              onChange={(v) => setAdv({ ...adv, id: v })}
              check={checkRequired(adv.id, 'the advertiser ID')}
            />
            <Field
              label="Shops (domains)"
              value={adv.domains}
              onChange={(v) => setAdv({ ...adv, domains: v })}
              check={checkDomains(adv.domains)}
              placeholder="etsy.com"
            />
            {impact && (
              <>
                <Field
                  label="Tracking domain"
                  value={adv.trackingDomain}
                  max={LIMITS.domain}
                  onChange={(v) => setAdv({ ...adv, trackingDomain: v })}
                  placeholder="goto.walmart.com"
                />
                <Field
                  label="Campaign ID"
                  value={adv.campaignId}
                  max={LIMITS.advertiserId}
                  onChange={(v) => setAdv({ ...adv, campaignId: v })}
                />
              </>
            )}
            <button type="submit" className="btn" disabled={!!advCheck.error}>
              <Plus size={16} aria-hidden="true" /> Add advertiser
            </button>
          </form>
        </>
      )}
      {configured && <LinkPreview settings={settings} />}
    </details>
  );
}

function RulesCard({ settings, prefill }: { settings: Settings; prefill: string }) {
  const update = useOptionsStore((s) => s.update);
  const [domains, setDomains] = useState(prefill);
  const [set, setSet] = useState('');
  const [remove, setRemove] = useState('');
  const { pairs, ...pairsCheck } = checkRuleParameters(set);
  const draft = structuredClone(settings);
  const ready = !checkDomains(domains).error && !pairsCheck.error;
  if (ready) {
    draft.networks.queryTag.rules.unshift({
      domains: splitList(domains),
      set: Object.fromEntries(pairs),
      remove: splitList(remove),
    });
  }
  return (
    <Card
      id="rules"
      title="Shop referral rules"
      description="For a shop's own referral programme: set (or replace) a parameter such as ref=yourname on its links, and remove others."
    >
      {settings.networks.queryTag.rules.length > 0 && (
        <ul className="rule-list">
          {settings.networks.queryTag.rules.map((r, i) => (
            <li key={`${r.domains.join()}|${JSON.stringify(r.set)}`}>
              <span>
                <strong>{r.domains.join(', ')}</strong>: set{' '}
                <code>
                  {Object.entries(r.set)
                    .map(([k, v]) => `${k}=${v}`)
                    .join('&')}
                </code>
                {r.remove?.length ? (
                  <>
                    , remove <code>{r.remove.join(', ')}</code>
                  </>
                ) : null}
              </span>
              <button
                type="button"
                className="icon-btn"
                aria-label={`Remove the rule for ${r.domains.join(', ')}`}
                onClick={() =>
                  void update((d) => {
                    d.networks.queryTag.rules.splice(i, 1);
                  })
                }
              >
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          void update((d) => {
            d.networks.queryTag.rules.push({
              domains: splitList(domains),
              set: Object.fromEntries(pairs),
              remove: splitList(remove),
            });
          });
          setDomains('');
          setSet('');
          setRemove('');
        }}
      >
        <div className="grid-3">
          <Field
            label="Shops (domains)"
            value={domains}
            onChange={setDomains}
            check={checkDomains(domains)}
            placeholder="example.com"
          />
          <Field
            label="Set parameters"
            value={set}
            onChange={setSet}
            check={pairsCheck}
            placeholder="ref=yourname"
          />
          <Field
            label="Remove parameters (optional)"
            value={remove}
            onChange={setRemove}
            placeholder="utm_source, variant"
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={!ready}>
          <Plus size={16} aria-hidden="true" /> Add rule
        </button>
      </form>
      <LinkPreview settings={draft} example={prefill ? `https://${prefill}/` : ''} />
    </Card>
  );
}

function ChannelsCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const markets = Object.entries(settings.networks.amazon.trackingIds).filter(
    ([, ids]) => ids.length > 1,
  );
  const channels = SHARE_CHANNELS.filter((c) => c !== 'copy' && c !== 'system');
  return (
    <Card
      id="channels"
      title="Channels"
      description="A tracking ID or sub ID per place you share, so your reports show which channel earns."
    >
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col">Sub ID (eBay, Awin, Impact…)</th>
            {markets.map(([host]) => (
              <th key={host} scope="col">
                Amazon {host}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              <td>
                <input
                  className="input"
                  aria-label={`Sub ID for ${c}`}
                  maxLength={LIMITS.subId}
                  value={settings.channels[c]?.subId ?? ''}
                  onChange={(e) =>
                    void update((d) => {
                      d.channels[c] = {
                        amazon: d.channels[c]?.amazon ?? {},
                        subId: e.target.value.trim(),
                      };
                    })
                  }
                />
              </td>
              {markets.map(([host, ids]) => (
                <td key={host}>
                  <select
                    className="input"
                    aria-label={`Amazon ${host} tracking ID for ${c}`}
                    value={settings.channels[c]?.amazon[host] ?? ''}
                    onChange={(e) =>
                      void update((d) => {
                        const ch = d.channels[c] ?? { amazon: {}, subId: '' };
                        if (e.target.value) ch.amazon[host] = e.target.value;
                        else delete ch.amazon[host];
                        d.channels[c] = ch;
                      })
                    }
                  >
                    <option value="">Default ({ids[0]})</option>
                    {ids.map((id) => (
                      <option key={id} value={id}>
                        {id}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {markets.length === 0 && (
        <p className="hint">Add a second Amazon tracking ID for a store to pick one per channel.</p>
      )}
    </Card>
  );
}

function CaptionCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  return (
    <Card
      id="sharing"
      title="Captions and sharing"
      description="Placeholders: {title} {price} {link} {disclosure} {shop}. The disclosure is always added to a share."
    >
      <Field
        label="Caption template"
        value={settings.caption.template}
        max={LIMITS.captionTemplate}
        onChange={(v) =>
          void update((d) => {
            d.caption.template = v || DEFAULT_CAPTION;
          })
        }
        check={
          settings.caption.template.includes('{link}')
            ? undefined
            : { warning: 'Without {link} the link is added at the end.' }
        }
      />
      <Field
        label="Disclosure"
        value={settings.caption.disclosure}
        max={LIMITS.disclosure}
        onChange={(v) =>
          void update((d) => {
            d.caption.disclosure = v;
          })
        }
        check={
          settings.caption.disclosure.trim() === ''
            ? {
                warning:
                  'Networks and the FTC ask for a clear disclosure such as #ad on every post.',
              }
            : undefined
        }
        hint={`Default: ${DEFAULT_DISCLOSURE}. Amazon also asks for “As an Amazon Associate I earn from qualifying purchases.” on your profile.`}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={settings.autoCopy}
          onChange={(e) =>
            void update((d) => {
              d.autoCopy = e.target.checked;
            })
          }
        />
        Copy my link as soon as I open Kinlink on a product page
      </label>
    </Card>
  );
}

function PicturesCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  return (
    <Card
      id="pictures"
      title="Product pictures"
      description="A product's picture is on the shop's (or its image host's) server: showing it in the popup and your Links page asks that server for it, which tells it you looked. Off, Kinlink asks no server for anything."
    >
      <label className="check">
        <input
          type="checkbox"
          checked={settings.showPictures}
          onChange={(e) =>
            void update((d) => {
              d.showPictures = e.target.checked;
            })
          }
        />
        Show product pictures (https only, without telling the server which page you came from)
      </label>
    </Card>
  );
}

function DetectionCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const [sites, setSites] = useState(settings.detection.disabledSites.join(', '));
  return (
    <Card
      id="detection"
      title="Product detection"
      description="Kinlink reads shop pages (never changes them) to badge the icon on product pages."
    >
      <label className="check">
        <input
          type="checkbox"
          checked={settings.detection.enabled}
          onChange={(e) =>
            void update((d) => {
              d.detection.enabled = e.target.checked;
            })
          }
        />
        Recognise product pages and show a badge
      </label>
      <Field
        label="Never on these sites"
        value={sites}
        onChange={(v) => {
          setSites(v);
          if (v.trim() === '' || !checkDomains(v).error)
            void update((d) => {
              d.detection.disabledSites = splitList(v);
            });
        }}
        check={sites.trim() ? checkDomains(sites) : undefined}
        placeholder="bank.example, mail.example"
      />
    </Card>
  );
}

function RatesCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const ids = [
    'amazon',
    'ebay',
    'awin',
    'rakuten',
    'cj',
    'impact',
    'partnerize',
    'skimlinks',
    'sovrn',
    'queryTag',
  ];
  return (
    <Card
      id="rates"
      title="Commission rates"
      description="Estimates use each network's published rates. Enter your own rate to use it instead (leave empty for the default)."
    >
      <div className="grid-3">
        {ids.map((id) => (
          <div className="field" key={id}>
            <label htmlFor={`rate-${id}`}>{networkLabel(id)} (%)</label>
            <input
              id={`rate-${id}`}
              className="input num"
              type="number"
              min={0}
              max={100}
              step={0.1}
              value={
                settings.rateOverrides[id] !== undefined
                  ? Number(((settings.rateOverrides[id] ?? 0) * 100).toFixed(2))
                  : ''
              }
              onChange={(e) =>
                void update((d) => {
                  const v = e.target.value === '' ? Number.NaN : Number(e.target.value);
                  if (Number.isFinite(v) && v >= 0 && v <= 100) d.rateOverrides[id] = v / 100;
                  else delete d.rateOverrides[id];
                })
              }
            />
          </div>
        ))}
      </div>
    </Card>
  );
}

function ShortcutsCard() {
  const [commands, setCommands] = useState<
    { name?: string; description?: string; shortcut?: string }[]
  >([]);
  useEffect(() => {
    // Not every browser (or test double) has the commands API: then the list stays empty.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(setCommands, () => {});
  }, []);
  const isFirefox = import.meta.env.FIREFOX;
  return (
    <Card id="shortcuts" title="Keyboard shortcuts">
      <ul className="shortcut-list">
        {commands.map((c) => (
          <li key={c.name}>
            <span>{c.name === '_execute_action' ? 'Open Kinlink' : c.description}</span>
            <kbd>{c.shortcut || 'not set'}</kbd>
          </li>
        ))}
      </ul>
      <p className="hint">
        Change them in{' '}
        {isFirefox ? (
          'Add-ons → ⚙ → Manage Extension Shortcuts'
        ) : (
          <code>chrome://extensions/shortcuts</code>
        )}
        .
      </p>
      {!isFirefox && (
        <button
          type="button"
          className="btn"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          Open the shortcuts page
        </button>
      )}
    </Card>
  );
}

function BackupCard({ settings }: { settings: Settings }) {
  const replace = useOptionsStore((s) => s.replaceSettings);
  const [pending, setPending] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ tone: 'danger' | 'info'; text: string } | null>(null);
  return (
    <Card
      id="backup"
      title="Back up your settings"
      description="Your tracking IDs and rules as a file, to keep or to move to another browser."
    >
      <div className="row-actions">
        <button
          type="button"
          className="btn"
          onClick={() =>
            saveFile(
              `kinlink-settings-${new Date().toISOString().slice(0, 10)}.json`,
              JSON.stringify(settings, null, 2),
              'application/json',
            )
          }
        >
          <Download size={16} aria-hidden="true" /> Export settings
        </button>
        <FilePicker
          label="Import settings"
          accept="application/json,.json"
          maxBytes={LIMITS.settingsFileBytes}
          onError={(text) => {
            setPending(null);
            setMessage({ tone: 'danger', text });
          }}
          onFile={(text, name) => {
            let raw: unknown;
            try {
              raw = JSON.parse(text);
            } catch {
              setPending(null);
              setMessage({
                tone: 'danger',
                text: `${name} is not a JSON file. Nothing was changed.`,
              });
              return;
            }
            const result = validateSettingsImport(raw);
            if (!result.ok) {
              setPending(null);
              setMessage({ tone: 'danger', text: `${result.message} Nothing was changed.` });
            } else {
              setMessage(null);
              setPending(result.settings);
            }
          }}
        >
          Import settings…
        </FilePicker>
      </div>
      <Notice message={message} />
      {pending && (
        <section className="import-preview" aria-label="Settings import preview">
          <p>This file will replace your settings with:</p>
          <ul>
            <li>
              Amazon: {Object.values(pending.networks.amazon.trackingIds).flat().length} tracking
              IDs in{' '}
              {Object.values(pending.networks.amazon.trackingIds).filter((l) => l.length).length}{' '}
              stores
            </li>
            <li>eBay campaign: {pending.networks.ebay.campaignId || 'none'}</li>
            <li>Shop rules: {pending.networks.queryTag.rules.length}</li>
            <li>Caption: “{pending.caption.template}”</li>
          </ul>
          <div className="row-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={async () => {
                await replace(pending);
                setPending(null);
                setMessage({ tone: 'info', text: 'Settings imported.' });
              }}
            >
              Replace my settings
            </button>
            <button type="button" className="btn" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </Card>
  );
}
