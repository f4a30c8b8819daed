package org.cornerstone.reports.statement;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The reports' charts, drawn by JFreeChart into an image twice the printed size. Text uses Noto
 * Sans SC loaded from the classpath (the same font file as the PDFs' Chinese text), so Chinese
 * titles and legends render whatever fonts the server has installed.
 */
public final class Charts {
  /** Printed width of a chart in points; the image is {@link #SCALE} times larger. */
  static final int WIDTH = 495;

  static final int HEIGHT = 230;
  static final int SCALE = 2;

  private static final Color NAVY = new Color(0x1B2E4B);
  private static final Color GOLD = new Color(0xB08D3C);
  private static final Color[] PALETTE = {
    NAVY, GOLD, new Color(0x3E7CB1), new Color(0x7A9E7E), new Color(0x9C4F46)
  };
  private static final Font BASE = loadFont();

  private Charts() {}

  private static Font loadFont() {
    try (InputStream in =
        Charts.class
            .getClassLoader()
            .getResourceAsStream("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
      if (in != null) {
        return Font.createFont(Font.TRUETYPE_FONT, in);
      }
    } catch (IOException | FontFormatException e) {
      System.getLogger(Charts.class.getName())
          .log(System.Logger.Level.WARNING, "Noto Sans SC not loaded; charts use SansSerif", e);
    }
    return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  }

  /**
   * A line per series (its name in the legend) of daily values in minor units of {@code currency}.
   */
  public static BufferedImage dailyLines(
      String title,
      String dateLabel,
      String valueLabel,
      Map<String, Map<LocalDate, BigDecimal>> series) {
    return dailyLines(title, dateLabel, valueLabel, series, true);
  }

  /**
   * The same; {@code fromZero} false lets the value axis start near the lowest value (prices), true
   * starts it at zero (values of holdings).
   */
  public static BufferedImage dailyLines(
      String title,
      String dateLabel,
      String valueLabel,
      Map<String, Map<LocalDate, BigDecimal>> series,
      boolean fromZero) {
    TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
    for (var entry : series.entrySet()) {
      TimeSeries line = new TimeSeries(entry.getKey());
      entry
          .getValue()
          .forEach(
              (day, value) ->
                  line.addOrUpdate(
                      new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear()), value));
      data.addSeries(line);
    }
    JFreeChart chart =
        ChartFactory.createTimeSeriesChart(title, dateLabel, valueLabel, data, true, false, false);
    theme().apply(chart);
    XYPlot plot = chart.getXYPlot();
    style(chart);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xCBD2D9));
    plot.setRangeGridlinePaint(new Color(0xCBD2D9));
    XYLineAndShapeRenderer renderer =
        new XYLineAndShapeRenderer(
            true, series.values().stream().mapToInt(Map::size).max().orElse(0) <= 12);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    DateAxis axis = (DateAxis) plot.getDomainAxis();
    SimpleDateFormat days = new SimpleDateFormat("MM-dd", Locale.ROOT);
    days.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    LocalDate first =
        series.values().stream()
            .flatMap(m -> m.keySet().stream())
            .min(LocalDate::compareTo)
            .orElse(LocalDate.EPOCH);
    LocalDate last =
        series.values().stream()
            .flatMap(m -> m.keySet().stream())
            .max(LocalDate::compareTo)
            .orElse(LocalDate.EPOCH);
    long span = java.time.temporal.ChronoUnit.DAYS.between(first, last);
    axis.setTickUnit(
        new DateTickUnit(DateTickUnitType.DAY, (int) Math.max(1, (span + 7) / 8)), false, true);
    axis.setDateFormatOverride(days);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setAutoRangeIncludesZero(fromZero);
    range.setNumberFormatOverride(
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return draw(chart);
  }

  /** Grouped bars: one group per category (a period), one bar per series. */
  public static BufferedImage bars(
      String title,
      String categoryLabel,
      String valueLabel,
      List<String> categories,
      Map<String, List<BigDecimal>> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (var entry : series.entrySet()) {
      for (int i = 0; i < categories.size(); i++) {
        data.addValue(entry.getValue().get(i), entry.getKey(), categories.get(i));
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL, true, false, false);
    theme().apply(chart);
    style(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xCBD2D9));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    ((NumberAxis) plot.getRangeAxis())
        .setNumberFormatOverride(
            new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return draw(chart);
  }

  /** Ordered map helper for callers building series. */
  public static <V> Map<String, V> ordered() {
    return new LinkedHashMap<>();
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("cornerstone");
    theme.setExtraLargeFont(BASE.deriveFont(Font.PLAIN, 13f));
    theme.setLargeFont(BASE.deriveFont(Font.PLAIN, 11f));
    theme.setRegularFont(BASE.deriveFont(Font.PLAIN, 9.5f));
    theme.setSmallFont(BASE.deriveFont(Font.PLAIN, 8.5f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setTitlePaint(NAVY);
    return theme;
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getLegend() != null) {
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
  }

  private static BufferedImage draw(JFreeChart chart) {
    BufferedImage image =
        new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(SCALE, SCALE);
      chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      g.dispose();
    }
    return image;
  }

  static Date utc(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
