import { Card } from '@/components/Card';
import { Field } from '@/components/Field';
import { LIMITS } from '@/lib/limits';
import { DEFAULT_CAPTION, DEFAULT_DISCLOSURE, type Settings } from '@/lib/settings';
import { useOptionsStore } from '../../store';

export function CaptionCard({ settings }: { settings: Settings }) {
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
