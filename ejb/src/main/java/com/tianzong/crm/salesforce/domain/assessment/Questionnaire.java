package com.tianzong.crm.salesforce.domain.assessment;

import com.tianzong.crm.platform.persistence.TimestampedRecord;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment questionnaire (考核问卷, BAS-05): the indicators a rep is assessed on for a kind of
 * period — each quantitative one with its target, each with its weight, the weights making 100 %.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends TimestampedRecord {

    private static final long serialVersionUID = 1L;

    public static final BigDecimal FULL_WEIGHT = new BigDecimal("100.00");

    /** A line as given to {@link #replaceItems}: exactly one of the indicators, a weight, and a target for a quantitative one. */
    public record Line(QuantitativeIndicator quantitative, QualitativeIndicator qualitative, BigDecimal weight, BigDecimal target) {
    }

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_\\-]*", message = "{customer.code.pattern}")
    @Column(name = "code", nullable = false)
    private String code;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false)
    private String name;

    @NotBlank
    @Column(name = "period_type", nullable = false)
    private String periodType = "MONTH";

    @Size(max = 500)
    @Column(name = "description", nullable = false)
    private String description = "";

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("sortOrder ASC")
    private List<QuestionnaireItem> items = new ArrayList<>();

    public void replaceItems(List<Line> lines) {
        items.clear();
        int order = 10;
        for (Line line : lines) {
            items.add(new QuestionnaireItem(this, order, line.quantitative(), line.qualitative(), line.weight(), line.target()));
            order += 10;
        }
    }

    /** The first day of the period of this questionnaire's kind that contains {@code day}. */
    public LocalDate periodStartOf(LocalDate day) {
        return switch (periodType) {
            case "QUARTER" -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case "YEAR" -> LocalDate.of(day.getYear(), 1, 1);
            default -> day.withDayOfMonth(1);
        };
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate periodEndOf(LocalDate start) {
        return switch (periodType) {
            case "QUARTER" -> start.plusMonths(3).minusDays(1);
            case "YEAR" -> start.plusYears(1).minusDays(1);
            default -> start.plusMonths(1).minusDays(1);
        };
    }

    public BigDecimal totalWeight() {
        return items.stream().map(QuestionnaireItem::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lines as the 360 view and the history show them: "code weight% (target)". */
    public String getItemsText() {
        return items.stream()
                .map(item -> item.getIndicatorCode() + " " + item.getWeight().toPlainString() + "%"
                        + (item.getTarget() == null ? "" : " (" + item.getTarget().toPlainString() + ")"))
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    public List<QuestionnaireItem> getItems() {
        return items;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getPeriodType() {
        return periodType;
    }

    public void setPeriodType(String periodType) {
        this.periodType = periodType;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description.strip();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return name;
    }
}
