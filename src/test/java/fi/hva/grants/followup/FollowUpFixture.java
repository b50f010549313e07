package fi.hva.grants.followup;

import fi.hva.grants.association.Association;
import fi.hva.grants.association.AssociationRepository;
import fi.hva.grants.call.CallDetails;
import fi.hva.grants.call.GrantCall;
import fi.hva.grants.call.GrantCallRepository;
import fi.hva.grants.common.GrantType;
import fi.hva.grants.common.Now;
import fi.hva.grants.grant.ApplicationDetails;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.GrantApplication;
import fi.hva.grants.grant.GrantApplicationRepository;
import fi.hva.grants.payment.Payment;
import fi.hva.grants.payment.PayoutCase;
import fi.hva.grants.payment.PaymentRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A known year of applications (2019, which no other test uses), stored through the repositories:
 * the report reads our tables, so the processes that fill them are not the point here.
 *
 * <pre>
 * call        no  home        content area / HYTE area                       requested decided  outcome        submitted  board     first paid
 * TA-2019-FU  1   Kajaani     MENTAL_HEALTH_SUBSTANCE_CRISIS / MENTAL_HEALTH  10000     8000     PARTLY_GRANTED 14.1.      15.3.     14.4. (+ 1.10.)
 * TA-2019-FU  2   Sotkamo     EVERYDAY_FUNCTIONING / LONELINESS_PREVENTION     5000     5000     GRANTED        31.1.      15.3.     14.5.
 * TA-2019-FU  3   Kajaani     EVERYDAY_FUNCTIONING / MENTAL_HEALTH_PROMOTION   4000        0     DECLINED       15.1.      15.3.
 * TA-2019-FU  4   Kuhmo       SAFETY_PREPAREDNESS / DIGITAL_SUPPORT            3000    (late)  NOT_EXAMINED    5.2.      15.3.
 * TE-2019-FU  5   Hyrynsalmi  WAR_VETERANS / FALL_PREVENTION                   2100     2100     GRANTED        11.4.      10.6.
 * TE-2019-FU  6   Kajaani     CULTURAL_WELLBEING / PARTICIPATION               1000        –     (undecided)    12.4.
 *
 * partnership  association                        yearly maximum  2019
 * KU-2019-FU1  9000001-1 (Kajaani)                30000           confirmed 25000 (2018 also confirmed, 20000)
 * KU-2019-FU2  9000007-7 (not a known association) 10000           lapsed
 * KU-2019-FU3  9000005-5 (Hyrynsalmi)              5000           awaiting the budget
 * KU-2019-FU4  9000002-2 (Sotkamo)                 8000           cancelled with the agreement
 * </pre>
 */
@TestComponent
public class FollowUpFixture {

    public static final int YEAR = 2019;
    public static final String OPERATING_CALL = "TA-2019-FU";
    public static final String THEME_CALL = "TE-2019-FU";

    private final GrantCallRepository calls;
    private final AssociationRepository associations;
    private final GrantApplicationRepository applications;
    private final PaymentRepository payments;
    private final JdbcTemplate jdbc;

    public FollowUpFixture(GrantCallRepository calls, AssociationRepository associations,
                           GrantApplicationRepository applications, PaymentRepository payments, JdbcTemplate jdbc) {
        this.calls = calls;
        this.associations = associations;
        this.applications = applications;
        this.payments = payments;
        this.jdbc = jdbc;
    }

    /** Stores the year once per Spring context; the tests only read it. */
    public synchronized void ensureStored() {
        if (calls.existsByCode(OPERATING_CALL)) {
            return;
        }
        GrantCall operating = call(OPERATING_CALL, GrantType.OPERATING, LocalDate.of(2019, 2, 1), LocalDate.of(2019, 3, 15));
        GrantCall theme = call(THEME_CALL, GrantType.THEME, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 6, 10));

        GrantApplication first = application(1, operating, "9000001-1", "Kajaani", "MENTAL_HEALTH_SUBSTANCE_CRISIS",
                "MENTAL_HEALTH_PROMOTION", 10000, LocalDate.of(2019, 1, 14), 8000);
        GrantApplication second = application(2, operating, "9000002-2", "Sotkamo", "EVERYDAY_FUNCTIONING",
                "LONELINESS_PREVENTION", 5000, LocalDate.of(2019, 1, 31), 5000);
        application(3, operating, "9000003-3", "Kajaani", "EVERYDAY_FUNCTIONING", "MENTAL_HEALTH_PROMOTION",
                4000, LocalDate.of(2019, 1, 15), 0);
        application(4, operating, "9000004-4", "Kuhmo", "SAFETY_PREPAREDNESS", "DIGITAL_SUPPORT",
                3000, LocalDate.of(2019, 2, 5), 3000);
        application(5, theme, "9000005-5", "Hyrynsalmi", "WAR_VETERANS", "FALL_PREVENTION",
                2100, LocalDate.of(2019, 4, 11), 2100);
        application(6, theme, "9000006-6", "Kajaani", "CULTURAL_WELLBEING", "PARTICIPATION",
                1000, LocalDate.of(2019, 4, 12), null);

        paid(first, 1, 2, "4000", LocalDate.of(2019, 10, 1));
        paid(first, 0, 2, "4000", LocalDate.of(2019, 4, 14));
        paid(second, 0, 1, "5000", LocalDate.of(2019, 5, 14));

        long kajaani = partnership(1, "9000001-1", 30000);
        partnershipYear(kajaani, 2018, "COMPLETED", 20000);
        partnershipYear(kajaani, 2019, "CONFIRMED", 25000);
        partnershipYear(partnership(2, "9000007-7", 10000), 2019, "LAPSED", null);
        partnershipYear(partnership(3, "9000005-5", 5000), 2019, "AWAITING_BUDGET", null);
        partnershipYear(partnership(4, "9000002-2", 8000), 2019, "CANCELLED", null);
    }

    /** Partnerships are stored as rows: their entities open only to the negotiation that creates them. */
    private long partnership(int number, String businessId, int yearlyMaximum) {
        jdbc.update("""
                insert into partnership (partnership_number, status, initiated_by, association_name, business_id, contact_email,
                    iban, project_name, project_description, external_funder, first_year, last_year, yearly_maximum,
                    received_on, created_at)
                values (?, 'COMPLETED', 'ASSOCIATION', ?, ?, 'kumppani@example.fi', 'FI21 1234 5600 0007 85', 'Hanke',
                    'Kuvaus', 'STEA', 2018, 2020, ?, date '2017-10-01', current_timestamp)""",
                "KU-2019-FU" + number, "Kumppani " + number + " ry", businessId, yearlyMaximum);
        return jdbc.queryForObject("select id from partnership where partnership_number = ?", Long.class, "KU-2019-FU" + number);
    }

    private void partnershipYear(long partnershipId, int year, String status, Integer confirmed) {
        jdbc.update("insert into partnership_year (partnership_id, agreement_year, status, confirmed_amount) values (?, ?, ?, ?)",
                partnershipId, year, status, confirmed);
    }

    private GrantCall call(String code, GrantType form, LocalDate closes, LocalDate boardDecidedOn) {
        GrantCall call = new GrantCall(code, form, YEAR);
        call.describe(new CallDetails("Seurannan testihaku " + code, new BigDecimal("100000"), new BigDecimal("20000"),
                noon(closes.minusDays(30)), closes.atTime(16, 0).atZone(Now.HELSINKI).toInstant(), LocalDate.of(2020, 3, 31),
                1, List.of(), List.of(), List.of()));
        call.recordBoardDecision("Aluehallitus § 5", boardDecidedOn);
        return calls.save(call);
    }

    private GrantApplication application(int number, GrantCall call, String businessId, String municipality,
                                         String contentArea, String hyteArea, int requested, LocalDate submitted,
                                         Integer decided) {
        Association association = associations.save(new Association(businessId, "Yhdistys " + number + " ry", municipality,
                "yhdistys" + number + "@example.fi", "FI2112345600000785"));
        ApplicationDetails form = new ApplicationDetails(call.getCode(), businessId, association.getName(), municipality,
                "Aino Virtanen", "aino@example.fi", null, "FI21 1234 5600 0007 85", "Toiminta " + number,
                "Kuvaus", "PEER_SUPPORT", "WORKING_AGE", contentArea, hyteArea, BigDecimal.valueOf(requested),
                false, false, true, null, submitted, false);
        GrantApplication application = new GrantApplication(call.getCode().substring(0, 2) + "-2019-FU" + number, call,
                association, form, Channel.ELECTRONIC, noon(submitted));
        if (decided != null) {
            application.decide(BigDecimal.valueOf(decided), "Perustelu");
        }
        return applications.save(application);
    }

    private void paid(GrantApplication application, int instalment, int count, String amount, LocalDate on) {
        Payment payment = new Payment(PayoutCase.ofApplication(application.getApplicationNumber(),
                application.getAssociation().getName(), "FI21 1234 5600 0007 85", application.getId()),
                instalment + 1, count, new BigDecimal(amount), on);
        payment.paid(on);
        payments.save(payment);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Now.HELSINKI).toInstant();
    }
}
