/** axe-core on every page type, in Chromium: no serious or critical violations. Here: the widget pages. */
import { axeSuite } from '../helpers/axe';

const PAGES = [
  'search/?q=彩铃',
  'checker/',
  'compare/',
  'estimator/?plan=annual-1200&minutes=1500&years=2&invoice=1&addons=ivr,ringback-multi',
  'estimator/?plan=<script>',
  'apply/?plan=annual-1200&number=4001234566',
  'numbers/',
  'embed/',
  'embed/estimator/?plan=annual-1200&minutes=1500',
  'embed/checker/?n=4001236688',
];

axeSuite('widget pages', PAGES);
