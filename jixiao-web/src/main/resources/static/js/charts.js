// Draws every element with a data-chart attribute: its value is an ECharts option built by the server.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var chart = echarts.init(el);
    chart.setOption(JSON.parse(el.getAttribute("data-chart")));
    window.addEventListener("resize", function () { chart.resize(); });
  });
});
