package fi.hva.grants.call;

import fi.hva.grants.process.IndexedFields;
import java.util.List;
import java.util.stream.Stream;

/** Field keys of the call forms in forms/ (call-start, call-preparation, call-approval). */
public final class CallFormFields {

    public static final String GRANT_FORM = "grantForm";
    public static final String GRANT_YEAR = "grantYear";

    public static final String NAME = "callName";
    public static final String APPROPRIATION = "appropriation";
    public static final String MAX_GRANT = "maxGrant";
    public static final String OPENS_AT = "opensAt";
    public static final String CLOSES_AT = "closesAt";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String INSTALMENTS = "instalments";
    public static final String CONTENT_AREAS = "contentAreas";
    public static final String HYTE_AREAS = "hyteAreas";
    /** Up to eight criteria, as numbered name and weight fields. */
    public static final IndexedFields CRITERIA = new IndexedFields("criterion", List.of("Name", "Weight"), 8);
    public static final String CONTENT_AREA_OPTIONS = "contentAreaOptions";
    public static final String HYTE_AREA_OPTIONS = "hyteAreaOptions";

    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_REFERENCE = "approvalReference";
    public static final String APPROVAL_NOTES = "approvalNotes";

    /** What "Valmistele avustushaku" submits. */
    public static final List<String> PREPARATION = Stream.concat(Stream.of(NAME, APPROPRIATION, MAX_GRANT, OPENS_AT,
            CLOSES_AT, REPORT_DEADLINE, INSTALMENTS, CONTENT_AREAS, HYTE_AREAS), CRITERIA.names().stream()).toList();
    /** What "Kirjaa haun hyväksyntä" submits. */
    public static final List<String> APPROVAL = List.of(APPROVAL_DECISION, APPROVAL_REFERENCE, APPROVAL_NOTES);

    private CallFormFields() {
    }
}
