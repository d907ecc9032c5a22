import { useOptionsStore } from '../../store';

import { AmazonCard } from './amazon';
import { BackupCard } from './backup';
import { CaptionCard } from './caption';
import { ChannelsCard } from './channels';
import { DeepLinkCards } from './deep-link';
import { DetectionCard } from './detection';
import { EbayCard } from './ebay';
import { PicturesCard } from './pictures';
import { RatesCard } from './rates';
import { RulesCard } from './rules';
import { SetAsideCard } from './set-aside';
import { ShortcutsCard } from './shortcuts';

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
      <RulesCard
        settings={settings}
        prefill={query.get('rule') ?? ''}
        example={query.get('try') ?? ''}
      />
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
