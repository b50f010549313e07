package fi.hva.grants.decision;

import fi.hva.grants.grant.Applications;
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
 * Opens a stored letter (a decision, a rectification decision, a recovery decision) from the link in an
 * officer's task form, while the engine lets the officer read the application's case ({@link CaseAccess}).
 */
@RestController
class DecisionLetterController {

    private final DecisionLetterRepository letters;
    private final Applications applications;
    private final CaseAccess caseAccess;

    DecisionLetterController(DecisionLetterRepository letters, Applications applications,
                                    CaseAccess caseAccess) {
        this.letters = letters;
        this.applications = applications;
        this.caseAccess = caseAccess;
    }

    @GetMapping("/letters/{id}")
    public ResponseEntity<byte[]> letter(@PathVariable long id, HttpServletRequest request) {
        Optional<CaseAccess.Reader> reader = caseAccess.reader(request);
        if (reader.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return letters.findById(id)
                .filter(letter -> applications.find(letter.getApplicationId())
                        .filter(application -> caseAccess.mayRead(reader.get(), CaseRef.businessKey(application.getApplicationNumber())))
                        .isPresent())
                .map(letter -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", ContentDisposition.inline().filename(letter.getFileName()).build().toString())
                        .body(letter.getContent()))
                .orElse(ResponseEntity.notFound().build());
    }
}
