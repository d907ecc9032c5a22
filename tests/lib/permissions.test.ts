import { describe, expect, it } from 'vitest';
import { OPTIONAL_HOST_PERMISSIONS, shortLinkOrigins } from '@/lib/permissions';

describe('optional host permissions: declared once, asked for in part', () => {
  it('what the popup asks for is always declared in the manifest’s list', () => {
    for (const host of ['amzn.to', 'a.co', 'amzn.eu', 'amzn.asia']) {
      const asked = shortLinkOrigins(host);
      expect(asked, host).toContain(`https://${host}/*`);
      for (const origin of asked) expect(OPTIONAL_HOST_PERMISSIONS, origin).toContain(origin);
    }
  });
  it('only the short host clicked, never the other short hosts', () => {
    expect(shortLinkOrigins('amzn.to')).not.toContain('https://a.co/*');
  });
});
