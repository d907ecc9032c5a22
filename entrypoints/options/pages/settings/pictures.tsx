import { Card } from '@/components/Card';
import type { Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';

export function PicturesCard({ settings }: { settings: Settings }) {
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
