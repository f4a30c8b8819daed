package org.cornerstone.trading.ui;

import com.vaadin.flow.component.html.Div;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cornerstone.trading.application.PricePoint;

/**
 * The price (candles) and volume (bars) chart, drawn in the browser by ECharts. The script comes
 * from the ECharts WebJar as a static file of the WAR ({@value #SCRIPT}), loaded once per page: no
 * npm package, no frontend build (ADR 0005). The bars go to the browser as JSON text; prices stay
 * decimal text until ECharts reads them.
 */
class PriceChart extends Div {
  static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

  PriceChart() {
    setId("price-chart");
    addClassName("price-chart");
    setWidthFull();
    setHeight("320px");
  }

  void show(List<PricePoint> bars, String priceLabel, String volumeLabel, String emptyText) {
    getElement()
        .executeJs(
            """
            const el = this, data = JSON.parse($0), src = $1;
            const draw = () => {
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              if (!el.csResize) {
                el.csResize = new ResizeObserver(() => chart.resize());
                el.csResize.observe(el);
              }
              chart.setOption({
                animation: false,
                title: data.length ? undefined : { text: $4, left: 'center', top: 'middle',
                    textStyle: { fontSize: 14, color: '#888' } },
                tooltip: { trigger: 'axis', axisPointer: { type: 'cross' } },
                legend: { data: [$2, $3], top: 0 },
                grid: [ { left: 60, right: 20, top: 30, height: '55%' },
                        { left: 60, right: 20, top: '75%', height: '15%' } ],
                xAxis: [ { type: 'category', data: data.map(d => d.t), boundaryGap: true },
                         { type: 'category', gridIndex: 1, data: data.map(d => d.t),
                           axisLabel: { show: false } } ],
                yAxis: [ { scale: true, name: $2 },
                         { scale: true, gridIndex: 1, name: $3, splitNumber: 2 } ],
                series: [
                  { name: $2, type: 'candlestick',
                    data: data.map(d => [Number(d.o), Number(d.c), Number(d.l), Number(d.h)]) },
                  { name: $3, type: 'bar', xAxisIndex: 1, yAxisIndex: 1,
                    data: data.map(d => d.v) } ]
              }, true);
              el.setAttribute('data-bars', String(data.length));
            };
            if (window.echarts) { draw(); } else {
              if (!window.csEchartsLoading) {
                window.csEchartsLoading = new Promise((ok, fail) => {
                  const script = document.createElement('script');
                  script.src = src;
                  script.onload = ok;
                  script.onerror = fail;
                  document.head.appendChild(script);
                });
              }
              window.csEchartsLoading.then(draw,
                  () => { el.textContent = 'The chart library could not be loaded.'; });
            }
            """,
            json(bars), SCRIPT, priceLabel, volumeLabel, emptyText);
  }

  /** The bars as a JSON array; every value is a decimal or a number, so nothing needs escaping. */
  static String json(List<PricePoint> bars) {
    StringBuilder out = new StringBuilder("[");
    for (PricePoint p : bars) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"t\":\"")
          .append(LABEL.format(p.from()))
          .append("\",\"o\":\"")
          .append(checked(p.open()))
          .append("\",\"h\":\"")
          .append(checked(p.high()))
          .append("\",\"l\":\"")
          .append(checked(p.low()))
          .append("\",\"c\":\"")
          .append(checked(p.close()))
          .append("\",\"v\":")
          .append(p.volume())
          .append('}');
    }
    return out.append(']').toString();
  }

  private static String checked(String decimal) {
    if (decimal == null || !decimal.matches("-?\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("Not a decimal price: " + decimal);
    }
    return decimal;
  }
}
