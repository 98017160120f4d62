package com.tianzong.crm.web.sales;

import com.tianzong.crm.platform.administration.CompanyProfiles;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.sales.application.InvoiceService;
import com.tianzong.crm.sales.application.SalesHistory;
import com.tianzong.crm.sales.domain.SalesForecast;
import com.tianzong.crm.sales.domain.SalesForecast.Method;
import com.tianzong.crm.sales.domain.SalesForecast.Point;
import com.tianzong.crm.sales.domain.SalesForecast.Result;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.shell.GuardedPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;

/**
 * The sales forecast (销售预测, SAL-01): the net sales of the last complete months the user may
 * see, each method's forecast of the months to come and its error on the past months, the method
 * with the smallest error chosen unless the user picks another; a chart of what was sold and
 * what the method forecast, and the months in a table.
 */
@Named("forecast")
@ViewScoped
public class ForecastBacking extends GuardedPage {

    private static final long serialVersionUID = 1L;

    public static final List<Integer> HISTORY_CHOICES = List.of(12, 24, 36);
    public static final List<Integer> HORIZON_CHOICES = List.of(3, 6, 12);

    @EJB
    transient SalesHistory history;

    @EJB
    transient InvoiceService invoices;

    @EJB
    transient CompanyProfiles profiles;

    @Inject
    transient Texts texts;

    private int months = 24;
    private int horizon = 6;
    private Method method;
    private List<Result> results = List.of();
    private LineChartModel chart;

    public void load() {
        if (!invoices.allowedActions().contains(PermissionAction.VIEW)) {
            markForbidden();
            return;
        }
        refresh();
    }

    /** The history or the horizon changed: every method again, the best chosen. */
    public void refresh() {
        YearMonth last = YearMonth.from(profiles.today()).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L);
        results = SalesForecast.all(first, history.monthly(first, last), horizon);
        method = results.get(0).method();
        drawChart();
    }

    /** Another method picked: its chart and months. */
    public void choose() {
        drawChart();
    }

    public Result getSelected() {
        return results.stream().filter(result -> result.method() == method).findFirst().orElse(results.get(0));
    }

    public boolean isBest(Result result) {
        return result == results.get(0) && result.mae() != null;
    }

    public String methodLabel(Method each) {
        return texts.get("forecast.method." + each.name());
    }

    private void drawChart() {
        Result selected = getSelected();
        List<Object> labels = new ArrayList<>();
        List<Object> actual = new ArrayList<>();
        List<Object> forecast = new ArrayList<>();
        for (Point point : selected.past()) {
            labels.add(point.month().toString());
            actual.add(point.actual());
            forecast.add(point.forecast());
        }
        for (Point point : selected.future()) {
            labels.add(point.month().toString());
            actual.add(null);
            forecast.add(point.forecast());
        }
        LineChartDataSet sold = new LineChartDataSet();
        sold.setLabel(texts.get("forecast.actual"));
        sold.setData(actual);
        sold.setBorderColor("#1e6fd9");
        sold.setFill(false);
        sold.setTension(0.1);
        LineChartDataSet expected = new LineChartDataSet();
        expected.setLabel(methodLabel(selected.method()));
        expected.setData(forecast);
        expected.setBorderColor("#e67e22");
        expected.setBorderDash(List.of(6, 4));
        expected.setFill(false);
        expected.setTension(0.1);
        ChartData data = new ChartData();
        data.setLabels(labels);
        data.addChartDataSet(sold);
        data.addChartDataSet(expected);
        chart = new LineChartModel();
        chart.setData(data);
    }

    public List<Result> getResults() {
        return results;
    }

    public LineChartModel getChart() {
        return chart;
    }

    public List<Method> getMethods() {
        return List.of(Method.values());
    }

    public List<Integer> getHistoryChoices() {
        return HISTORY_CHOICES;
    }

    public List<Integer> getHorizonChoices() {
        return HORIZON_CHOICES;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = HISTORY_CHOICES.contains(months) ? months : 24;
    }

    public int getHorizon() {
        return horizon;
    }

    public void setHorizon(int horizon) {
        this.horizon = HORIZON_CHOICES.contains(horizon) ? horizon : 6;
    }

    public Method getMethod() {
        return method;
    }

    public void setMethod(Method method) {
        this.method = method;
    }

    /** A forecast amount's share of error, for the table: "—" where there is none. */
    public String error(BigDecimal amount) {
        return amount == null ? "—" : amount.toPlainString();
    }
}
