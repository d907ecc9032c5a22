import { z } from 'zod';

// Zod 4 probes `new Function` once to compile faster parsers. Kinlink's pages forbid eval
// (script-src 'self'), so the probe only logs a CSP error, which Firefox reports as the
// add-on's own error. Parse without compiling: every module imports zod from here.
z.config({ jitless: true });

export { z };
