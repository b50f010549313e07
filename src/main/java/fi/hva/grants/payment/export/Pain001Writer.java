package fi.hva.grants.payment.export;

import static fi.hva.grants.payment.export.PaymentFields.NAME_MAX;
import static fi.hva.grants.payment.export.PaymentFields.REMITTANCE_MAX;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/**
 * Writes a payment batch as a SEPA credit transfer initiation (ISO 20022 pain.001.001.03), the file
 * Finnish banks take in for outgoing payments. Finnish banks accept UTF-8 with ä, ö and å, so names
 * and messages keep them.
 */
@Component
public class Pain001Writer {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private record Transfer(String endToEndId, String creditorName, String creditorIban, BigDecimal amount,
            String remittanceInformation) {
    }

    public byte[] write(String messageId, LocalDateTime createdAt, LocalDate executionDate, Debtor debtor,
            List<PaymentInstruction> payments) {
        String checkedMessageId = PaymentFields.identifier(messageId, "Message id");
        if (createdAt == null || executionDate == null) {
            throw new IllegalArgumentException("A payment file needs its creation time and execution date");
        }
        Debtor payer = checked(debtor);
        List<Transfer> transfers = checked(payments);
        BigDecimal total = transfers.stream().map(Transfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // The JDK's own implementation, so that a StAX library elsewhere on the classpath cannot change the output.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Document");
            xml.writeDefaultNamespace(NAMESPACE);
            start(xml, "CstmrCdtTrfInitn");
            writeGroupHeader(xml, checkedMessageId, createdAt, payer, transfers.size(), total);
            writePaymentInformation(xml, checkedMessageId, executionDate, payer, transfers, total);
            xml.writeEndDocument();
            xml.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the payment file " + checkedMessageId, e);
        }
    }

    private static Debtor checked(Debtor debtor) {
        if (debtor == null) {
            throw new IllegalArgumentException("The payer (grants.payment.debtor-*) is missing");
        }
        return new Debtor(
                PaymentFields.text(debtor.name(), NAME_MAX, "Payer name (grants.payment.debtor-name)"),
                PaymentFields.iban(debtor.iban(), "Payer IBAN (grants.payment.debtor-iban)"),
                PaymentFields.bic(debtor.bic(), "Payer BIC (grants.payment.debtor-bic)"),
                PaymentFields.text(debtor.businessId(), PaymentFields.IDENTIFIER_MAX,
                        "Payer business id (grants.payment.debtor-business-id)"));
    }

    private static List<Transfer> checked(List<PaymentInstruction> payments) {
        if (payments == null || payments.isEmpty()) {
            throw new IllegalArgumentException("A payment file needs at least one payment");
        }
        List<Transfer> transfers = new ArrayList<>(payments.size());
        for (int i = 0; i < payments.size(); i++) {
            PaymentInstruction payment = payments.get(i);
            if (payment == null) {
                throw new IllegalArgumentException("Payment " + (i + 1) + " is missing");
            }
            String which = "Payment " + (i + 1)
                    + (payment.endToEndId() == null ? "" : " (" + payment.endToEndId() + ")") + ": ";
            transfers.add(new Transfer(
                    PaymentFields.identifier(payment.endToEndId(), which + "end-to-end id"),
                    PaymentFields.text(payment.creditorName(), NAME_MAX, which + "creditor name"),
                    PaymentFields.iban(payment.creditorIban(), which + "creditor IBAN"),
                    PaymentFields.amount(payment.amount(), which + "amount"),
                    PaymentFields.text(payment.remittanceInformation(), REMITTANCE_MAX, which + "message")));
        }
        return transfers;
    }

    private static void writeGroupHeader(XMLStreamWriter xml, String messageId, LocalDateTime createdAt,
            Debtor payer, int count, BigDecimal total) throws XMLStreamException {
        start(xml, "GrpHdr");
        element(xml, "MsgId", messageId);
        element(xml, "CreDtTm", CREATED_AT.format(createdAt));
        element(xml, "NbOfTxs", Integer.toString(count));
        element(xml, "CtrlSum", total.toPlainString());
        start(xml, "InitgPty");
        element(xml, "Nm", payer.name());
        start(xml, "Id");
        start(xml, "OrgId");
        start(xml, "Othr");
        element(xml, "Id", payer.businessId());
        end(xml, 5);
    }

    private static void writePaymentInformation(XMLStreamWriter xml, String messageId, LocalDate executionDate,
            Debtor payer, List<Transfer> transfers, BigDecimal total) throws XMLStreamException {
        start(xml, "PmtInf");
        element(xml, "PmtInfId", messageId);
        element(xml, "PmtMtd", "TRF");
        element(xml, "BtchBookg", "true");
        element(xml, "NbOfTxs", Integer.toString(transfers.size()));
        element(xml, "CtrlSum", total.toPlainString());
        start(xml, "PmtTpInf");
        start(xml, "SvcLvl");
        element(xml, "Cd", "SEPA");
        end(xml, 2);
        element(xml, "ReqdExctnDt", executionDate.toString());
        start(xml, "Dbtr");
        element(xml, "Nm", payer.name());
        end(xml, 1);
        writeAccount(xml, "DbtrAcct", payer.iban());
        start(xml, "DbtrAgt");
        start(xml, "FinInstnId");
        element(xml, "BIC", payer.bic());
        end(xml, 2);
        element(xml, "ChrgBr", "SLEV");
        for (Transfer transfer : transfers) {
            writeTransfer(xml, transfer);
        }
        end(xml, 1);
    }

    private static void writeTransfer(XMLStreamWriter xml, Transfer transfer) throws XMLStreamException {
        start(xml, "CdtTrfTxInf");
        start(xml, "PmtId");
        element(xml, "EndToEndId", transfer.endToEndId());
        end(xml, 1);
        start(xml, "Amt");
        start(xml, "InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(transfer.amount().toPlainString());
        end(xml, 2);
        start(xml, "Cdtr");
        element(xml, "Nm", transfer.creditorName());
        end(xml, 1);
        writeAccount(xml, "CdtrAcct", transfer.creditorIban());
        start(xml, "RmtInf");
        element(xml, "Ustrd", transfer.remittanceInformation());
        end(xml, 2);
    }

    private static void writeAccount(XMLStreamWriter xml, String name, String iban) throws XMLStreamException {
        start(xml, name);
        start(xml, "Id");
        element(xml, "IBAN", iban);
        end(xml, 2);
    }

    private static void start(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        start(xml, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void end(XMLStreamWriter xml, int levels) throws XMLStreamException {
        for (int i = 0; i < levels; i++) {
            xml.writeEndElement();
        }
    }
}
