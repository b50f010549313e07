package fi.hva.grants.payment;

import fi.hva.grants.security.Groups;
import fi.hva.grants.security.OfficerSession;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The files of a payment batch, for finance logged in to Tasklist, from the links in "Vahvista maksuerä". */
@RestController
public class PaymentBatchFileController {

    private final PaymentBatchRepository batches;
    private final OfficerSession officerSession;

    public PaymentBatchFileController(PaymentBatchRepository batches, OfficerSession officerSession) {
        this.batches = batches;
        this.officerSession = officerSession;
    }

    @GetMapping("/payment-batches/{id}/pain001.xml")
    public ResponseEntity<byte[]> sepa(@PathVariable long id, HttpServletRequest request) {
        return file(id, request, PaymentBatch::getSepaFile, MediaType.APPLICATION_XML, "maksuera-%d-pain001.xml");
    }

    @GetMapping("/payment-batches/{id}/payments.csv")
    public ResponseEntity<byte[]> csv(@PathVariable long id, HttpServletRequest request) {
        return file(id, request, PaymentBatch::getCsvFile, MediaType.parseMediaType("text/csv;charset=UTF-8"), "maksuera-%d.csv");
    }

    private ResponseEntity<byte[]> file(long id, HttpServletRequest request, Function<PaymentBatch, byte[]> content,
                                        MediaType type, String fileName) {
        if (officerSession.memberOf(request, List.of(Groups.FINANCE)).isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return batches.findById(id).filter(batch -> content.apply(batch) != null)
                .map(batch -> ResponseEntity.ok().contentType(type)
                        .header("Content-Disposition", ContentDisposition.attachment().filename(fileName.formatted(id)).build().toString())
                        .body(content.apply(batch)))
                .orElse(ResponseEntity.notFound().build());
    }
}
