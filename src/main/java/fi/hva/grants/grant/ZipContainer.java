package fi.hva.grants.grant;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The parts of a zip container (DOCX, XLSX, ODT), read entry by entry with Apache Commons Compress (the JDK's
 * reader of Java 17 refuses the zip64 data descriptors that some writers, fastexcel for one, use). The number of
 * entries and the bytes unpacked are capped, counted from what really inflates rather than from what the headers
 * claim, so a zip bomb stops at the cap. Every XML part is parsed to its end (no DTDs, no external entities), and
 * its root element is kept; the parts asked for are also kept whole.
 */
final class ZipContainer {

    /** One entry: its name, whether it was stored uncompressed, the root element of an XML part, the kept content. */
    record Part(String name, boolean stored, QName root, byte[] content) {
    }

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
    private static final int MAX_KEPT_PART = 1024 * 1024;
    /** Safe for untrusted input: no DTDs, no external entities. */
    static final XMLInputFactory XML = xmlFactory();

    private final Map<String, Part> parts = new LinkedHashMap<>();

    private ZipContainer() {
    }

    /**
     * @param keep the names of the parts whose content the caller reads
     * @param invalid the message for a container that is not what it claims to be
     */
    static ZipContainer read(byte[] zip, Set<String> keep, long maxUnpacked, int maxEntries, String invalid) throws ContentRefused {
        if (zip.length < LOCAL_HEADER.length || !Arrays.equals(zip, 0, LOCAL_HEADER.length, LOCAL_HEADER, 0, LOCAL_HEADER.length)) {
            throw new ContentRefused(invalid);
        }
        ZipContainer container = new ZipContainer();
        Set<String> kept = keep.stream().map(ZipContainer::key).collect(Collectors.toSet());
        Counter unpacked = new Counter(maxUnpacked);
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8.name(), true)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (container.parts.size() == maxEntries) {
                    throw new ContentRefused("attachment.archive.tooManyEntries", maxEntries);
                }
                String key = key(entry.getName());
                if (container.parts.containsKey(key) || !in.canReadEntryData(entry)) {
                    throw new ContentRefused(invalid);
                }
                container.parts.put(key, readPart(entry, new CountingStream(in, unpacked), kept.contains(key)));
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // The zip and XML readers report some malformed input unchecked.
            if (unpacked.exceeded) {
                throw new ContentRefused("attachment.archive.tooLarge", maxUnpacked / (1024 * 1024));
            }
            throw new ContentRefused(invalid);
        }
        return container;
    }

    Optional<Part> part(String name) {
        return Optional.ofNullable(parts.get(key(name)));
    }

    Optional<Part> first() {
        return parts.values().stream().findFirst();
    }

    /** Zip entry names are compared as Office compares package part names: without case. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Part readPart(ZipArchiveEntry entry, InputStream data, boolean kept) throws IOException, XMLStreamException {
        boolean stored = entry.getMethod() == ZipArchiveEntry.STORED;
        byte[] content = null;
        if (kept) {
            content = data.readNBytes(MAX_KEPT_PART + 1);
            if (content.length > MAX_KEPT_PART) {
                throw new IOException("Part " + entry.getName() + " is too large to keep");
            }
            data = new ByteArrayInputStream(content);
        }
        QName root = isXml(entry.getName()) ? parseXml(data) : null;
        data.transferTo(OutputStream.nullOutputStream());
        return new Part(entry.getName(), stored, root, content);
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** Parses the whole part, so a broken one is found; gives its root element. */
    static QName parseXml(InputStream in) throws XMLStreamException {
        XMLStreamReader reader = XML.createXMLStreamReader(in);
        try {
            QName root = null;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && root == null) {
                    root = reader.getName();
                }
            }
            if (root == null) {
                throw new XMLStreamException("No root element");
            }
            return root;
        } finally {
            reader.close();
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /** The bytes unpacked from all entries together. */
    private static final class Counter {
        private final long max;
        private long count;
        private boolean exceeded;

        Counter(long max) {
            this.max = max;
        }

        void add(long bytes) throws IOException {
            count += bytes;
            if (count > max) {
                exceeded = true;
                throw new IOException("Unpacked more than " + max + " bytes");
            }
        }
    }

    /** Counts what one entry unpacks, and leaves the zip stream open when a reader closes it. */
    private static final class CountingStream extends FilterInputStream {
        private final Counter counter;

        CountingStream(InputStream in, Counter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counter.add(n);
            }
            return n;
        }

        /** Skipped bytes are unpacked too, so they are read and counted. */
        @Override
        public long skip(long n) throws IOException {
            int read = read(new byte[(int) Math.max(0, Math.min(n, 8192))]);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // The zip stream goes on to the next entry.
        }
    }
}
