// Draws each dashboard chart from the table beside it: the first column names the points, the columns
// whose heading has data-series="yes" are the series, each cell's data-v its number. ECharts is served
// by the app (a webjar). Right to left: the category axis runs from the right, the value axis stands on
// the right, and every number on an axis or in a tooltip is written in Persian digits.
(function () {
    'use strict';
    var PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

    function persian(value) {
        return String(value).replace(/[0-9]/g, function (d) { return PERSIAN[d]; }).replace(/\./g, '٫');
    }

    function draw(holder) {
        var table = document.getElementById(holder.getAttribute('data-table'));
        if (!table || !window.echarts) {
            return;
        }
        var headings = table.querySelectorAll('thead th');
        var columns = [];
        headings.forEach(function (th, i) {
            if (th.getAttribute('data-series') === 'yes') {
                columns.push(i);
            }
        });
        var labels = [];
        var series = columns.map(function (i) {
            return {name: headings[i].textContent, data: []};
        });
        table.querySelectorAll('tbody tr').forEach(function (tr) {
            var cells = tr.querySelectorAll('td');
            labels.push(cells[0].textContent);
            columns.forEach(function (i, s) {
                var v = cells[i].getAttribute('data-v');
                series[s].data.push(v === null || v === '' ? null : Number(v));
            });
        });
        var kind = holder.getAttribute('data-kind') === 'line' ? 'line' : 'bar';
        var chart = window.echarts.init(holder, null, {renderer: 'svg'});
        chart.setOption({
            textStyle: {fontFamily: 'Vazirmatn, Tahoma, sans-serif'},
            tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : persian(v); }},
            legend: {top: 0, right: 8, itemGap: 24},
            grid: {left: 16, right: 56, top: 32, bottom: 64, containLabel: false},
            xAxis: {type: 'category', data: labels, inverse: true,
                axisLabel: {interval: 0, rotate: labels.length > 8 ? 45 : 0}},
            yAxis: {type: 'value', position: 'right', axisLabel: {formatter: persian}},
            series: series.map(function (s) {
                return {name: s.name, type: kind, data: s.data, smooth: false};
            })
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.chart[data-table]').forEach(draw);
    });
})();
