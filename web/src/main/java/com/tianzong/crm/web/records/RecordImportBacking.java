package com.tianzong.crm.web.records;

import com.tianzong.crm.platform.importing.ImportIssue;
import com.tianzong.crm.platform.importing.ImportProgress;
import com.tianzong.crm.platform.importing.ImportResult;
import com.tianzong.crm.platform.importing.ImportTable;
import com.tianzong.crm.platform.importing.RecordImport;
import com.tianzong.crm.platform.records.RecordType;
import com.tianzong.crm.platform.security.PermissionDeniedException;
import com.tianzong.crm.platform.tenancy.TenantContext;
import com.tianzong.crm.platform.tenancy.TenantUser;
import com.tianzong.crm.web.i18n.Texts;
import com.tianzong.crm.web.importing.ImportColumns;
import com.tianzong.crm.web.importing.ImportFileException;
import com.tianzong.crm.web.importing.TableFiles;
import com.tianzong.crm.web.shell.UserSession;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The generic import page (PLT-10) of any record type with a natural key: upload a CSV or Excel
 * file, see every problem per row before anything is written, download the problems as a sheet
 * to fix, and import all rows or none while a progress bar shows how far it is.
 */
@Named("recordImport")
@ViewScoped
public class RecordImportBacking extends RecordPage {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RecordImport recordImport;

    @Resource
    transient ManagedExecutorService executor;

    @Inject
    transient Texts texts;

    @Inject
    UserSession userSession;

    private String fileName;
    private ImportTable table;
    private List<String> columnFields = List.of();
    private ImportResult preview;
    private ImportResult result;
    private ImportProgress progress;
    private transient Future<ImportResult> running;

    public void load() {
        resolveType().ifPresent(type -> {
            if (type.naturalKey().isEmpty()) {
                markNotFound();
            } else if (!can("CREATE") && !can("EDIT")) {
                markForbidden();
            }
        });
    }

    public void upload(FileUploadEvent event) {
        reset();
        fileName = event.getFile().getFileName();
        try {
            table = TableFiles.read(fileName, event.getFile().getContent());
            columnFields = ImportColumns.match(getRecordType(), table.headers());
            preview = recordImport.preview(getRecordType(), table, columnFields, locale());
        } catch (ImportFileException refused) {
            reset();
            texts.error(refused.getMessageKey(), refused.getArguments().toArray());
        } catch (PermissionDeniedException denied) {
            reset();
            texts.error("record.noPermission");
        }
    }

    /** Starts writing the previewed rows on another thread, as the user and marked as an import. */
    public void commit() {
        if (table == null || preview == null || !preview.isClean() || running != null) {
            return;
        }
        TenantUser user = userSession.currentUser().orElseThrow();
        RecordType<?> type = getRecordType();
        ImportTable rows = table;
        List<String> fields = columnFields;
        Locale locale = locale();
        ImportProgress tracker = new ImportProgress();
        progress = tracker;
        running = executor.submit(() -> TenantContext.callAsUser(user, TenantContext.Source.IMPORT,
                () -> recordImport.commit(type, rows, fields, locale, tracker)));
    }

    /** Polled while the import runs; takes its result when it is done. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            result = running.get();
            if (result.isWritten()) {
                table = null;
                preview = null;
            } else {
                preview = result;
            }
        } catch (ExecutionException failed) {
            texts.error(failed.getCause() instanceof PermissionDeniedException ? "record.noPermission" : "import.failed");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    public void reset() {
        fileName = null;
        table = null;
        columnFields = List.of();
        preview = null;
        result = null;
        progress = null;
    }

    /** The headings of the file that match no field: they are left out, and the user should know. */
    public List<String> getIgnoredHeadings() {
        List<String> ignored = new ArrayList<>();
        if (table != null) {
            for (int i = 0; i < table.headers().size(); i++) {
                if (columnFields.get(i) == null && !table.headers().get(i).isBlank()) {
                    ignored.add(table.headers().get(i));
                }
            }
        }
        return ignored;
    }

    public String issueText(ImportIssue issue) {
        String message = issue.text() != null ? issue.text() : texts.get(issue.messageKey(), issue.arguments().toArray());
        return issue.field() == null ? message : fieldLabel(issue.field()) + "：" + message;
    }

    private String fieldLabel(String field) {
        return texts.get("field." + getType() + "." + field);
    }

    /** The rows with problems as a sheet to fix and upload again: the file's columns and one column of problems. */
    public StreamedContent getIssueReport() {
        return csvDownload(getType() + "-problems.csv", printer -> {
            List<String> headings = new ArrayList<>(table.headers());
            headings.add(texts.get("import.problems"));
            printer.printRecord(headings);
            Map<Integer, String> problems = preview.getIssues().stream().collect(Collectors.groupingBy(ImportIssue::line,
                    java.util.TreeMap::new, Collectors.mapping(this::issueText, Collectors.joining("；"))));
            String fileProblems = problems.remove(0);
            if (fileProblems != null) {
                List<String> whole = new ArrayList<>(java.util.Collections.nCopies(table.headers().size(), ""));
                whole.add(fileProblems);
                printer.printRecord(whole);
            }
            for (ImportTable.Row row : table.rows()) {
                String rowProblems = problems.get(row.line());
                if (rowProblems != null) {
                    List<String> cells = new ArrayList<>(row.cells());
                    while (cells.size() < table.headers().size()) {
                        cells.add("");
                    }
                    cells.add(rowProblems);
                    printer.printRecord(cells);
                }
            }
        });
    }

    /** An empty sheet with the headings the import understands, in the user's language. */
    public StreamedContent getTemplate() {
        return csvDownload(getType() + "-template.csv",
                printer -> printer.printRecord(ImportColumns.templateHeadings(getRecordType(), locale())));
    }

    private static StreamedContent csvDownload(String name, CsvWriter writer) {
        StringWriter out = new StringWriter();
        // a byte order mark, so that Excel opens the Chinese text as UTF-8
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
            writer.write(printer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    @FunctionalInterface
    private interface CsvWriter {
        void write(CSVPrinter printer) throws IOException;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public int getMaxMegabytes() {
        return TableFiles.MAX_BYTES / 1024 / 1024;
    }

    public String getTooLargeMessage() {
        return texts.get("upload.tooLarge", getMaxMegabytes());
    }

    public String getFileName() {
        return fileName;
    }

    public ImportResult getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public List<ImportIssue> getIssues() {
        return preview == null ? List.of() : preview.getIssues();
    }

    public long getBadLines() {
        return preview == null ? 0 : preview.badLines();
    }

    public String getKeyLabel() {
        return getRecordType().naturalKey().map(this::fieldLabel).orElse("");
    }
}
