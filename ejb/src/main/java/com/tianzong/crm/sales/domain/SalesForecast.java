package com.tianzong.crm.sales.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sales forecast (销售预测, SAL-01) of the months to come from the months that have been, by
 * one of three methods, each tried on the past first: every past month is forecast from the
 * months before it alone (one step ahead) and compared with what was sold, which gives the
 * method's mean absolute error (MAE) and mean absolute percentage error (MAPE). The method with
 * the smallest MAE is the one to trust.
 * <ul>
 *   <li>moving average: the mean of the last {@value #WINDOW} months;</li>
 *   <li>exponential smoothing: a level that takes {@code α = 0.3} of each new month;</li>
 *   <li>Holt's linear trend: a level ({@code α = 0.3}) and a trend ({@code β = 0.2}), for sales
 *       that grow or shrink steadily; never below zero.</li>
 * </ul>
 * Worked out with {@link #SCALE} decimals, amounts given to the fen.
 */
public final class SalesForecast {

    public enum Method { MOVING_AVERAGE, EXPONENTIAL_SMOOTHING, HOLT_LINEAR }

    static final int WINDOW = 3;
    static final BigDecimal ALPHA = new BigDecimal("0.3");
    static final BigDecimal BETA = new BigDecimal("0.2");
    private static final int SCALE = 6;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** A month: what was sold (null for one still to come) and what the method forecast for it (null before it can). */
    public record Point(YearMonth month, BigDecimal actual, BigDecimal forecast) {

        /** What was sold less what was forecast; null when either is missing. */
        public BigDecimal error() {
            return actual == null || forecast == null ? null : actual.subtract(forecast);
        }

        // bean-style reads for the pages: Jakarta EL 5 does not see record components
        public YearMonth getMonth() {
            return month;
        }

        public BigDecimal getActual() {
            return actual;
        }

        public BigDecimal getForecast() {
            return forecast;
        }

        public BigDecimal getError() {
            return error();
        }
    }

    /**
     * A method's forecast: the past months with their one-step-ahead forecasts, the months to come,
     * and the errors on the past (null when no past month could be forecast; MAPE also when every
     * such month sold nothing).
     */
    public record Result(Method method, List<Point> past, List<Point> future, BigDecimal mae, BigDecimal mape) {

        public Method getMethod() {
            return method;
        }

        public List<Point> getPast() {
            return past;
        }

        public List<Point> getFuture() {
            return future;
        }

        public BigDecimal getMae() {
            return mae;
        }

        public BigDecimal getMape() {
            return mape;
        }

        /** The total forecast over the months to come. */
        public BigDecimal getFutureTotal() {
            return future.stream().map(Point::forecast).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    private SalesForecast() {
    }

    /** Every method's forecast of {@code horizon} months after the history that starts in {@code first}, the best first. */
    public static List<Result> all(YearMonth first, List<BigDecimal> history, int horizon) {
        List<Result> results = new ArrayList<>();
        for (Method method : Method.values()) {
            results.add(forecast(method, first, history, horizon));
        }
        results.sort(Comparator.comparing(Result::mae,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return results;
    }

    /** The method's forecast of {@code horizon} months after the history that starts in {@code first}. */
    public static Result forecast(Method method, YearMonth first, List<BigDecimal> history, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon " + horizon);
        }
        int n = history.size();
        BigDecimal[] fitted = new BigDecimal[n];
        BigDecimal[] ahead = new BigDecimal[horizon];
        switch (method) {
            case MOVING_AVERAGE -> {
                for (int t = WINDOW; t < n; t++) {
                    fitted[t] = mean(history.subList(t - WINDOW, t));
                }
                BigDecimal next = n == 0 ? BigDecimal.ZERO : mean(history.subList(Math.max(0, n - WINDOW), n));
                java.util.Arrays.fill(ahead, next);
            }
            case EXPONENTIAL_SMOOTHING -> {
                BigDecimal level = n == 0 ? BigDecimal.ZERO : history.get(0);
                for (int t = 1; t < n; t++) {
                    fitted[t] = level;
                    level = ALPHA.multiply(history.get(t)).add(BigDecimal.ONE.subtract(ALPHA).multiply(level));
                }
                java.util.Arrays.fill(ahead, level);
            }
            case HOLT_LINEAR -> {
                BigDecimal level = n == 0 ? BigDecimal.ZERO : history.get(0);
                BigDecimal trend = n < 2 ? BigDecimal.ZERO : history.get(1).subtract(history.get(0));
                if (n >= 2) {
                    level = history.get(1);
                }
                for (int t = 2; t < n; t++) {
                    fitted[t] = level.add(trend).max(BigDecimal.ZERO);
                    BigDecimal previous = level;
                    level = ALPHA.multiply(history.get(t)).add(BigDecimal.ONE.subtract(ALPHA).multiply(level.add(trend)));
                    trend = BETA.multiply(level.subtract(previous)).add(BigDecimal.ONE.subtract(BETA).multiply(trend));
                }
                for (int h = 0; h < horizon; h++) {
                    ahead[h] = level.add(trend.multiply(BigDecimal.valueOf(h + 1L))).max(BigDecimal.ZERO);
                }
            }
            default -> throw new IllegalArgumentException(method.name());
        }
        List<Point> past = new ArrayList<>();
        BigDecimal absolute = BigDecimal.ZERO;
        BigDecimal relative = BigDecimal.ZERO;
        int forecastMonths = 0;
        int sellingMonths = 0;
        for (int t = 0; t < n; t++) {
            BigDecimal actual = money(history.get(t));
            BigDecimal forecast = fitted[t] == null ? null : money(fitted[t]);
            past.add(new Point(first.plusMonths(t), actual, forecast));
            if (fitted[t] != null) {
                BigDecimal miss = history.get(t).subtract(fitted[t]).abs();
                absolute = absolute.add(miss);
                forecastMonths++;
                if (history.get(t).signum() > 0) {
                    relative = relative.add(miss.divide(history.get(t), SCALE, RoundingMode.HALF_UP));
                    sellingMonths++;
                }
            }
        }
        List<Point> future = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            future.add(new Point(first.plusMonths(n + (long) h), null, money(ahead[h])));
        }
        BigDecimal mae = forecastMonths == 0 ? null : money(absolute.divide(BigDecimal.valueOf(forecastMonths), SCALE, RoundingMode.HALF_UP));
        BigDecimal mape = sellingMonths == 0 ? null
                : relative.multiply(HUNDRED).divide(BigDecimal.valueOf(sellingMonths), 2, RoundingMode.HALF_UP);
        return new Result(method, List.copyOf(past), List.copyOf(future), mae, mape);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
