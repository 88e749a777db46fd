package org.caseflow.casework.fostering;

import java.time.LocalDate;
import java.util.List;

/** The register of foster carer households, each as it stands on {@code asOf} (today in London), by carer id. */
record CarerRegister(LocalDate asOf, List<FosterCarer> carers) {
}
