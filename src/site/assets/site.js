// Sahifa's one script (plain JS, no framework): relative dates, the view beacon, the copy-link and print buttons.
// Pages are cached, so the server renders absolute dates and this script says «منذ ساعتين» in the reader's browser.
(function () {
  'use strict';
  var HOUR = 3600000;
  var DAY = 24 * HOUR;
  var format = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat('ar-u-nu-latn', { numeric: 'auto' }) : null;

  function startOfDay(time) {
    var date = new Date(time);
    date.setHours(0, 0, 0, 0);
    return date.getTime();
  }

  // «الآن», «منذ 5 دقائق», «منذ ساعتين», «أمس»; null when the date is older (or ahead of the reader's clock).
  function relative(time, now) {
    var ago = now - time;
    if (ago < -5 * 60000 || !format) return null;
    var text;
    if (ago < 60000) text = format.format(0, 'second');
    else if (ago < HOUR) text = format.format(-Math.floor(ago / 60000), 'minute');
    else if (ago < DAY) text = format.format(-Math.floor(ago / HOUR), 'hour');
    else if (startOfDay(now) - startOfDay(time) <= DAY + HOUR) text = format.format(-1, 'day');
    else return null;
    // ICU's Arabic says «قبل ساعتين»; newsrooms write «منذ ساعتين».
    return text.replace(/^قبل /, 'منذ ').replace(/ (واحدة|واحد)$/, '');
  }

  function showRelativeDates() {
    var now = Date.now();
    var times = document.querySelectorAll('time[data-relative]');
    for (var i = 0; i < times.length; i++) {
      var element = times[i];
      var absolute = element.getAttribute('data-absolute') || element.textContent;
      var text = relative(Date.parse(element.getAttribute('datetime')), now);
      element.setAttribute('data-absolute', absolute);
      element.textContent = text || absolute;
      if (text) element.title = absolute;
    }
  }

  function sendView(article) {
    var body = JSON.stringify({ articleId: Number(article.getAttribute('data-article-id')) });
    if (navigator.sendBeacon) navigator.sendBeacon(article.getAttribute('data-beacon'), body);
  }

  // A prerendered or background tab is not a reading: the view counts once the page is shown.
  function countView() {
    var article = document.querySelector('[data-article-id][data-beacon]');
    if (!article) return;
    if (document.visibilityState !== 'hidden') return sendView(article);
    document.addEventListener('visibilitychange', function shown() {
      if (document.visibilityState === 'hidden') return;
      document.removeEventListener('visibilitychange', shown);
      sendView(article);
    });
  }

  function enableButtons() {
    var copy = document.querySelector('[data-copy-link]');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(copy.getAttribute('data-copy-link')).then(function () {
          copy.textContent = copy.getAttribute('data-copied');
        });
      });
    }
    var print = document.querySelector('[data-print]');
    if (print && window.print) {
      print.hidden = false;
      print.addEventListener('click', function () {
        window.print();
      });
    }
  }

  showRelativeDates();
  setInterval(showRelativeDates, 60000);
  countView();
  enableButtons();
})();
