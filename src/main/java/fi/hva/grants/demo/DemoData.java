package fi.hva.grants.demo;

import fi.hva.grants.grant.ActivityType;
import fi.hva.grants.grant.Channel;
import fi.hva.grants.grant.TargetGroup;
import java.util.List;

/**
 * What the demo creates, as data. Dates are relative to the day the demo starts, so the open call is
 * open whenever a newcomer tries it. The people are the demo users of {@code security.DemoUsers}.
 */
final class DemoData {

    /** Liaison officer who prepares calls and checks listings by hand. */
    static final String LIAISON_OFFICER = "liisa";
    static final String BOARD_SECRETARY = "sanna";
    static final String MENTAL_HEALTH_REVIEWER = "maija";
    static final String ELDERLY_REVIEWER = "eero";

    /** How far the demo takes a call. */
    enum CallStage { IN_PREPARATION, AWAITING_APPROVAL, OPEN }

    /** A call for the grant year {@code yearsAhead} after this one. */
    record DemoCall(int yearsAhead, CallStage stage, Preparation preparation) {

        /** Nothing is filled in yet: the officer finds the region's defaults in the form. */
        static DemoCall inPreparation(int yearsAhead) {
            return new DemoCall(yearsAhead, CallStage.IN_PREPARATION, null);
        }
    }

    /** What the liaison officer wrote into the call; the name gets the grant year appended. */
    record Preparation(String name, int appropriation, int maxGrant, int opensInDays, int closesInDays) {
    }

    record DemoAssociation(String name, String businessId, String municipality, String iban,
                           String contactName, String contactEmail) {
    }

    /** Where the demo leaves an application; the applications are submitted to the open call. */
    sealed interface Progress {
    }

    /** The listing service could not decide; the liaison officer's manual check is open. */
    record AtListingCheck() implements Progress {
    }

    /** The review is open for the group the routing table chose. */
    record InReview() implements Progress {
    }

    record InfoRequested(String reviewer, String question) implements Progress {
    }

    /** Scores are given per criterion of the call, in the call's order. */
    record Scored(String reviewer, List<Integer> scores, int proposedAmount, String reasoning) implements Progress {
    }

    record DemoApplication(DemoAssociation association, String activityName, String activityDescription,
                           ActivityType activityType, TargetGroup targetGroup, String contentArea, String hyteArea,
                           int requestedAmount, Channel channel, Progress progress) {
    }

    /** A paper application is typed in a few days after the county received it. */
    static final int PAPER_RECEIVED_DAYS_AGO = 2;

    /** Opened a week ago, so the applications below have had time to arrive. */
    static final DemoCall OPEN_CALL = new DemoCall(1, CallStage.OPEN,
            new Preparation("Toiminta-avustukset", 300_000, 30_000, -7, 21));

    static final List<DemoCall> CALLS = List.of(
            OPEN_CALL,
            new DemoCall(1, CallStage.AWAITING_APPROVAL,
                    new Preparation("Toiminta-avustusten lisähaku", 50_000, 10_000, 60, 88)),
            DemoCall.inPreparation(2));

    /** Listed in the demo's Lähellä.fi (regions/kainuu-demo.yml), so their listing is checked automatically. */
    static final DemoAssociation MENTAL_HEALTH_ASSOCIATION = new DemoAssociation(
            "Kajaanin Mielenterveysyhdistys ry", "0201256-6", "Kajaani", "FI21 5740 0020 1122 35",
            "Anne Kemppainen", "anne.kemppainen@example.fi");
    static final DemoAssociation PENSIONERS = new DemoAssociation(
            "Sotkamon Eläkkeensaajat ry", "1059547-4", "Sotkamo", "FI65 1234 5630 0045 18",
            "Pentti Karppinen", "pentti.karppinen@example.fi");

    static final DemoAssociation FAMILY_ASSOCIATION = new DemoAssociation(
            "Kuhmon Perheentuki ry", "1826540-2", "Kuhmo", "FI83 8000 1512 3456 70",
            "Marja Komulainen", "marja.komulainen@example.fi");
    static final DemoAssociation VISUALLY_IMPAIRED = new DemoAssociation(
            "Kainuun Näkövammaiset ry", "2093317-4", "Kajaani", "FI95 5290 0044 1103 83",
            "Jari Huotari", "jari.huotari@example.fi");
    static final DemoAssociation SKIING_CLUB = new DemoAssociation(
            "Suomussalmen Latu ry", "0759368-9", "Suomussalmi", "FI74 1445 3000 2211 97",
            "Tuula Tervo", "tuula.tervo@example.fi");
    static final DemoAssociation CARERS = new DemoAssociation(
            "Kainuun Omaishoitajat ry", "1967432-0", "Kajaani", "FI92 5700 0080 3220 78",
            "Seppo Pulkkinen", "seppo.pulkkinen@example.fi");
    static final DemoAssociation SUBSTANCE_ABUSE_SUPPORT = new DemoAssociation(
            "Kainuun Päihdetyön Tuki ry", "2234905-1", "Kajaani", "FI44 4730 0090 0123 69",
            "Riitta Kinnunen", "riitta.kinnunen@example.fi");
    static final DemoAssociation VETERANS_SUPPORT = new DemoAssociation(
            "Hyrynsalmen Veteraanien Tuki ry", "0911672-0", "Hyrynsalmi", "FI39 1589 3500 0442 28",
            "Aulis Moilanen", "aulis.moilanen@example.fi");

    static final List<DemoApplication> APPLICATIONS = List.of(
            new DemoApplication(MENTAL_HEALTH_ASSOCIATION, "Vertaistukiryhmät mielenterveyskuntoutujille",
                    "Viikoittaiset vertaistukiryhmät ja toiminnallinen päiväpiiri Kajaanissa mielenterveyskuntoutujille; "
                            + "ryhmiä ohjaavat koulutetut vertaisohjaajat.",
                    ActivityType.PEER_SUPPORT, TargetGroup.WORKING_AGE, "MENTAL_HEALTH_SUBSTANCE_CRISIS",
                    "MENTAL_HEALTH_PROMOTION", 18_000, Channel.ELECTRONIC, new InReview()),
            new DemoApplication(PENSIONERS, "Kotona asumisen tuki ja tuolijumppa",
                    "Vapaaehtoisten kotikäynnit yksin asuville ikääntyneille ja kaatumisia ehkäisevä tuolijumppa "
                            + "Sotkamon kylillä.",
                    ActivityType.HOME_LIVING_SUPPORT, TargetGroup.ELDERLY, "EVERYDAY_FUNCTIONING",
                    "FALL_PREVENTION", 9_500, Channel.ELECTRONIC, new InReview()),
            new DemoApplication(FAMILY_ASSOCIATION, "Perhekahvilat vauvaperheille",
                    "Perhekahvila kahdesti viikossa ja vertaisryhmät vauvaperheille yhteistyössä neuvolan kanssa.",
                    ActivityType.FAMILY_SUPPORT, TargetGroup.FAMILIES, "EVERYDAY_FUNCTIONING",
                    "LONELINESS_PREVENTION", 12_000, Channel.ELECTRONIC, new InReview()),
            new DemoApplication(VISUALLY_IMPAIRED, "Digituki ja vertaisohjaus näkövammaisille",
                    "Näkövammaisten henkilökohtainen digituki sote-palvelujen sähköiseen asiointiin ja "
                            + "vertaisohjaajien koulutus.",
                    ActivityType.PATIENT_ORGANISATION, TargetGroup.DISABLED, "ILLNESS_DISABILITY",
                    "DIGITAL_SUPPORT", 15_000, Channel.ELECTRONIC, new InReview()),
            new DemoApplication(SKIING_CLUB, "Ulkoilupäivät kaikenikäisille",
                    "Ohjatut hiihto- ja ulkoilupäivät sekä latujen kunnossapito Suomussalmen kylillä.",
                    ActivityType.SPORTS, TargetGroup.ALL_AGES, "EVERYDAY_FUNCTIONING",
                    "LIFESTYLE_GUIDANCE", 6_000, Channel.ELECTRONIC, new InReview()),
            new DemoApplication(CARERS, "Omaishoitajien jaksamisryhmät",
                    "Omaishoitajien vertaisryhmät ja virkistyspäivät; hoidettavalle järjestetään hoito ryhmän ajaksi.",
                    ActivityType.PEER_SUPPORT, TargetGroup.ELDERLY, "EVERYDAY_FUNCTIONING",
                    "LONELINESS_PREVENTION", 14_000, Channel.ELECTRONIC,
                    new InfoRequested(ELDERLY_REVIEWER, "Liittäkää toimintasuunnitelma ja talousarvio avustusvuodelle "
                            + "sekä kertokaa, missä kunnissa ryhmät kokoontuvat.")),
            new DemoApplication(SUBSTANCE_ABUSE_SUPPORT, "Päiväkeskus ja vertaistuki päihdekuntoutujille",
                    "Matalan kynnyksen päiväkeskus, ateria ja vertaistukiryhmät päihdekuntoutujille Kajaanissa.",
                    ActivityType.MENTAL_HEALTH_CRISIS_WORK, TargetGroup.WORKING_AGE, "MENTAL_HEALTH_SUBSTANCE_CRISIS",
                    "SUBSTANCE_ABUSE_PREVENTION", 25_000, Channel.ELECTRONIC,
                    new Scored(MENTAL_HEALTH_REVIEWER, List.of(5, 4, 4, 3), 20_000,
                            "Toiminta täydentää päihdepalveluja ja tavoittaa kohderyhmänsä hyvin. Talousarvion "
                                    + "henkilöstökulut on perusteltu vain osittain, joten esitetään 20 000 €.")),
            new DemoApplication(VETERANS_SUPPORT, "Veteraanien ja puolisoiden kerhotoiminta",
                    "Kuukausittaiset kerhot, kuljetukset ja kotikäynnit sotaveteraaneille ja heidän puolisoilleen.",
                    ActivityType.VETERANS, TargetGroup.ELDERLY, "WAR_VETERANS",
                    "LONELINESS_PREVENTION", 4_000, Channel.PAPER, new AtListingCheck()));

    private DemoData() {
    }
}
