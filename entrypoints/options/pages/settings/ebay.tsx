import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { LinkPreview } from '@/components/LinkPreview';
import { checkEbayCampaignId } from '@/lib/field-checks';
import { LIMITS } from '@/lib/limits';
import type { Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';
import { useSettingText } from './use-setting-text';

export function EbayCard({ settings }: { settings: Settings }) {
  const update = useOptionsStore((s) => s.update);
  // Saved from the change itself, and following changes from other tabs (useSettingText).
  const [campaign, changeCampaign] = useSettingText(
    settings.networks.ebay.campaignId,
    (text) => (!checkEbayCampaignId(text).error || text.trim() === '' ? text.trim() : null),
    (value) =>
      void update((d) => {
        d.networks.ebay.campaignId = value;
      }),
  );
  const [custom, changeCustom] = useSettingText(
    settings.networks.ebay.customId,
    (text) => text.trim(),
    (value) =>
      void update((d) => {
        d.networks.ebay.customId = value;
      }),
  );
  const check = checkEbayCampaignId(campaign);
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
          onChange={changeCustom}
          max={LIMITS.ebayCustomId}
          hint="Shows in your EPN reports; a channel's own sub ID replaces it."
        />
      </div>
      <LinkPreview settings={settings} placeholder="https://www.ebay.com/itm/…" />
    </Card>
  );
}
