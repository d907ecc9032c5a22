import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { checkDomains, splitList } from '@/lib/field-checks';
import type { Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';
import { useSettingText } from './use-setting-text';

export function DetectionCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  const [sites, changeSites] = useSettingText(
    settings.detection.disabledSites.join(', '),
    (text) => (text.trim() === '' || !checkDomains(text).error ? splitList(text).join(', ') : null),
    (value) =>
      void update((d) => {
        d.detection.disabledSites = splitList(value);
      }),
  );
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
        onChange={changeSites}
        check={sites.trim() ? checkDomains(sites) : undefined}
        placeholder="bank.example, mail.example"
      />
    </Card>
  );
}
