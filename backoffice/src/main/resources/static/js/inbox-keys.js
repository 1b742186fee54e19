// The inbox's keyboard: j/↓ and k/↑ move between rows, Enter/o opens the request, x picks it for a bulk
// approval, a approves (a manager registration from the list, after a confirmation; anything else on
// its page), r opens it to return it. Keys typed into a field are the field's. The bulk form asks for
// confirmation with the number of requests picked, however it is sent.
(function () {
    'use strict';
    var rows = Array.prototype.slice.call(document.querySelectorAll('table.inbox tbody tr'));
    var form = document.getElementById('bulk');
    var current = -1;

    function select(index) {
        if (rows.length === 0) {
            return;
        }
        index = Math.max(0, Math.min(rows.length - 1, index));
        if (current >= 0) {
            rows[current].classList.remove('current');
            rows[current].removeAttribute('aria-selected');
        }
        current = index;
        rows[current].classList.add('current');
        rows[current].setAttribute('aria-selected', 'true');
        rows[current].scrollIntoView({block: 'nearest'});
    }

    function pickBox(row) {
        return row.querySelector('input[name=pick]');
    }

    function persianDigits(n) {
        return String(n).replace(/[0-9]/g, function (d) { return '۰۱۲۳۴۵۶۷۸۹'.charAt(+d); });
    }

    function confirmed() {
        var picked = form.querySelectorAll('input[name=pick]:checked').length;
        return picked > 0 && window.confirm(form.getAttribute('data-confirm').replace('{0}', persianDigits(picked)));
    }

    if (form) {
        form.addEventListener('submit', function (event) {
            if (!confirmed()) {
                event.preventDefault();
            }
        });
        var all = document.getElementById('pick-all');
        if (all) {
            all.addEventListener('change', function () {
                form.querySelectorAll('input[name=pick]').forEach(function (box) { box.checked = all.checked; });
            });
        }
    }

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey || (target && (target.isContentEditable
                || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)))) {
            return;
        }
        var row = current >= 0 ? rows[current] : null;
        switch (event.key) {
            case 'j': case 'ArrowDown':
                select(current + 1);
                break;
            case 'k': case 'ArrowUp':
                select(current < 0 ? 0 : current - 1);
                break;
            case 'Enter': case 'o':
                if (!row) { return; }
                window.location.href = row.getAttribute('data-href');
                break;
            case 'x':
                if (!row || !pickBox(row)) { return; }
                pickBox(row).checked = !pickBox(row).checked;
                break;
            case 'a':
                if (!row) { return; }
                if (row.getAttribute('data-bulk') === 'true' && pickBox(row)) {
                    form.querySelectorAll('input[name=pick]').forEach(function (box) { box.checked = false; });
                    pickBox(row).checked = true;
                    if (confirmed()) {
                        form.submit();
                    }
                } else {
                    window.location.href = row.getAttribute('data-href') + '#approve';
                }
                break;
            case 'r':
                if (!row) { return; }
                window.location.href = row.getAttribute('data-href') + '#return';
                break;
            default:
                return;
        }
        event.preventDefault();
    });
}());
