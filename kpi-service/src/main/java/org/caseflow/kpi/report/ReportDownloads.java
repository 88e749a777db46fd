package org.caseflow.kpi.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.caseflow.kpi.measures.MeasureSeries;
import org.caseflow.kpi.measures.ReportableMonths;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The month's report table to download, as CSV ({@code /api/kpi/report.csv}) or an Excel workbook
 * ({@code /api/kpi/report.xlsx}), with the same {@code month} and {@code projection} parameters as
 * {@code /api/kpi/measures}. Aggregates only, like the measures: everyone signed in may download them.
 */
@RestController
class ReportDownloads {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Excel reads a CSV file as UTF-8 (the × and ÷ of the projection's description) only when it starts with this. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final MeasureSeries series;
    private final ReportableMonths months;

    ReportDownloads(MeasureSeries series, ReportableMonths months) {
        this.series = series;
        this.months = months;
    }

    @Operation(summary = "The month's report as CSV", description = """
            The report table of the improvement-plan report for `month`, to download: first the month, reporting \
            date, financial year, population and projection method used, then a row per measure with the last three \
            months, the latest, numerator, denominator, RAG, target, tolerance, direction of travel, milestones and \
            definition. UTF-8 with a byte order mark, so that Excel reads it as such. Aggregates only: for everyone \
            signed in.""")
    @ApiResponse(responseCode = "200", description = "The report as a CSV file", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-month",
            when = "The month has not started yet, or is before the first Caseflow reports; or a parameter is not valid.",
            detail = "2031-01 has not started yet.")
    @GetMapping("/api/kpi/report.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "MONTHS") YearProjection.Method projection) {
        ReportTable table = table(month, projection);
        byte[] body = (BYTE_ORDER_MARK + CsvReport.write(table)).getBytes(StandardCharsets.UTF_8);
        return download(body, CSV, fileName(table, "csv"));
    }

    @Operation(summary = "The month's report as an Excel workbook", description = """
            The same table as the CSV, as an Excel workbook (XLSX), with the month, definitions and population used. \
            Aggregates only: for everyone signed in.""")
    @ApiResponse(responseCode = "200", description = "The report as an Excel workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-month",
            when = "The month has not started yet, or is before the first Caseflow reports; or a parameter is not valid.",
            detail = "2031-01 has not started yet.")
    @GetMapping("/api/kpi/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "MONTHS") YearProjection.Method projection) {
        ReportTable table = table(month, projection);
        return download(XlsxReport.write(table), XLSX, fileName(table, "xlsx"));
    }

    private ReportTable table(YearMonth month, YearProjection.Method projection) {
        YearMonth checked = months.check(month);
        return ReportTable.of(series.withHistory(checked, ReportTable.MONTHS_SHOWN, months.today(), projection));
    }

    private static String fileName(ReportTable table, String extension) {
        return "caseflow-kpi-report-" + table.about().get(1).get(1) + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
