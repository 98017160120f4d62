package com.tianzong.crm.salesforce.domain.assessment;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterOperator;
import com.ezylang.evalex.operators.booleans.InfixLessEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixLessOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The formula of a quantitative indicator (BAS-04), e.g. {@code SALES_ACTUAL / SALES_TARGET * 100}:
 * arithmetic over the named metrics the system computes, evaluated by EvalEx on BigDecimal.
 * A tenant's formula can reach nothing but its metrics: the operators are + − × ÷ and
 * comparisons, the functions MIN, MAX, ABS, ROUND and IF, there are no strings, dates, arrays,
 * structures or constants, and no powers (which could be made to run for ever). A formula is
 * checked when it is saved — syntax, unknown metrics, a division by zero that does not depend on
 * the data — and every result is rounded half-up to two decimals.
 */
public final class IndicatorFormula {

    public static final int MAX_LENGTH = 500;

    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);

    private static final OperatorDictionaryIfc OPERATORS = MapBasedOperatorDictionary.ofOperators(
            Map.entry("+", new InfixPlusOperator()),
            Map.entry("-", new InfixMinusOperator()),
            Map.entry("*", new InfixMultiplicationOperator()),
            Map.entry("/", new InfixDivisionOperator()),
            Map.entry(">", new InfixGreaterOperator()),
            Map.entry(">=", new InfixGreaterEqualsOperator()),
            Map.entry("<", new InfixLessOperator()),
            Map.entry("<=", new InfixLessEqualsOperator()));

    private static final FunctionDictionaryIfc FUNCTIONS = MapBasedFunctionDictionary.ofFunctions(
            Map.entry("MIN", new MinFunction()),
            Map.entry("MAX", new MaxFunction()),
            Map.entry("ABS", new AbsFunction()),
            Map.entry("ROUND", new RoundFunction()),
            Map.entry("IF", new IfFunction()));

    private static final ExpressionConfiguration CONFIGURATION;

    static {
        MapBasedOperatorDictionary operators = new MapBasedOperatorDictionary();
        OPERATORS.getAvailableInfixOperatorNames().forEach(name -> operators.addOperator(name, OPERATORS.getInfixOperator(name)));
        operators.addOperator("-", new PrefixMinusOperator());
        operators.addOperator("+", new PrefixPlusOperator());
        CONFIGURATION = ExpressionConfiguration.builder()
                .operatorDictionary(operators)
                .functionDictionary(FUNCTIONS)
                .defaultConstants(Map.of())
                .mathContext(PRECISION)
                .arraysAllowed(false)
                .structuresAllowed(false)
                .implicitMultiplicationAllowed(false)
                .singleQuoteStringLiteralsAllowed(false)
                .maxRecursionDepth(50)
                .build();
    }

    private final String text;
    private final Set<String> metrics;

    private IndicatorFormula(String text, Set<String> metrics) {
        this.text = text;
        this.metrics = metrics;
    }

    /**
     * Reads and checks a formula: its syntax, that every name in it is one of {@code knownMetrics},
     * and that it does not divide by zero whatever the data (it is tried with every metric at 1).
     * Full-width brackets and operators as a Chinese keyboard types them are understood.
     */
    public static IndicatorFormula parse(String formula, Set<String> knownMetrics) {
        if (formula == null || formula.isBlank()) {
            throw new FormulaException("formula.empty");
        }
        String text = normalise(formula);
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException("formula.tooLong", Integer.toString(MAX_LENGTH));
        }
        Expression expression = new Expression(text, CONFIGURATION);
        Set<String> used;
        try {
            expression.validate();
            for (ASTNode node : expression.getAllASTNodes()) {
                refuseUnlessArithmetic(node.getToken());
            }
            used = new TreeSet<>();
            for (String name : expression.getUsedVariables()) {
                used.add(name.toUpperCase(Locale.ROOT));
            }
        } catch (ParseException e) {
            throw new FormulaException("formula.syntax", Integer.toString(Math.max(1, e.getStartPosition())), describe(e));
        }
        for (String name : used) {
            if (!knownMetrics.contains(name)) {
                throw new FormulaException("formula.unknownMetric", name);
            }
        }
        if (used.isEmpty()) {
            throw new FormulaException("formula.noMetric");
        }
        IndicatorFormula parsed = new IndicatorFormula(text, Set.copyOf(used));
        Map<String, BigDecimal> ones = new TreeMap<>();
        used.forEach(name -> ones.put(name, BigDecimal.ONE));
        parsed.evaluate(ones);
        return parsed;
    }

    /** The value for the metrics' values, rounded half-up to two decimals; a division by zero says which formula. */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        Expression expression = new Expression(text, CONFIGURATION);
        for (String metric : metrics) {
            BigDecimal value = values.get(metric);
            if (value == null) {
                throw new FormulaException("formula.metricMissing", metric);
            }
            expression.with(metric, value);
        }
        try {
            EvaluationValue result = expression.evaluate();
            if (!result.isNumberValue()) {
                throw new FormulaException("formula.notANumber", text);
            }
            return result.getNumberValue().setScale(2, RoundingMode.HALF_UP);
        } catch (EvaluationException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("division by zero")) {
                throw new FormulaException("formula.divisionByZero", text);
            }
            throw new FormulaException("formula.notANumber", text);
        } catch (ParseException e) {
            throw new FormulaException("formula.syntax", Integer.toString(Math.max(1, e.getStartPosition())), describe(e));
        }
    }

    /** The formula as kept: normalised, upper-case metric names as typed. */
    public String text() {
        return text;
    }

    /** The metrics the formula uses. */
    public Set<String> metrics() {
        return metrics;
    }

    private static String normalise(String formula) {
        StringBuilder out = new StringBuilder(formula.length());
        for (char c : formula.strip().toCharArray()) {
            out.append(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '×' -> '*';
                case '÷' -> '/';
                case '＋' -> '+';
                case '－', '−' -> '-';
                case '＊' -> '*';
                case '／' -> '/';
                case '，' -> ',';
                case '＜' -> '<';
                case '＞' -> '>';
                case '＝' -> '=';
                case '　' -> ' ';
                default -> c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
            });
        }
        return out.toString();
    }

    /** Only numbers, metric names, the operators and the functions above may appear. */
    private static void refuseUnlessArithmetic(Token token) {
        boolean allowed = switch (token.getType()) {
            case NUMBER_LITERAL, VARIABLE_OR_CONSTANT, INFIX_OPERATOR, PREFIX_OPERATOR -> true;
            case FUNCTION -> token.getFunctionDefinition() != null
                    && FUNCTIONS.getAvailableFunctionNames().stream().anyMatch(name -> name.equalsIgnoreCase(token.getValue()));
            default -> false;
        };
        if (!allowed) {
            throw new FormulaException("formula.syntax", Integer.toString(Math.max(1, token.getStartPosition())), token.getValue());
        }
    }

    private static String describe(ParseException e) {
        return e.getTokenString() == null || e.getTokenString().isBlank() ? e.getMessage() : e.getTokenString();
    }
}
