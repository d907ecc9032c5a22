import { browser } from 'wxt/browser';
import { quickCopy } from './quick-copy';

/** The "copy my link" keyboard command (Alt+Shift+L by default; changeable in the browser). */
export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'copy-link') return;
    void (async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await quickCopy(active?.id, active?.url, true);
    })();
  });
}
