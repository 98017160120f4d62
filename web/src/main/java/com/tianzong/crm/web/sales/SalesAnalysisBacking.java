package com.tianzong.crm.web.sales;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.application.InvoiceService;
import com.tianzong.crm.sales.application.SalesAnalysis;
import com.tianzong.crm.sales.application.SalesAnalysis.Document;
import com.tianzong.crm.sales.application.SalesAnalysis.Total;
import com.tianzong.crm.sales.application.SalesDimension;
import com.tianzong.crm.sales.domain.SalesRanking;
import com.tianzong.crm.sales.domain.SalesTrend;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;

/**
 * Sales analysis (销售分析, SAL-10) over a period (this month by default): the daily report, the
 * summary and ranking by customer, product, category, rep or department with shares and ABC
 * classes, and the trend of the last twelve months against the year before, each with a chart.
 * Any total — a day, a row of the ranking, a bar of a chart — opens the documents behind it,
 * each linked to its 360 view; their amounts add up to the total.
 */
@Named("analysis")
@ViewScoped
public class SalesAnalysisBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    /** How many of the ranking the chart shows. */
    private static final int TOP = 10;

    @EJB
    transient SalesAnalysis analysis;

    @EJB
    transient InvoiceService invoices;

    @EJB
    transient CompanyProfiles profiles;

    @Inject
    transient Texts texts;

    private LocalDate from;
    private LocalDate to;
    private SalesDimension dimension = SalesDimension.CUSTOMER;
    private List<Total> days = List.of();
    private List<Row> ranking = List.of();
    private List<SalesTrend.Month> trend = List.of();
    private BarChartModel dailyChart;
    private BarChartModel rankingChart;
    private LineChartModel trendChart;
    private Drill drill;

    public void load() {
        if (!invoices.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        LocalDate today = profiles.today();
        from = today.withDayOfMonth(1);
        to = today;
        refresh();
        trend = analysis.trend(YearMonth.from(today).minusMonths(1));
        trendChart = trendChart();
    }

    /** The period or the dimension changed: the daily report and the ranking again. */
    public void refresh() {
        if (from == null || to == null || to.isBefore(from)) {
            texts.error("analysis.periodInvalid");
            return;
        }
        if (from.plusYears(1).isBefore(to)) {
            texts.error("analysis.periodTooLong");
            return;
        }
        days = analysis.daily(from, to);
        Map<Object, Total> byKey = new HashMap<>();
        List<SalesRanking.Entry> entries = new ArrayList<>();
        for (Total total : analysis.totals(dimension, from, to)) {
            byKey.put(total.key(), total);
            entries.add(new SalesRanking.Entry(total.key(), labelOf(total), total.net()));
        }
        ranking = SalesRanking.rank(entries).stream().map(ranked -> new Row(ranked, byKey.get(ranked.key()))).toList();
        dailyChart = bars(days.stream().map(day -> day.key().toString().substring(5)).toList(),
                days.stream().map(day -> (Object) day.net()).toList(), false);
        List<Row> top = ranking.subList(0, Math.min(TOP, ranking.size()));
        rankingChart = bars(top.stream().map(row -> row.getLabel()).toList(), top.stream().map(row -> (Object) row.getNet()).toList(), true);
        drill = null;
    }

    /** The documents of a day of the daily report. */
    public void drillDay(Total day) {
        drill = new Drill(SalesDimension.DAY, day.key(), day.key().toString(), day.net(),
                analysis.documents(SalesDimension.DAY, day.key(), from, to));
    }

    /** The documents of a row of the ranking. */
    public void drillRow(Row row) {
        drill = new Drill(dimension, row.total.key(), row.getLabel(), row.getNet(), analysis.documents(dimension, row.total.key(), from, to));
    }

    /** A bar of the daily chart clicked. */
    public void selectDay(ItemSelectEvent event) {
        drillDay(days.get(event.getItemIndex()));
    }

    /** A bar of the ranking chart clicked. */
    public void selectRow(ItemSelectEvent event) {
        drillRow(ranking.get(event.getItemIndex()));
    }

    public String dimensionLabel(SalesDimension each) {
        return texts.get("analysis.dimension." + each.name());
    }

    private String labelOf(Total total) {
        return total.label() == null ? texts.get("analysis.none") : total.label();
    }

    private BarChartModel bars(List<String> labels, List<Object> values, boolean horizontal) {
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel(texts.get("analysis.net"));
        set.setData(values);
        set.setBackgroundColor("rgba(30, 111, 217, 0.7)");
        set.setBorderColor("#1e6fd9");
        ChartData data = new ChartData();
        data.setLabels(new ArrayList<Object>(labels));
        data.addChartDataSet(set);
        BarChartModel model = new BarChartModel();
        model.setData(data);
        if (horizontal) {
            BarChartOptions options = new BarChartOptions();
            options.setIndexAxis("y");
            model.setOptions(options);
        }
        return model;
    }

    private LineChartModel trendChart() {
        List<Object> labels = new ArrayList<>();
        List<Object> thisYear = new ArrayList<>();
        List<Object> lastYear = new ArrayList<>();
        for (SalesTrend.Month month : trend) {
            labels.add(month.month().toString());
            thisYear.add(month.amount());
            lastYear.add(month.lastYear());
        }
        LineChartDataSet now = new LineChartDataSet();
        now.setLabel(texts.get("analysis.trend.amount"));
        now.setData(thisYear);
        now.setBorderColor("#1e6fd9");
        now.setFill(false);
        LineChartDataSet before = new LineChartDataSet();
        before.setLabel(texts.get("analysis.trend.lastYear"));
        before.setData(lastYear);
        before.setBorderColor("#9e9e9e");
        before.setBorderDash(List.of(6, 4));
        before.setFill(false);
        ChartData data = new ChartData();
        data.setLabels(labels);
        data.addChartDataSet(now);
        data.addChartDataSet(before);
        LineChartModel model = new LineChartModel();
        model.setData(data);
        return model;
    }

    /** A row of the summary and ranking: its rank, share and class, and its totals. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SalesRanking.Ranked ranked;
        private final Total total;

        Row(SalesRanking.Ranked ranked, Total total) {
            this.ranked = ranked;
            this.total = total;
        }

        public int getRank() {
            return ranked.rank();
        }

        public String getLabel() {
            return ranked.label();
        }

        public BigDecimal getNet() {
            return total.net();
        }

        public BigDecimal getGross() {
            return total.gross();
        }

        public BigDecimal getQuantity() {
            return total.quantity();
        }

        public long getDocuments() {
            return total.documents();
        }

        public BigDecimal getShare() {
            return ranked.share();
        }

        public BigDecimal getCumulative() {
            return ranked.cumulative();
        }

        public String getAbc() {
            return String.valueOf(ranked.abc());
        }
    }

    /** The documents behind a total: what was drilled into, its total, and the documents. */
    public record Drill(SalesDimension dimension, Object key, String label, BigDecimal total, List<Document> documents)
            implements Serializable {

        public String getLabel() {
            return label;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public List<Document> getDocuments() {
            return documents;
        }

        /** What the documents' lines under the key add up to: the total drilled into. */
        public BigDecimal getDocumentsTotal() {
            return documents.stream().map(Document::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    public List<SalesDimension> getDimensions() {
        return List.of(SalesDimension.CUSTOMER, SalesDimension.PRODUCT, SalesDimension.CATEGORY, SalesDimension.REP,
                SalesDimension.DEPARTMENT);
    }

    /** The period's total: the sum of its days. */
    public BigDecimal getPeriodTotal() {
        return days.stream().map(Total::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public List<Total> getDays() {
        return days;
    }

    public List<Row> getRanking() {
        return ranking;
    }

    public List<SalesTrend.Month> getTrend() {
        return trend;
    }

    public BarChartModel getDailyChart() {
        return dailyChart;
    }

    public BarChartModel getRankingChart() {
        return rankingChart;
    }

    public LineChartModel getTrendChart() {
        return trendChart;
    }

    public Drill getDrill() {
        return drill;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public SalesDimension getDimension() {
        return dimension;
    }

    public void setDimension(SalesDimension dimension) {
        this.dimension = dimension;
    }
}
