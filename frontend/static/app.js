// Progressive enhancement only: every page works without this file.
// Shows each session in the viewer's own time zone next to the organisers' zones.
(function () {
  var cells = document.querySelectorAll('.viewer-zone time');
  if (!cells.length || !window.Intl) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // in the page's language, as the server wrote the other zones
  var lang = document.documentElement.lang || undefined;
  var day = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  var hm = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hour12: false });
  cells.forEach(function (t) {
    var s = new Date(t.getAttribute('datetime'));
    var e = new Date(t.getAttribute('data-end'));
    t.innerHTML = '';
    t.appendChild(document.createTextNode(day.format(s)));
    t.appendChild(document.createElement('br'));
    var strong = document.createElement('strong');
    strong.textContent = hm.format(s) + '–' + hm.format(e);
    t.appendChild(strong);
  });
  // "Your time" as the page says it, with the viewer's zone
  var heading = document.querySelector('th.viewer-zone');
  var label = (heading ? heading.textContent.trim() : '') + ' (' + zone.replace(/_/g, ' ') + ')';
  document.querySelectorAll('.viewer-zone').forEach(function (el) {
    el.hidden = false;
    if (el.tagName === 'TH') el.textContent = label;
    var card = el.querySelector('.zone');
    if (card) card.textContent = label;
  });
  var summary = document.getElementById('error-summary');
  if (summary) summary.focus();
})();
