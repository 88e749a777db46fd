package org.caseflow.kpi.catalogue;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogueController {

    private final MeasureCatalogue catalogue;

    CatalogueController(MeasureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every measure of the report with its definition, target and tolerance. */
    @GetMapping("/api/kpi/catalogue")
    List<MeasureDefinition> catalogue() {
        return catalogue.all();
    }
}
