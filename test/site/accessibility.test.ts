/** axe-core on every page type, in Chromium: no serious or critical violations. Here: the content pages. */
import { axeSuite } from '../helpers/axe';

const PAGES = [
  '',
  'plans/',
  'plans/monthly-600/',
  'plans/annual-80000/',
  'addons/',
  'addons/ivr/',
  'grades/',
  'quote-rules/',
  'process/',
  'contact/',
  'no-such-page/',
  'changes/',
];

axeSuite('content pages', PAGES);
