package fi.hva.grants.payment;

import fi.hva.grants.process.ProcessKeys;
import fi.hva.grants.process.Variables;
import fi.hva.grants.security.CaseAccess;
import fi.hva.grants.security.CaseRef;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files of a payment batch, from the links in "Vahvista maksuerä", for whom the engine lets read the batch's
 * process ({@link CaseAccess}): finance while the confirmation is their task, and managers.
 */
@RestController
class PaymentBatchFileController {

    private final PaymentBatchRepository batches;
    private final CaseAccess caseAccess;

    PaymentBatchFileController(PaymentBatchRepository batches, CaseAccess caseAccess) {
        this.batches = batches;
        this.caseAccess = caseAccess;
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
        Optional<CaseAccess.Reader> reader = caseAccess.reader(request);
        if (reader.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return batches.findById(id).filter(batch -> content.apply(batch) != null)
                .filter(batch -> caseAccess.mayRead(reader.get(),
                        CaseRef.processVariable(ProcessKeys.PAYMENT_BATCH_PROCESS, Variables.BATCH_ID, batch.getId())))
                .map(batch -> ResponseEntity.ok().contentType(type)
                        .header("Content-Disposition", ContentDisposition.attachment().filename(fileName.formatted(id)).build().toString())
                        .body(content.apply(batch)))
                .orElse(ResponseEntity.notFound().build());
    }
}
