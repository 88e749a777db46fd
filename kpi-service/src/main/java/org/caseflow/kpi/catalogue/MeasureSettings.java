package org.caseflow.kpi.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a performance officer may change of a measure: its target, its tolerance band and its milestones, the local
 * choices a council revisits each year. Not its definition, unit or which way is good, which change what is counted
 * and are made with a release ({@code PUT /api/kpi/catalogue/{id}}). The whole of it is replaced: a value left out is
 * cleared. {@link CatalogueEditor} checks that the values make sense together.
 *
 * @param reason why, for the audit trail (optional)
 */
public record MeasureSettings(
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal target,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal toleranceLower,
        @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal toleranceUpper,
        @Size(max = 24) List<@NotNull @Valid Milestone> milestones,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 500) String reason) {

    public MeasureSettings {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The target for a later month: the report's "Sept-23" and "Mar-24" columns. */
    public record Milestone(@NotNull YearMonth month, @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal target) {
    }

    /** The settings of {@code measure} as they stand, for the audit trail's "before" and "after". */
    static MeasureSettings of(MeasureDefinition measure) {
        return new MeasureSettings(measure.target(), measure.toleranceLower(), measure.toleranceUpper(),
                measure.milestones().stream().map(milestone -> new Milestone(milestone.month(), milestone.target())).toList(), null);
    }
}
