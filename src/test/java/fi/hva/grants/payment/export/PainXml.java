package fi.hva.grants.payment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads a written pain.001 back; paths use the prefix {@code p} for the pain.001.001.03 namespace. */
final class PainXml {

    private final Document document;
    private final XPath xpath;

    private PainXml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new PainNamespace());
    }

    static PainXml parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return new PainXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    }

    /** Throws with the schema's complaint if the file is not valid. */
    static void assertValid(byte[] xml) throws Exception {
        URL xsd = PainXml.class.getResource("/pain.001.001.03.xsd");
        assertThat(xsd).as("pain.001.001.03.xsd on the test classpath").isNotNull();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(xsd)
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    String value(String path) throws Exception {
        return xpath.evaluate(path, document);
    }

    List<String> values(String path) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    private static final class PainNamespace implements NamespaceContext {

        @Override
        public String getNamespaceURI(String prefix) {
            return "p".equals(prefix) ? Pain001Writer.NAMESPACE : XMLConstants.NULL_NS_URI;
        }

        @Override
        public String getPrefix(String namespaceUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            throw new UnsupportedOperationException();
        }
    }
}
