// A small Jalali (Solar Hijri) date picker for the back-office's date fields, written for it: no
// maintained right-to-left Jalali picker is published as a webjar. Each <input data-jalali-picker>
// gets a «تقویم» button that opens a month of the Persian calendar; a day picked writes ۱۴۰۵/۰۹/۱۴
// into the field, which the server parses as when typed by hand. The calendar itself comes from the
// browser (Intl with the persian calendar), so no conversion table lives here. Without JavaScript
// the field is a plain text field.
(function () {
  'use strict';

  var MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور',
    'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
  var WEEKDAYS = ['ش', 'ی', 'د', 'س', 'چ', 'پ', 'ج'];
  var DAY = 24 * 60 * 60 * 1000;
  var parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn',
    {timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric'});

  function persianDigits(s) {
    return String(s).replace(/[0-9]/g, function (d) { return '۰۱۲۳۴۵۶۷۸۹'.charAt(+d); });
  }

  function latinDigits(s) {
    return String(s).replace(/[۰-۹]/g, function (d) { return '۰۱۲۳۴۵۶۷۸۹'.indexOf(d); })
      .replace(/[٠-٩]/g, function (d) { return '٠١٢٣٤٥٦٧٨٩'.indexOf(d); });
  }

  /** The Jalali year, month and day of a UTC noon Date. */
  function jalali(date) {
    var out = {};
    parts.formatToParts(date).forEach(function (p) {
      if (p.type === 'year' || p.type === 'month' || p.type === 'day') {
        out[p.type] = parseInt(p.value, 10);
      }
    });
    return out;
  }

  /** Days counted as if every year had 365 days: enough to walk towards a date and land on it. */
  function ordinal(y, m, d) {
    return y * 365 + (m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d;
  }

  /** The UTC noon Date of a Jalali date (the browser's calendar is asked until it agrees). */
  function gregorian(y, m, d) {
    var now = new Date();
    var date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 12));
    for (var i = 0; i < 20; i++) {
      var j = jalali(date);
      var gap = ordinal(y, m, d) - ordinal(j.year, j.month, j.day);
      if (gap === 0) {
        return date;
      }
      date = new Date(date.getTime() + (Math.abs(gap) > 3 ? gap : Math.sign(gap)) * DAY);
    }
    return date;
  }

  function monthLength(y, m) {
    if (m <= 6) {
      return 31;
    }
    if (m <= 11) {
      return 30;
    }
    return jalali(new Date(gregorian(y, 12, 1).getTime() + 29 * DAY)).month === 12 ? 30 : 29;
  }

  function typed(input) {
    var match = /^(\d{4})\s*[\/\-.]\s*(\d{1,2})\s*[\/\-.]\s*(\d{1,2})$/.exec(latinDigits(input.value.trim()));
    if (!match || +match[2] < 1 || +match[2] > 12) {
      return null;
    }
    return {year: +match[1], month: +match[2], day: +match[3]};
  }

  function button(text, label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    if (label) {
      b.setAttribute('aria-label', label);
    }
    b.addEventListener('click', onClick);
    return b;
  }

  function attach(input) {
    var panel = document.createElement('div');
    panel.className = 'jalali-picker';
    panel.hidden = true;
    var shown = null;
    var today = jalali(new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(),
      new Date().getUTCDate(), 12)));

    function draw() {
      panel.textContent = '';
      var head = document.createElement('div');
      head.className = 'jalali-picker-head';
      head.appendChild(button('›', 'ماه قبل', function () {
        shown = shown.month === 1 ? {year: shown.year - 1, month: 12} : {year: shown.year, month: shown.month - 1};
        draw();
      }));
      var title = document.createElement('strong');
      title.textContent = MONTHS[shown.month - 1] + ' ' + persianDigits(shown.year);
      head.appendChild(title);
      head.appendChild(button('‹', 'ماه بعد', function () {
        shown = shown.month === 12 ? {year: shown.year + 1, month: 1} : {year: shown.year, month: shown.month + 1};
        draw();
      }));
      panel.appendChild(head);
      var grid = document.createElement('div');
      grid.className = 'jalali-picker-grid';
      WEEKDAYS.forEach(function (w) {
        var cell = document.createElement('span');
        cell.className = 'weekday';
        cell.textContent = w;
        grid.appendChild(cell);
      });
      // Saturday is the first day of the Persian week; getUTCDay() counts from Sunday.
      var blank = (gregorian(shown.year, shown.month, 1).getUTCDay() + 1) % 7;
      for (var b = 0; b < blank; b++) {
        grid.appendChild(document.createElement('span'));
      }
      var days = monthLength(shown.year, shown.month);
      for (var d = 1; d <= days; d++) {
        (function (day) {
          var pick = button(persianDigits(day), null, function () {
            input.value = persianDigits(shown.year + '/' + String(shown.month).padStart(2, '0') + '/'
              + String(day).padStart(2, '0'));
            panel.hidden = true;
            input.focus();
          });
          pick.className = 'day';
          pick.setAttribute('data-day', String(day));
          if (shown.year === today.year && shown.month === today.month && day === today.day) {
            pick.className += ' today';
          }
          grid.appendChild(pick);
        })(d);
      }
      panel.appendChild(grid);
    }

    var open = button('تقویم', 'انتخاب تاریخ از تقویم', function () {
      if (!panel.hidden) {
        panel.hidden = true;
        return;
      }
      var at = typed(input) || today;
      shown = {year: at.year, month: at.month};
      draw();
      panel.hidden = false;
    });
    open.className = 'jalali-picker-open';
    input.insertAdjacentElement('afterend', open);
    open.insertAdjacentElement('afterend', panel);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        panel.hidden = true;
      }
    });
  }

  document.querySelectorAll('input[data-jalali-picker]').forEach(attach);
})();
