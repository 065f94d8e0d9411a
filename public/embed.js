/*
 * 400电话资费 · partner embed loader. Paste on a partner page:
 *   <script src="https://OUR.DOMAIN/embed.js" async></script>
 *   <tariff-estimator plan="annual-1200" minutes="1500"></tariff-estimator>
 *   <tariff-checker number="4001236688"></tariff-checker>
 * (or <div data-tariff-embed="estimator" data-plan="…">). Each becomes a frame
 * of this site's embed page, sized to its content: the frame reports only its
 * height, to this page's origin; this loader accepts it only from this site's
 * origin and from that frame. Presets travel in the frame's address, where
 * the widget validates them like any link (a hostile value gets the default).
 * A frame that never reports (this site does not allow the partner's origin
 * to frame it, or it cannot be reached) is replaced after a few seconds by a
 * plain link to the full page with the same presets: never a broken box.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var site = new URL('.', script.src);
  var KINDS = { estimator: '400电话费用估算', checker: '400号码等级查询' };
  // Attribute → parameter of the embed page's address.
  var PRESETS = {
    estimator: {
      plan: 'plan',
      minutes: 'minutes',
      years: 'years',
      number: 'number',
      grade: 'grade',
      invoice: 'invoice',
      addons: 'addons',
    },
    checker: { number: 'n' },
  };
  var frames = [];
  /** How long a loaded frame has to report before it is replaced by a link. */
  var READY_MS = 4000;
  /** …and how long one that never loads has. */
  var LOAD_MS = 20000;

  function mount(host, kind) {
    // Own keys only: "__proto__" or "constructor" is no kind of widget.
    if (host.getAttribute('data-tariff-mounted') !== null || !Object.prototype.hasOwnProperty.call(KINDS, kind)) return;
    host.setAttribute('data-tariff-mounted', '');
    var src = new URL('embed/' + kind + '/', site);
    var presets = PRESETS[kind];
    for (var name in presets) {
      var value = host.getAttribute(name);
      if (value === null) value = host.getAttribute('data-' + name);
      if (value !== null && value.length <= 200) src.searchParams.set(presets[name], value);
    }
    // The same presets on the full page: the link that stands in for a frame that cannot show.
    var full = new URL(kind + '/', site);
    full.search = src.search;
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = KINDS[kind];
    frame.setAttribute('scrolling', 'no');
    frame.style.width = '100%';
    frame.style.height = '520px';
    frame.style.border = '0';
    frame.style.display = 'block';
    var fallback = function () {
      if (frame.getAttribute('data-ready') !== null || !frame.parentNode) return;
      var link = document.createElement('a');
      link.href = full.href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = '打开' + KINDS[kind] + ' →';
      link.setAttribute('data-tariff-fallback', '');
      link.style.display = 'inline-block';
      link.style.padding = '12px 16px';
      link.style.border = '1px solid currentColor';
      link.style.borderRadius = '6px';
      frame.parentNode.replaceChild(link, frame);
    };
    var never = setTimeout(fallback, LOAD_MS);
    frame.addEventListener('load', function () {
      clearTimeout(never);
      setTimeout(fallback, READY_MS);
      // Tells the frame where to report its height: this page's origin, nowhere else.
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'tariff-embed:hello' }, site.origin);
    });
    host.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== site.origin) return;
    var data = event.data;
    if (!data || data.type !== 'tariff-embed:height' || typeof data.height !== 'number' || !isFinite(data.height))
      return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        // The frame answered: it shows, and stays.
        frames[i].setAttribute('data-ready', '');
        frames[i].style.height = Math.min(Math.max(Math.round(data.height), 80), 20000) + 'px';
      }
    }
  });

  function scan() {
    var hosts = document.querySelectorAll('tariff-estimator, tariff-checker, [data-tariff-embed]');
    for (var i = 0; i < hosts.length; i++) {
      var host = hosts[i];
      var tag = host.tagName.toLowerCase();
      mount(
        host,
        tag === 'tariff-estimator'
          ? 'estimator'
          : tag === 'tariff-checker'
            ? 'checker'
            : host.getAttribute('data-tariff-embed'),
      );
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
