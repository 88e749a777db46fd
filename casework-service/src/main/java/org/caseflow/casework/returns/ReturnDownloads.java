package org.caseflow.casework.returns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.returns.annexa.AnnexA;
import org.caseflow.returns.annexa.AnnexAPeriod;
import org.caseflow.returns.cin.CensusSource;
import org.caseflow.returns.cin.CinCensus;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Pseudonymisation;
import org.caseflow.returns.ssda903.Ssda903Return;
import org.caseflow.returns.ssda903.Ssda903Table;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statutory returns to download, made from the case record as it stands: the DfE's CIN census
 * (XML) and SSDA903 return (a zip of its CSV tables) for a collection year, and Ofsted's Annex A
 * lists 1 to 8 (XLSX) for a period. For performance officers and administrators only
 * (config.SecurityConfig): these files are how personal data leaves Caseflow, so each download is
 * written to the list of downloads, with who, which return, the period and when, in the same
 * transaction. {@code pseudonymised=true} degrades the file for sharing with a regional partnership
 * ({@link Pseudonymisation}).
 */
@RestController
@ProblemResponse(status = HttpStatus.FORBIDDEN, when = "The returns are for performance officers and administrators.")
class ReturnDownloads {

    static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String YEAR = "The collection year, 1 April to 31 March, written as `2025-26`; the current one when left out.";
    private static final String PSEUDONYMISED = """
            `true` for an extract to share beyond the council: unique pupil numbers and workers' names left out, dates of \
            birth to the first of their month, postcodes to their district.""";

    private final CaseRecordChildren children;
    private final ReturnDownloadLog downloads;
    private final String laCode;
    private final String release;

    ReturnDownloads(CaseRecordChildren children, ReturnDownloadLog downloads, @Value("${caseflow.returns.la-code:999}") String laCode) {
        this.children = children;
        this.downloads = downloads;
        this.laCode = laCode;
        this.release = Objects.requireNonNullElse(ReturnDownloads.class.getPackage().getImplementationVersion(), "development");
    }

    @Operation(summary = "The CIN census for a collection year, as the DfE's XML", description = """
            The children in need census message for the year (DfE specification 2025 to 2026), made from the case record: \
            every child with an episode of need open on at least one day of the year, as the record stood on 31 March. \
            It validates against the census schema; what the record does not yet hold (sex, ethnicity, UPN, primary need, \
            assessment factors) is given as the DfE's "not known" or left out, and the validation rules report it. For \
            performance officers and administrators; every download is recorded.""")
    @ApiResponse(responseCode = "200", description = "The census as an XML file",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = "string", format = "binary")))
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input",
            when = "The year is not written as 2025-26, has not started, or a parameter is not valid.",
            detail = "A collection year is written as 2025-26 (1 April 2025 to 31 March 2026), not \"2025\".")
    @GetMapping("/api/casework/returns/cin-census.xml")
    @Transactional
    ResponseEntity<byte[]> cinCensus(@Parameter(description = YEAR) @RequestParam(required = false) String year,
            @Parameter(description = PSEUDONYMISED) @RequestParam(defaultValue = "false") boolean pseudonymised,
            Authentication caller) {
        FinancialYear collection = CollectionYears.parse(year);
        List<ChildRecord> records = records(pseudonymised);
        CinCensus census = new CinCensus(collection, new CensusSource(laCode, "Caseflow", release, "001",
                LocalDateTime.now(BusinessDates.LONDON)));
        byte[] file = census.toXml(records);
        downloads.record(caller.getName(), ReturnDownloadLog.Kind.CIN_CENSUS, collection.start(), collection.end(), pseudonymised,
                census.childrenInYear(records).size());
        return download(file, XML, "cin-census-" + collection.label() + suffix(pseudonymised) + ".xml");
    }

    @Operation(summary = "The SSDA903 return for a collection year, as a zip of its CSV tables", description = """
            The children looked after return for the year, made from the case record: a zip holding `Header.csv`, \
            `Episodes.csv`, `Reviews.csv`, `UASC.csv` and `Missing.csv`, each with the DfE's column names and codes and \
            dates as dd/mm/yyyy, for every child looked after at any time in the year. For performance officers and \
            administrators; every download is recorded.""")
    @ApiResponse(responseCode = "200", description = "The tables as a zip of CSV files",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input",
            when = "The year is not written as 2025-26, has not started, or a parameter is not valid.",
            detail = "A collection year is written as 2025-26 (1 April 2025 to 31 March 2026), not \"2025\".")
    @GetMapping("/api/casework/returns/ssda903.zip")
    @Transactional
    ResponseEntity<byte[]> ssda903(@Parameter(description = YEAR) @RequestParam(required = false) String year,
            @Parameter(description = PSEUDONYMISED) @RequestParam(defaultValue = "false") boolean pseudonymised,
            Authentication caller) {
        FinancialYear collection = CollectionYears.parse(year);
        List<ChildRecord> records = records(pseudonymised);
        Ssda903Return ssda903 = new Ssda903Return(collection);
        byte[] file = zip(ssda903.tables(records));
        downloads.record(caller.getName(), ReturnDownloadLog.Kind.SSDA903, collection.start(), collection.end(), pseudonymised,
                ssda903.lookedAfterInYear(records).size());
        return download(file, ZIP, "ssda903-" + collection.label() + suffix(pseudonymised) + ".zip");
    }

    @Operation(summary = "Ofsted's Annex A lists 1 to 8 for a period, as an Excel workbook", description = """
            Lists 1 to 8 of Ofsted's ILACS Annex A (contacts, Early Help assessments, referrals, assessments, section 47 \
            enquiries and initial conferences, children in need, child protection plans, children in care), one sheet \
            each with the published column headings, for what happened, or was open, from `from` to `to` (usually the \
            six or twelve months to the day Ofsted asks). For performance officers and administrators; every download \
            is recorded.""")
    @ApiResponse(responseCode = "200", description = "The lists as an Excel workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input",
            when = "A date is missing or not a date (2026-03-31), the period ends before it starts or after today, "
                    + "or a parameter is not valid.",
            detail = "The period ends on 2025-03-31, before it starts on 2025-04-01.")
    @GetMapping("/api/casework/returns/annex-a.xlsx")
    @Transactional
    ResponseEntity<byte[]> annexA(
            @Parameter(description = "The period's first day, such as `2025-04-01`") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "The period's last day, such as `2026-03-31`; today at the latest") @RequestParam
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = PSEUDONYMISED) @RequestParam(defaultValue = "false") boolean pseudonymised,
            Authentication caller) {
        AnnexAPeriod period = period(from, to);
        List<ChildRecord> records = records(pseudonymised);
        AnnexA annexA = new AnnexA(period);
        byte[] file = annexA.toXlsx(records);
        long childrenListed = annexA.lists(records).stream().flatMap(list -> list.rows().stream()).map(row -> row.get(0))
                .distinct().count();
        downloads.record(caller.getName(), ReturnDownloadLog.Kind.ANNEX_A, from, to, pseudonymised, (int) childrenListed);
        return download(file, XLSX, "annex-a-" + from + "-to-" + to + suffix(pseudonymised) + ".xlsx");
    }

    private List<ChildRecord> records(boolean pseudonymised) {
        List<ChildRecord> records = children.all();
        return pseudonymised ? records.stream().map(Pseudonymisation::of).toList() : records;
    }

    private static AnnexAPeriod period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw CollectionYears.invalid("The period ends on " + to + ", before it starts on " + from + ".");
        }
        if (to.isAfter(LocalDate.now(BusinessDates.LONDON))) {
            throw CollectionYears.invalid("The period ends on " + to + ", which has not come yet: the lists say what had happened by then.");
        }
        if (from.getYear() < CollectionYears.FIRST) {
            throw CollectionYears.invalid("The period starts on " + from + ", before any record Caseflow holds.");
        }
        return new AnnexAPeriod(from, to);
    }

    private static byte[] zip(List<Ssda903Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Ssda903Table table : tables) {
                zip.putNextEntry(new ZipEntry(table.fileName()));
                zip.write(table.toCsv().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String suffix(boolean pseudonymised) {
        return pseudonymised ? "-pseudonymised" : "";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
