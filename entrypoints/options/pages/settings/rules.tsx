import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { LinkPreview } from '@/components/LinkPreview';
import { checkDomains, checkRuleParameters, splitList } from '@/lib/field-checks';
import type { Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';

export function RulesCard({
  settings,
  prefill,
  example,
}: {
  settings: Settings;
  prefill: string;
  /** The page the user came from (the popup's "Add a rule"), to try the rule on. */
  example: string;
}) {
  // Came here from the popup to add a rule: the card comes into view, its next field focused.
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!prefill) return;
    card.current?.scrollIntoView({ block: 'start' });
    card.current?.querySelectorAll<HTMLInputElement>('input')[1]?.focus();
  }, [prefill]);
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
    <div ref={card}>
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
        <LinkPreview settings={draft} example={example || (prefill ? `https://${prefill}/` : '')} />
      </Card>
    </div>
  );
}
