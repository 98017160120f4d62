package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.query.PageRequest;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.RecordService;
import jakarta.ejb.EJBException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a record service: every page, sort and filter is a database
 * query; nothing is held in memory beyond the rows on screen. A filter the service refuses
 * (e.g. letters in an amount) shows its message and an empty page instead of an error.
 */
public class RecordLazyModel extends LazyDataModel<TenantRecord> {

    private static final long serialVersionUID = 1L;
    private static final String GLOBAL_FILTER = "globalFilter";

    private final transient Supplier<RecordService<TenantRecord>> service;
    private final transient Consumer<BusinessRuleException> refused;
    private final String fixedText;

    public RecordLazyModel(Supplier<RecordService<TenantRecord>> service, Consumer<BusinessRuleException> refused, String fixedText) {
        this.service = service;
        this.refused = refused;
        this.fixedText = fixedText;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, service.get().count(request(0, 1, Map.of(), filterBy)));
        } catch (BusinessRuleException | EJBException e) {
            refuse(e);
            return 0;
        }
    }

    @Override
    public List<TenantRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            return service.get().findPage(request(first, pageSize, sortBy, filterBy)).rows();
        } catch (BusinessRuleException | EJBException e) {
            refuse(e);
            return List.of();
        }
    }

    @Override
    public String getRowKey(TenantRecord record) {
        return String.valueOf(record.getId());
    }

    @Override
    public TenantRecord getRowData(String rowKey) {
        return RecordPage.parseId(rowKey).flatMap(id -> service.get().find(id)).orElse(null);
    }

    private void refuse(RuntimeException e) {
        Throwable cause = e instanceof EJBException ? e.getCause() : e;
        if (cause instanceof BusinessRuleException rule) {
            refused.accept(rule);
        } else {
            throw e;
        }
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        String text = fixedText;
        for (FilterMeta filter : filterBy.values()) {
            Object value = filter.getFilterValue();
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            if (GLOBAL_FILTER.equals(filter.getField())) {
                text = value.toString();
            } else {
                filters.put(filter.getField(), value.toString());
            }
        }
        List<PageRequest.Sort> sort = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .map(meta -> new PageRequest.Sort(meta.getField(), meta.getOrder() == SortOrder.ASCENDING))
                .toList();
        return new PageRequest(first, Math.max(1, size), sort, filters, text);
    }
}
