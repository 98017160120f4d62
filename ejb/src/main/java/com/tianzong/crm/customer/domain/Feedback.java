package com.tianzong.crm.customer.domain;

import com.tianzong.crm.platform.identity.UserAccount;
import com.tianzong.crm.platform.persistence.Trimmed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A complaint or an improvement suggestion from a customer (客户投诉 / 改良建议, CUS-07), handled until settled. */
@Entity
@Table(name = "feedback")
public class Feedback extends CustomerCase {

    private static final long serialVersionUID = 1L;

    public static final String COMPLAINT = "COMPLAINT";
    /** 改良建议: also filed by every sales return, with its reason. */
    public static final String SUGGESTION = "SUGGESTION";

    @NotBlank
    @Column(name = "kind", nullable = false)
    private String kind = COMPLAINT;

    @NotBlank
    @Size(max = 2000)
    @Column(name = "content", nullable = false)
    private String content;

    @NotNull
    @Column(name = "received_date", nullable = false)
    private LocalDate receivedDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handler_id")
    private UserAccount handler;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = Trimmed.orNull(kind);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = Trimmed.orNull(content);
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public void setReceivedDate(LocalDate receivedDate) {
        this.receivedDate = receivedDate;
    }

    public UserAccount getHandler() {
        return handler;
    }

    public void setHandler(UserAccount handler) {
        this.handler = handler;
    }
}
