package fi.hva.grants.applicant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applicant/partnerships")
@Tag(name = "Kumppanuudet", description = "Kumppanuussopimukset sekä niiden vuosi- ja loppuraportit")
class ApplicantPartnershipController {

    private final ApplicantPartnerships partnerships;

    ApplicantPartnershipController(ApplicantPartnerships partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping
    @Operation(summary = "Yhdistyksen kumppanuussopimukset ja raportit, joita ne nyt odottavat")
    public List<PartnershipView> list(Applicant applicant) {
        return partnerships.list(applicant);
    }

    @PostMapping("/{number}/reports")
    @Operation(summary = "Lähetä kumppanuussopimuksen vuosiraportti tai loppuraportti",
            description = "year: sopimusvuosi, jonka vuosiraportti lähetetään; ilman sitä loppuraportti. "
                    + "Sopimuksen pitää odottaa juuri tätä raporttia (awaitedReports).")
    public PartnershipView report(Applicant applicant, @PathVariable String number,
                                  @RequestBody ApplicantRequests.PartnershipReport body) {
        partnerships.report(applicant, number, body.year(), body.content());
        return partnerships.read(applicant, number);
    }
}
