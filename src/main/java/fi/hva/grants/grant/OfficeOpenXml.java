package fi.hva.grants.grant;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Word document or an Excel workbook (Office Open XML) as Office opens it: the package's
 * {@code [Content_Types].xml}, the one officeDocument relationship in {@code _rels/.rels}, and the main part it
 * points to, present, of the document's or the workbook's content type, with the root element of WordprocessingML
 * or SpreadsheetML. A zip that only begins with {@code [Content_Types].xml} is none of these. Macro-enabled
 * documents and templates have other content types and are refused.
 */
final class OfficeOpenXml {

    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String RELATIONSHIPS = "_rels/.rels";
    static final String INVALID = "attachment.office.invalid";

    private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final Set<String> OFFICE_DOCUMENT = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");

    private record Kind(String mainContentType, String rootName, Set<String> rootNamespaces) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            AttachmentTypes.DOCX, new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "document", Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                            "http://purl.oclc.org/ooxml/wordprocessingml/main")),
            AttachmentTypes.XLSX, new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "workbook", Set.of("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                            "http://purl.oclc.org/ooxml/spreadsheetml/main")));

    private OfficeOpenXml() {
    }

    /** DOCX or XLSX, told by the main part's content type and its root element, not by the file's name. */
    static String typeOf(ZipContainer zip) throws ContentRefused {
        byte[] contentTypes = zip.part(CONTENT_TYPES).map(ZipContainer.Part::content).orElseThrow(OfficeOpenXml::invalid);
        byte[] relationships = zip.part(RELATIONSHIPS).map(ZipContainer.Part::content).orElseThrow(OfficeOpenXml::invalid);
        String mainPart = mainPart(relationships);
        ZipContainer.Part main = zip.part(mainPart).orElseThrow(OfficeOpenXml::invalid);
        String contentType = contentType(contentTypes, mainPart);
        for (Map.Entry<String, Kind> kind : KINDS.entrySet()) {
            Kind expected = kind.getValue();
            if (expected.mainContentType().equals(contentType)) {
                QName root = main.root();
                if (root == null || !expected.rootName().equals(root.getLocalPart())
                        || !expected.rootNamespaces().contains(root.getNamespaceURI())) {
                    throw invalid();
                }
                return kind.getKey();
            }
        }
        throw new ContentRefused("attachment.type.refused");
    }

    /** The zip entry name of the package's main part, from the one officeDocument relationship of the package. */
    private static String mainPart(byte[] relationships) throws ContentRefused {
        List<String> targets = new ArrayList<>();
        for (Map<String, String> relationship : elements(relationships, RELATIONSHIPS_NS, "Relationship")) {
            if (OFFICE_DOCUMENT.contains(relationship.get("Type")) && !"External".equals(relationship.get("TargetMode"))) {
                targets.add(relationship.get("Target"));
            }
        }
        if (targets.size() != 1 || targets.get(0) == null) {
            throw invalid();
        }
        String target = targets.get(0);
        while (target.startsWith("/") || target.startsWith("./")) {
            target = target.substring(target.indexOf('/') + 1);
        }
        if (target.isEmpty() || target.contains("..")) {
            throw invalid();
        }
        return target;
    }

    /** The part's content type: its Override, else the Default of its extension. */
    private static String contentType(byte[] contentTypes, String part) throws ContentRefused {
        String partName = "/" + part.toLowerCase(Locale.ROOT);
        String extension = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        Map<String, String> overrides = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (Map<String, String> element : elements(contentTypes, CONTENT_TYPES_NS, null)) {
            if (element.containsKey("PartName")) {
                overrides.put(element.get("PartName").toLowerCase(Locale.ROOT), element.get("ContentType"));
            } else if (element.containsKey("Extension")) {
                defaults.put(element.get("Extension").toLowerCase(Locale.ROOT), element.get("ContentType"));
            }
        }
        String type = overrides.getOrDefault(partName, defaults.get(extension));
        if (type == null) {
            throw invalid();
        }
        return type;
    }

    /** The attributes of each element of the namespace (of one local name, or any below the root). */
    private static List<Map<String, String>> elements(byte[] xml, String namespace, String localName) throws ContentRefused {
        List<Map<String, String>> found = new ArrayList<>();
        try {
            XMLStreamReader reader = ZipContainer.XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        boolean wanted = namespace.equals(reader.getNamespaceURI())
                                && (localName == null ? depth == 2 : localName.equals(reader.getLocalName()));
                        if (wanted) {
                            Map<String, String> attributes = new HashMap<>();
                            for (int i = 0; i < reader.getAttributeCount(); i++) {
                                attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                            }
                            found.add(attributes);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw invalid();
        }
        return found;
    }

    private static ContentRefused invalid() {
        return new ContentRefused(INVALID);
    }
}
