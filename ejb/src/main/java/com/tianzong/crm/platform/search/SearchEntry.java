package com.tianzong.crm.platform.search;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * One record as the index holds it. Records are indexed in families: a customer and its
 * contacts form one family, re-read and replaced together. Every entry carries its record's
 * owner and department, so that the data scope is applied in the index itself.
 * Texts are given already {@link SearchText#normalized normalized}.
 */
@SearchEntity(name = SearchEntry.ENTITY)
@Indexed(index = "records")
public class SearchEntry {

    public static final String ENTITY = "SearchEntry";
    public static final int SHORTEST_PHONE_QUERY = 4;

    static final String KIND = "kind";
    static final String FAMILY = "family";
    static final String OWNER = "ownerId";
    static final String DEPARTMENT = "departmentId";
    static final String PRIMARY = "primaryText";
    static final String SECONDARY = "secondaryText";
    static final String PHONES = "phones";
    static final String INITIALS = "initials";

    private final String id;
    private final String kind;
    private final long recordId;
    private final String family;
    private final Long ownerId;
    private final Long departmentId;
    private final String title;
    private final String subtitle;
    private final String primaryText;
    private final String secondaryText;
    private final String phones;
    private final String initials;

    /**
     * @param kind          the record type (customer, contact)
     * @param family        the family, named after its head record ({@link #idOf idOf("customer", id)})
     * @param title         what a hit shows first (the name)
     * @param subtitle      what a hit shows under it (code, the contact's customer)
     * @param primaryText   the text a query matches first: names, code, address, tax id
     * @param secondaryText related text that also finds the record: a customer's contacts
     * @param phones        phone numbers, space separated
     * @param initials      pinyin initials of the names, space separated
     */
    public SearchEntry(String kind, long recordId, String family, Long ownerId, Long departmentId, String title, String subtitle,
                       String primaryText, String secondaryText, String phones, String initials) {
        this.id = idOf(kind, recordId);
        this.kind = kind;
        this.recordId = recordId;
        this.family = family;
        this.ownerId = ownerId;
        this.departmentId = departmentId;
        this.title = title;
        this.subtitle = subtitle;
        this.primaryText = primaryText;
        this.secondaryText = secondaryText;
        this.phones = phones;
        this.initials = initials;
    }

    public static String idOf(String kind, long recordId) {
        return kind + ":" + recordId;
    }

    @DocumentId
    public String getId() {
        return id;
    }

    @KeywordField(projectable = Projectable.YES)
    public String getKind() {
        return kind;
    }

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    public long getRecordId() {
        return recordId;
    }

    @KeywordField
    public String getFamily() {
        return family;
    }

    @GenericField
    public Long getOwnerId() {
        return ownerId;
    }

    @GenericField
    public Long getDepartmentId() {
        return departmentId;
    }

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    public String getTitle() {
        return title;
    }

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    public String getSubtitle() {
        return subtitle;
    }

    @FullTextField(analyzer = SearchAnalysis.CHINESE_INDEX, searchAnalyzer = SearchAnalysis.CHINESE_QUERY)
    public String getPrimaryText() {
        return primaryText;
    }

    @FullTextField(analyzer = SearchAnalysis.CHINESE_INDEX, searchAnalyzer = SearchAnalysis.CHINESE_QUERY)
    public String getSecondaryText() {
        return secondaryText;
    }

    @FullTextField(analyzer = SearchAnalysis.DIGIT_GRAMS, searchAnalyzer = SearchAnalysis.WHOLE_QUERY)
    public String getPhones() {
        return phones;
    }

    @FullTextField(analyzer = SearchAnalysis.LETTER_GRAMS, searchAnalyzer = SearchAnalysis.WHOLE_QUERY)
    public String getInitials() {
        return initials;
    }
}
