package fi.hva.grants.followup;

import fi.hva.grants.grant.LatestStages;
import fi.hva.grants.premises.PremisesCosts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The yearly figures the board follows, for one year or one call. Amounts in euros. */
public record FollowUpReport(
        int year,
        String callCode,
        Outcomes outcomes,
        List<Breakdown> byGrantForm,
        List<Breakdown> byContentArea,
        List<Breakdown> byHyteArea,
        List<Municipality> perMunicipality,
        Municipality regionTotal,
        Durations submissionToDecision,
        Durations decisionToPayment,
        String populationSource,
        LocalDate populationDate,
        List<ApplicationStages> decisionStages,
        PremisesCosts premises) {

    /** Applications received and how they were decided; undecided ones are still in process. */
    public record Outcomes(long received, long granted, long declined, long notExamined, long undecided,
                           BigDecimal requested, BigDecimal grantedSum) {
    }

    /** One grant form, content area or HYTE area. */
    public record Breakdown(String code, String label, long applications, long granted, BigDecimal requested,
                            BigDecimal grantedSum) {
    }

    /** Granted euros by the association's home municipality; residents is null when not in the table. */
    public record Municipality(String name, Long residents, long grants, BigDecimal grantedSum,
                               BigDecimal eurosPerResident) {
    }

    /** One application's decision as it was taken step by step; a step not taken is null in the stages. */
    public record ApplicationStages(String applicationNumber, String associationName, BigDecimal requested,
                                    LatestStages stages) {
    }

    /** Whole days between two steps over the applications that have passed both. */
    public record Durations(int count, BigDecimal average, BigDecimal median, Long shortest, Long longest) {
    }
}
