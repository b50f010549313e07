package fi.hva.grants.partnership;

import fi.hva.grants.security.CaseAccess;
import fi.hva.grants.security.CaseRef;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draft agreement, from the link in the tasks of the partnership, for whom the engine lets read the
 * partnership's case ({@link CaseAccess}): the groups whose task it is, and managers.
 */
@RestController
class PartnershipDocumentController {

    private final PartnershipAgreements agreements;
    private final CaseAccess caseAccess;

    PartnershipDocumentController(PartnershipAgreements agreements, CaseAccess caseAccess) {
        this.agreements = agreements;
        this.caseAccess = caseAccess;
    }

    @GetMapping("/partnerships/{id}/agreement-draft.pdf")
    public ResponseEntity<byte[]> draft(@PathVariable long id, HttpServletRequest request) {
        Optional<CaseAccess.Reader> reader = caseAccess.reader(request);
        if (reader.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return agreements.draft(id)
                .filter(draft -> caseAccess.mayRead(reader.get(), CaseRef.businessKey(draft.partnershipNumber())))
                .map(draft -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", ContentDisposition.inline().filename("kumppanuussopimus-luonnos-" + id + ".pdf")
                                .build().toString())
                        .body(draft.pdf()))
                .orElse(ResponseEntity.notFound().build());
    }
}
