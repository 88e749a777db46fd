package org.caseflow.returns.cin;

import java.time.LocalDateTime;

/**
 * Who sends the census and from what: the Header's Source.
 *
 * @param laCode       the council's three-digit DfE local authority number (LEA)
 * @param softwareCode the software the file comes from
 * @param release      that software's release
 * @param serialNo     the file's serial number, at least three digits: 001 for the first file of the year
 * @param createdAt    when the file was made
 */
public record CensusSource(String laCode, String softwareCode, String release, String serialNo, LocalDateTime createdAt) {

    public CensusSource {
        if (laCode == null || !laCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("The LEA is the council's three-digit DfE number, not " + laCode);
        }
        if (serialNo == null || !serialNo.matches("\\d{3,}")) {
            throw new IllegalArgumentException("A serial number is three digits or more, such as 001, not " + serialNo);
        }
        if (softwareCode == null || softwareCode.isBlank() || release == null || release.isBlank() || createdAt == null) {
            throw new IllegalArgumentException("The census header names the software, its release and when the file was made");
        }
    }
}
