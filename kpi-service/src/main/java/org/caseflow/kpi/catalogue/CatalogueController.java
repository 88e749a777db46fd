package org.caseflow.kpi.catalogue;

import jakarta.validation.Valid;
import java.util.List;
import org.caseflow.kpi.audit.KpiAuditTrail;
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
    @GetMapping("/api/kpi/catalogue")
    List<MeasureDefinition> catalogue() {
        return catalogue.all();
    }

    /**
     * Replaces a measure's target, tolerance band and milestones (performance officers and administrators; the
     * security configuration says who). Audited with the settings before and after.
     */
    @PutMapping("/api/kpi/catalogue/{id}")
    MeasureDefinition change(@PathVariable String id, @Valid @RequestBody MeasureSettings settings, Authentication who) {
        return editor.change(id, settings, who.getName());
    }

    /** The latest changes to the catalogue, newest first: who, when, before and after, and the request's correlation id. */
    @GetMapping("/api/kpi/catalogue/changes")
    List<KpiAuditTrail.Entry> changes() {
        return audit.entries(KpiAuditTrail.Action.CATALOGUE_CHANGED, CHANGES_SHOWN);
    }
}
