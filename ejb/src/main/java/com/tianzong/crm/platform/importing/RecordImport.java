package com.tianzong.crm.platform.importing;

import com.tianzong.crm.platform.codelist.CodeItem;
import com.tianzong.crm.platform.codelist.CodeLists;
import com.tianzong.crm.platform.persistence.TenantRecord;
import com.tianzong.crm.platform.records.BusinessRuleException;
import com.tianzong.crm.platform.records.ConcurrentChangeException;
import com.tianzong.crm.platform.records.FieldKind;
import com.tianzong.crm.platform.records.RecordAccess;
import com.tianzong.crm.platform.records.RecordField;
import com.tianzong.crm.platform.records.RecordNotFoundException;
import com.tianzong.crm.platform.records.RecordService;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.records.ReferenceOptions;
import com.tianzong.crm.platform.security.PermissionAction;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantAware;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a table into a record type (PLT-10). Columns are matched to declared fields by the
 * caller; each row becomes a new record, or updates the record with the same natural key. A
 * preview finds every problem without writing; a commit writes all rows in one transaction
 * through the record service, or none (the first problem rolls everything back).
 */
@Stateless
@TenantAware
public class RecordImport {

    public static final int MAX_ROWS = 100_000;
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "tianzong")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    Validator validator;

    @EJB
    CodeLists codeLists;

    @EJB
    ReferenceOptions referenceOptions;

    /** Every problem the import would meet; writes nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportResult preview(RecordType<?> type, ImportTable table, List<String> columnFields, Locale locale) {
        try {
            Plan plan = plan(type, table, columnFields, locale);
            return new ImportResult(table.rows().size(), plan.creates(), plan.updates(), plan.issues, false);
        } finally {
            context.setRollbackOnly();
        }
    }

    /**
     * Writes every row, in one transaction, or nothing when any row has a problem. Run as the
     * importing user with the source IMPORT, so their permissions and data scope apply and the
     * audit trail marks the changes as imported.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportResult commit(RecordType<?> type, ImportTable table, List<String> columnFields, Locale locale,
                               ImportProgress progress) {
        Plan plan = plan(type, table, columnFields, locale);
        if (!plan.issues.isEmpty()) {
            context.setRollbackOnly();
            return new ImportResult(table.rows().size(), plan.creates(), plan.updates(), plan.issues, false);
        }
        progress.start(plan.records.size());
        RecordService<TenantRecord> service = service(type);
        int saved = 0;
        for (Map.Entry<Integer, TenantRecord> entry : plan.records.entrySet()) {
            try {
                service.save(entry.getValue());
            } catch (BusinessRuleException rule) {
                return refused(table, plan, ImportIssue.keyed(entry.getKey(), rule.getField(), rule.getMessageKey(),
                        rule.getArguments().toArray(String[]::new)));
            } catch (PermissionDeniedException denied) {
                return refused(table, plan, ImportIssue.keyed(entry.getKey(), null, "record.noPermission"));
            } catch (ConcurrentChangeException | RecordNotFoundException changed) {
                return refused(table, plan, ImportIssue.keyed(entry.getKey(), null, "record.changedBySomeoneElse"));
            }
            progress.advance();
            if (++saved % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        return new ImportResult(table.rows().size(), plan.creates(), plan.updates(), List.of(), true);
    }

    private ImportResult refused(ImportTable table, Plan plan, ImportIssue issue) {
        context.setRollbackOnly();
        return new ImportResult(table.rows().size(), plan.creates(), plan.updates(), List.of(issue), false);
    }

    /** Reads every row into a record (new or existing, detached) and collects the problems. */
    private Plan plan(RecordType<?> type, ImportTable table, List<String> columnFields, Locale locale) {
        RecordService<TenantRecord> service = service(type);
        Plan plan = new Plan();
        boolean mayCreate = service.allowedActions().contains(PermissionAction.CREATE);
        boolean mayEdit = service.allowedActions().contains(PermissionAction.EDIT);
        if (!mayCreate && !mayEdit) {
            service.checkPermitted(PermissionAction.CREATE);
        }
        if (table.rows().size() > MAX_ROWS) {
            plan.issues.add(ImportIssue.keyed(0, null, "import.tooManyRows", Integer.toString(MAX_ROWS)));
            return plan;
        }
        String key = type.naturalKey().orElse(null);
        int keyColumn = key == null ? -1 : columnFields.indexOf(key);
        if (key != null && keyColumn < 0) {
            plan.issues.add(ImportIssue.keyed(0, key, "import.keyColumnMissing"));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int column = 0; column < columnFields.size(); column++) {
            String field = columnFields.get(column);
            if (field != null && type.field(field).filter(RecordField::isImportable).isPresent()) {
                if (columns.putIfAbsent(field, column) != null) {
                    plan.issues.add(ImportIssue.keyed(0, field, "import.columnTwice"));
                }
            }
        }
        for (RecordField field : type.fields()) {
            if (field.isRequired() && field.isImportable() && !columns.containsKey(field.getName()) && mayCreate) {
                plan.issues.add(ImportIssue.keyed(0, field.getName(), "import.requiredColumnMissing"));
            }
        }
        if (!plan.issues.isEmpty()) {
            return plan;
        }
        Lookups lookups = new Lookups(type);
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        Map<String, Integer> firstLineOfValue = new HashMap<>();
        List<ImportTable.Row> rows = table.rows();
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<ImportTable.Row> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            List<String> keys = chunk.stream().map(row -> row.cell(keyColumn)).filter(value -> !value.isEmpty()).distinct().toList();
            Map<String, TenantRecord> visible = new HashMap<>(service.findByKeys(keys));
            Set<String> existing = service.existingKeys(keys);
            Map<Integer, TenantRecord> clean = new LinkedHashMap<>();
            Set<Integer> createdLines = new java.util.HashSet<>();
            for (ImportTable.Row row : chunk) {
                String keyValue = row.cell(keyColumn);
                List<ImportIssue> rowIssues = new ArrayList<>();
                Integer earlier = firstLineOfKey.putIfAbsent(keyValue, row.line());
                if (keyValue.isEmpty()) {
                    rowIssues.add(ImportIssue.keyed(row.line(), key, "import.keyEmpty"));
                } else if (earlier != null) {
                    rowIssues.add(ImportIssue.keyed(row.line(), key, "import.keyRepeated", Integer.toString(earlier)));
                } else if (!visible.containsKey(keyValue) && existing.contains(keyValue)) {
                    rowIssues.add(ImportIssue.keyed(row.line(), key, "import.keyNotYours", keyValue));
                }
                TenantRecord record = visible.get(keyValue);
                boolean created = record == null;
                if (created && !mayCreate) {
                    rowIssues.add(ImportIssue.keyed(row.line(), null, "import.mayNotCreate"));
                } else if (!created && !mayEdit) {
                    rowIssues.add(ImportIssue.keyed(row.line(), null, "import.mayNotEdit"));
                }
                if (record == null) {
                    record = service.newRecord();
                }
                // every problem of the row at once: cells that do not parse, then the declared constraints of the rest
                Set<String> unreadable = new java.util.HashSet<>();
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    RecordField field = type.field(column.getKey()).orElseThrow();
                    String text = row.cell(column.getValue());
                    if (text.isEmpty() && !created) {
                        continue;
                    }
                    Optional<ImportIssue> issue = parse(field, text, lookups);
                    if (issue.isPresent()) {
                        unreadable.add(field.getName());
                        rowIssues.add(new ImportIssue(row.line(), field.getName(), issue.get().messageKey(),
                                issue.get().arguments(), null));
                    } else {
                        RecordAccess.write(record, field.getName(), value(field, text, lookups));
                    }
                }
                for (ConstraintViolation<TenantRecord> violation : validator.validate(record)) {
                    String field = violation.getPropertyPath().toString();
                    if (!unreadable.contains(field)) {
                        rowIssues.add(ImportIssue.text(row.line(), field, interpolate(violation, locale)));
                    }
                }
                if (rowIssues.isEmpty()) {
                    clean.put(row.line(), record);
                    if (created) {
                        createdLines.add(row.line());
                    }
                } else {
                    plan.issues.addAll(rowIssues);
                }
            }
            checkRules(service, clean, createdLines, firstLineOfValue, plan);
        }
        plan.issues.sort(java.util.Comparator.comparingInt(ImportIssue::line));
        return plan;
    }

    /**
     * The record type's own rules for the chunk's readable rows (a customer already on file), and
     * values that may not repeat within the file; the rows that pass go into the plan.
     */
    private static void checkRules(RecordService<TenantRecord> service, Map<Integer, TenantRecord> clean, Set<Integer> createdLines,
                                   Map<String, Integer> firstLineOfValue, Plan plan) {
        List<Integer> lines = new ArrayList<>(clean.keySet());
        Map<Integer, BusinessRuleException> problems = service.importProblems(new ArrayList<>(clean.values()));
        for (int i = 0; i < lines.size(); i++) {
            int line = lines.get(i);
            TenantRecord record = clean.get(line);
            List<ImportIssue> rowIssues = new ArrayList<>();
            BusinessRuleException problem = problems.get(i);
            if (problem != null) {
                rowIssues.add(ImportIssue.keyed(line, problem.getField(), problem.getMessageKey(),
                        problem.getArguments().toArray(String[]::new)));
            }
            for (Map.Entry<String, String> unique : service.importUniqueValues(record).entrySet()) {
                Integer first = firstLineOfValue.putIfAbsent(unique.getKey() + '\u0000' + unique.getValue(), line);
                if (first != null) {
                    rowIssues.add(ImportIssue.keyed(line, unique.getKey(), "import.keyRepeated", Integer.toString(first)));
                }
            }
            if (rowIssues.isEmpty()) {
                plan.records.put(line, record);
                if (createdLines.contains(line)) {
                    plan.created++;
                }
            } else {
                plan.issues.addAll(rowIssues);
            }
        }
    }

    /** The problem with a cell's text for its field, if any. */
    private Optional<ImportIssue> parse(RecordField field, String text, Lookups lookups) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (field.getKind()) {
            case TEXT -> text.length() > field.getMaxLength()
                    ? Optional.of(ImportIssue.keyed(0, field.getName(), "import.tooLong", Integer.toString(field.getMaxLength())))
                    : Optional.empty();
            case CODE -> lookups.code(field, text).isPresent() ? Optional.empty()
                    : Optional.of(ImportIssue.keyed(0, field.getName(), "import.codeUnknown", text));
            case MONEY -> moneyIssue(field, text);
            case REFERENCE -> lookups.reference(field, text).isPresent() ? Optional.empty()
                    : Optional.of(ImportIssue.keyed(0, field.getName(), "import.referenceUnknown", text));
            case DECIMAL -> {
                Optional<BigDecimal> number = Money.parse(text);
                if (number.isEmpty()) {
                    yield Optional.of(ImportIssue.keyed(0, field.getName(), "import.numberInvalid", text));
                }
                yield number.get().stripTrailingZeros().scale() > field.getScale()
                        ? Optional.of(ImportIssue.keyed(0, field.getName(), "import.decimalScale", text, Integer.toString(field.getScale())))
                        : Optional.empty();
            }
            case INTEGER -> Money.parseWhole(text).isPresent() ? Optional.empty()
                    : Optional.of(ImportIssue.keyed(0, field.getName(), "import.integerInvalid", text));
            case FLAG -> Flags.parse(text).isPresent() ? Optional.empty()
                    : Optional.of(ImportIssue.keyed(0, field.getName(), "import.flagInvalid", text));
            case DATE -> Days.parse(text).isPresent() ? Optional.empty()
                    : Optional.of(ImportIssue.keyed(0, field.getName(), "import.dateInvalid", text));
            case TIMESTAMP -> Optional.empty();
        };
    }

    private static Optional<ImportIssue> moneyIssue(RecordField field, String text) {
        Optional<BigDecimal> amount = Money.parse(text);
        if (amount.isEmpty()) {
            return Optional.of(ImportIssue.keyed(0, field.getName(), "import.moneyInvalid", text));
        }
        if (amount.get().scale() > 2) {
            return Optional.of(ImportIssue.keyed(0, field.getName(), "import.moneyScale", text));
        }
        return Optional.empty();
    }

    private Object value(RecordField field, String text, Lookups lookups) {
        if (text.isEmpty()) {
            return null;
        }
        return switch (field.getKind()) {
            case TEXT -> text;
            case CODE -> lookups.code(field, text).orElseThrow();
            case MONEY -> Money.parse(text).orElseThrow().setScale(2, java.math.RoundingMode.UNNECESSARY);
            case REFERENCE -> lookups.reference(field, text).orElseThrow();
            case DECIMAL -> Money.parse(text).orElseThrow().setScale(field.getScale(), java.math.RoundingMode.UNNECESSARY);
            case INTEGER -> Money.parseWhole(text).orElseThrow();
            case FLAG -> Flags.parse(text).orElseThrow();
            case DATE -> Days.parse(text).orElseThrow();
            case TIMESTAMP -> null;
        };
    }

    private String interpolate(ConstraintViolation<TenantRecord> violation, Locale locale) {
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("Cannot unwrap to " + type);
            }
        }, locale);
    }

    @SuppressWarnings("unchecked")
    private static RecordService<TenantRecord> service(RecordType<?> type) {
        return (RecordService<TenantRecord>) type.service();
    }

    /** The records to write by line, and the problems. */
    private static final class Plan {
        final Map<Integer, TenantRecord> records = new LinkedHashMap<>();
        final List<ImportIssue> issues = new ArrayList<>();
        int created;

        int creates() {
            return created;
        }

        int updates() {
            return records.size() - created;
        }
    }

    /** Code items and reference options, read once per import: by code or by label in any language. */
    private final class Lookups {
        private final RecordType<?> type;
        private final Map<String, Map<String, String>> codes = new HashMap<>();
        private final Map<String, Map<String, TenantRecord>> references = new HashMap<>();

        Lookups(RecordType<?> type) {
            this.type = type;
        }

        Optional<String> code(RecordField field, String text) {
            Map<String, String> byText = codes.computeIfAbsent(field.getCodeList(), list -> {
                Map<String, String> map = new HashMap<>();
                for (CodeItem item : codeLists.items(list)) {
                    for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH)) {
                        map.putIfAbsent(item.label(language).toLowerCase(Locale.ROOT), item.getCode());
                    }
                    map.put(item.getCode().toLowerCase(Locale.ROOT), item.getCode());
                }
                return map;
            });
            return Optional.ofNullable(byText.get(text.toLowerCase(Locale.ROOT)));
        }

        Optional<TenantRecord> reference(RecordField field, String text) {
            Map<String, TenantRecord> byLabel = references.computeIfAbsent(field.getName(), name -> {
                Map<String, TenantRecord> map = new HashMap<>();
                for (TenantRecord option : referenceOptions.options(type, field)) {
                    map.putIfAbsent(String.valueOf(RecordAccess.read(option, field.getReferenceLabel())), option);
                }
                return map;
            });
            return Optional.ofNullable(byLabel.get(text));
        }
    }
}
