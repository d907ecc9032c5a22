import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { LinkPreview } from '@/components/LinkPreview';
import { checkDomains, checkRequired, splitList } from '@/lib/field-checks';
import { LIMITS } from '@/lib/limits';
import { deepLinkSettings, NETWORKS, networkLabel } from '@/lib/networks';
import type { DeepLinkCard as CardOf } from '@/lib/networks/types';
import type { Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';
import { useSettingText } from './use-setting-text';

// Every deep-link network declares its own card (lib/networks/<network>.ts, `form`): the list is
// the registry's, so a new network needs no line here.
const DEEP: readonly CardOf[] = NETWORKS.flatMap((n) => (n.card ? [n.card] : []));

export function DeepLinkCards({ settings }: { settings: Settings }) {
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

export function DeepLinkCard({ def, settings }: { def: CardOf; settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const n = deepLinkSettings(settings, def.id);
  const [publisher, changePublisher] = useSettingText(
    n.publisherId,
    (text) => text.trim(),
    (value) =>
      void update((d) => {
        deepLinkSettings(d, def.id, true).publisherId = value;
      }),
  );
  const [domains, changeDomains] = useSettingText(
    n.domains.join(', '),
    (text) => (checkDomains(text).error ? null : splitList(text).join(', ')),
    (value) =>
      void update((d) => {
        deepLinkSettings(d, def.id, true).domains = splitList(value);
      }),
  );
  const [adv, setAdv] = useState({
    id: '',
    name: '',
    domains: '',
    trackingDomain: '',
    campaignId: '',
  });
  // An advertiser with its own tracking domain and campaign (Impact).
  const impact = def.requires.includes('advertiser.trackingDomain');
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
          onChange={changePublisher}
          check={
            def.publisherLength !== undefined && publisher.trim().length !== def.publisherLength
              ? {
                  warning: `${networkLabel(def.id)} publisher IDs are ${def.publisherLength} characters (case matters).`,
                }
              : undefined
          }
        />
      )}
      {def.coverage === 'domains' ? (
        <Field
          label="Shops (domains, comma separated)"
          value={domains}
          onChange={changeDomains}
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
                            deepLinkSettings(d, def.id, true).advertisers.splice(i, 1);
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
                deepLinkSettings(d, def.id, true).advertisers.push({
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
              label={def.advertiserId ?? 'Advertiser ID'}
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
      {configured && (
        <LinkPreview
          settings={settings}
          placeholder={`https://www.${n.advertisers[0]?.domains[0] ?? n.domains[0] ?? 'shop.example'}/…`}
        />
      )}
    </details>
  );
}
