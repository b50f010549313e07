package fi.hva.grants.decision;

import fi.hva.grants.security.OfficerSession;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Opens a stored decision letter from the link in an officer's task form. */
@RestController
public class DecisionLetterController {

    private final DecisionLetterRepository letters;
    private final OfficerSession officerSession;

    public DecisionLetterController(DecisionLetterRepository letters, OfficerSession officerSession) {
        this.letters = letters;
        this.officerSession = officerSession;
    }

    @GetMapping("/letters/{id}")
    public ResponseEntity<byte[]> letter(@PathVariable long id, HttpServletRequest request) {
        if (officerSession.officer(request).isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return letters.findById(id)
                .map(letter -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", ContentDisposition.inline().filename(letter.getFileName()).build().toString())
                        .body(letter.getContent()))
                .orElse(ResponseEntity.notFound().build());
    }
}
