package fi.hva.grants.partnership.negotiated;

import fi.hva.grants.security.Groups;
import fi.hva.grants.security.OfficerSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The draft agreement, for partnership managers and managers logged in to Tasklist, from the link in their tasks. */
@RestController
public class PartnershipDocumentController {

    private final PartnershipAgreements agreements;
    private final OfficerSession officerSession;

    public PartnershipDocumentController(PartnershipAgreements agreements, OfficerSession officerSession) {
        this.agreements = agreements;
        this.officerSession = officerSession;
    }

    @GetMapping("/partnerships/{id}/agreement-draft.pdf")
    public ResponseEntity<byte[]> draft(@PathVariable long id, HttpServletRequest request) {
        if (officerSession.memberOf(request, List.of(Groups.PARTNERSHIP_MANAGERS, Groups.MANAGERS)).isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return Optional.ofNullable(agreements.draftPdfOrNull(id))
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", ContentDisposition.inline().filename("kumppanuussopimus-luonnos-" + id + ".pdf")
                                .build().toString())
                        .body(pdf))
                .orElse(ResponseEntity.notFound().build());
    }
}
