package com.tianzong.crm.platform.calendar;

import com.tianzong.crm.platform.persistence.TimestampedRecord;
import com.tianzong.crm.platform.persistence.Trimmed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A day of the company's working calendar (工作日历) that is not an ordinary Monday-to-Friday
 * working day or weekend: a day off for a public holiday, or a weekend day worked in exchange
 * (调休上班), as the State Council's holiday schedule sets them each year.
 */
@Entity
@Table(name = "work_calendar_day")
public class WorkCalendarDay extends TimestampedRecord {

    private static final long serialVersionUID = 1L;

    public static final String HOLIDAY = "HOLIDAY";
    public static final String WORKDAY = "WORKDAY";

    @NotNull
    @Column(name = "day", nullable = false)
    private LocalDate day;

    @NotBlank
    @Column(name = "kind", nullable = false)
    private String kind;

    @NotBlank
    @Size(max = 60)
    @Column(name = "name", nullable = false)
    private String name;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Trimmed.orNull(name);
    }
}
