// The back office's dashboard: draws statistics' figures with ECharts from the JSON this origin serves, and draws
// them again whenever statistics says they changed (its live stream, relayed by the web app). No inline script or
// style: the page's Content-Security-Policy allows neither. Every text from the data is set as text.
(function () {
  'use strict';
  var main = document.querySelector('main.dashboard');
  if (!main || !window.echarts) { return; }
  var dataUrl = main.getAttribute('data-data');
  var liveUrl = main.getAttribute('data-live');
  var state = document.getElementById('live-state');
  var charts = {
    sales: echarts.init(document.getElementById('chart-sales')),
    funnel: echarts.init(document.getElementById('chart-funnel')),
    products: echarts.init(document.getElementById('chart-products'))
  };
  // richText tooltips are drawn on the canvas: HTML ones carry style attributes the CSP refuses.
  var tooltip = { trigger: 'axis', renderMode: 'richText' };

  function rows(report, section) {
    return (report && report.sections && report.sections[section]) || [];
  }

  function drawSales(sales) {
    var periods = rows(sales, 'periods');
    var days = [];
    var currencies = [];
    periods.forEach(function (row) {
      if (days.indexOf(row.period) < 0) { days.push(row.period); }
      if (currencies.indexOf(row.currency) < 0) { currencies.push(row.currency); }
    });
    var series = currencies.map(function (currency) {
      return {
        name: currency, type: 'bar',
        data: days.map(function (day) {
          var row = periods.find(function (r) { return r.period === day && r.currency === currency; });
          return row ? Number(row.net) : 0;
        })
      };
    });
    charts.sales.setOption({
      tooltip: tooltip, legend: {}, xAxis: { type: 'category', data: days }, yAxis: { type: 'value' }, series: series
    }, true);
  }

  function drawFunnel(sales) {
    var funnel = rows(sales, 'funnel');
    charts.funnel.setOption({
      tooltip: { trigger: 'item', renderMode: 'richText' },
      series: [{
        type: 'funnel', sort: 'none', minSize: '10%',
        data: funnel.map(function (row) { return { name: row.stage, value: Number(row.orders) }; })
      }]
    }, true);
  }

  function drawProducts(products) {
    var top = rows(products, 'topByUnits').slice().reverse();
    charts.products.setOption({
      tooltip: tooltip, grid: { containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: top.map(function (row) { return row.name; }) },
      series: [{ type: 'bar', data: top.map(function (row) { return Number(row.units); }) }]
    }, true);
  }

  function fill(tableId, data, columns) {
    var body = document.querySelector('#' + tableId + ' tbody');
    if (!body) { return; }
    body.replaceChildren.apply(body, data.map(function (row) {
      var tr = document.createElement('tr');
      columns.forEach(function (column) {
        var td = document.createElement('td');
        td.textContent = row[column] === undefined || row[column] === null ? '' : String(row[column]);
        tr.appendChild(td);
      });
      return tr;
    }));
  }

  function load() {
    return fetch(dataUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (data) {
        drawSales(data.sales);
        drawFunnel(data.sales);
        drawProducts(data.products);
        fill('figures', rows(data.overview, 'sales'),
          ['window', 'currency', 'placed', 'paid', 'net', 'averageOrderValue', 'refunded']);
        fill('people', rows(data.overview, 'customersAndReviews'), ['window', 'signups', 'reviews']);
        var empty = document.getElementById('no-sales');
        if (empty && rows(data.overview, 'sales').length) { empty.hidden = true; }
        state.textContent = 'Figures as of ' + new Date().toLocaleTimeString() + '; they update by themselves.';
      })
      .catch(function (error) {
        state.textContent = 'The figures could not be loaded just now (' + error.message + ').';
      });
  }

  var pending = false;
  function changed() {
    // Several changes in a row make one reload.
    if (pending) { return; }
    pending = true;
    setTimeout(function () { pending = false; load(); }, 300);
  }

  load();
  if (window.EventSource) {
    var live = new EventSource(liveUrl);
    live.addEventListener('overview-changed', changed);
    live.onopen = function () { changed(); };
    live.onerror = function () { state.textContent = 'Live updates paused; reconnecting…'; };
  }
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (key) { charts[key].resize(); });
  });
}());
