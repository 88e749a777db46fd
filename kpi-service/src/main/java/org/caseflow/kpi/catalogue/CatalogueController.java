package org.caseflow.kpi.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.caseflow.kpi.audit.KpiAuditTrail;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogueController {

    /** The most recent changes a reader is shown. */
    private static final int CHANGES_SHOWN = 200;

    private final MeasureCatalogue catalogue;
    private final CatalogueEditor editor;
    private final KpiAuditTrail audit;

    CatalogueController(MeasureCatalogue catalogue, CatalogueEditor editor, KpiAuditTrail audit) {
        this.catalogue = catalogue;
        this.editor = editor;
        this.audit = audit;
    }

    /** Every measure of the report with its definition, target and tolerance. */
    @Operation(summary = "The KPI catalogue", description = """
            Every measure of the monthly improvement-plan report, in the report's order: its priority (A to D), \
            unit, which way is good, definition, target, tolerance band and milestones, and whether it is rated \
            against its target or its milestones. For everyone signed in.""")
    @GetMapping("/api/kpi/catalogue")
    List<MeasureDefinition> catalogue() {
        return catalogue.all();
    }

    /**
     * Replaces a measure's target, tolerance band and milestones (performance officers and administrators; the
     * security configuration says who). Audited with the settings before and after.
     */
    @Operation(summary = "Change a measure's target, tolerance and milestones", description = """
            Replaces the measure's target, tolerance band and milestones, the choices a council revisits each year: \
            a value left out is cleared. Not its definition, unit or which way is good, which change with a release. \
            The settings must fit the measure (a tolerance on the side that is worse, a percentage at most 100…). \
            Written to the catalogue's audit trail with the settings before and after, and the reason. For \
            performance officers and administrators. Answers the measure as it now is.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only performance officers and administrators change the catalogue.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, type = "measure-not-found", when = "The catalogue has no measure with this id.",
            detail = "The catalogue has no measure no-such-measure.")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-settings",
            when = "The settings do not fit the measure (each reason is in `errors`), or the body is not valid. Nothing was changed.",
            detail = "These settings do not fit the measure referrals; nothing was changed: Lower is better for this measure: its"
                    + " tolerance is an upper limit (toleranceUpper), not a lower one.")
    @PutMapping("/api/kpi/catalogue/{id}")
    MeasureDefinition change(@PathVariable String id, @Valid @RequestBody MeasureSettings settings, Authentication who) {
        return editor.change(id, settings, who.getName());
    }

    /** The latest changes to the catalogue, newest first: who, when, before and after, and the request's correlation id. */
    @Operation(summary = "Who changed the catalogue", description = """
            The latest 200 changes to targets, tolerances and milestones, newest first: who, when, the settings \
            before and after (as JSON), the reason given and the request's correlation id. For performance officers \
            and administrators.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only performance officers and administrators read the catalogue's changes.")
    @GetMapping("/api/kpi/catalogue/changes")
    List<KpiAuditTrail.Entry> changes() {
        return audit.entries(KpiAuditTrail.Action.CATALOGUE_CHANGED, CHANGES_SHOWN);
    }
}
