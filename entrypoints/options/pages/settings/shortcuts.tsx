import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Card } from '@/components/Card';

export function ShortcutsCard() {
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
