package vn.motcua.document.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.motcua.backbone.problem.Problem;
import vn.motcua.backbone.problem.ProblemException;

/**
 * Tells what a file is from its bytes, never from its name, and refuses what is not one of the
 * accepted {@link FileKind}s (415) or is broken (422): a PDF that does not parse or lacks its end
 * marker, a truncated image, a damaged ZIP container, an OLE2 file whose directory cannot be read.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PNG_END = HexFormat.of().parseHex("0000000049454e44ae426082");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    private static final int TAIL = 1024;

    private ContentSniffer() {
    }

    public static FileKind detect(Path file) {
        byte[] head = readHead(file);
        if (startsWith(head, PDF)) {
            return checkedPdf(file);
        }
        if (startsWith(head, JPEG)) {
            return checkedImage(file, FileKind.JPEG);
        }
        if (startsWith(head, PNG)) {
            return checkedImage(file, FileKind.PNG);
        }
        if (startsWith(head, ZIP)) {
            return officeContainer(file);
        }
        if (startsWith(head, OLE2)) {
            return legacyOffice(file);
        }
        throw unsupported("its content is not PDF, JPEG, PNG or an office document");
    }

    private static FileKind checkedPdf(Path file) {
        // PDFBox repairs truncated files silently; a complete PDF ends with %%EOF (ISO 32000-1, 7.5.5)
        if (indexOf(readTail(file), "%%EOF".getBytes(StandardCharsets.US_ASCII)) < 0) {
            throw corrupt("the PDF has no end-of-file marker: it is truncated or damaged");
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() < 1) {
                throw corrupt("the PDF has no pages");
            }
            return FileKind.PDF;
        } catch (InvalidPasswordException e) {
            throw corrupt("the PDF is password-protected; upload it without a password");
        } catch (IOException e) {
            throw corrupt("the PDF cannot be read: " + e.getMessage());
        }
    }

    private static FileKind checkedImage(Path file, FileKind kind) {
        byte[] tail = readTail(file);
        boolean complete = kind == FileKind.PNG
                ? indexOf(tail, PNG_END) >= 0
                : endsWithJpegEnd(tail);
        if (!complete) {
            throw corrupt("the " + kind + " image is truncated");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw corrupt("the " + kind + " image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1) {
                    throw corrupt("the " + kind + " image has no pixels");
                }
            } finally {
                reader.dispose();
            }
            return kind;
        } catch (IOException e) {
            throw corrupt("the " + kind + " image cannot be read: " + e.getMessage());
        }
    }

    /** OOXML has [Content_Types].xml and a main part; ODF starts with an uncompressed "mimetype" entry. */
    private static FileKind officeContainer(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                String declared;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    declared = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                }
                for (FileKind kind : List.of(FileKind.ODT, FileKind.ODS, FileKind.ODP)) {
                    if (kind.mediaType().equals(declared)) {
                        return kind;
                    }
                }
                throw unsupported("it is an OpenDocument file of type " + declared);
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("word/document.xml") != null) {
                    return FileKind.DOCX;
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return FileKind.XLSX;
                }
                if (zip.getEntry("ppt/presentation.xml") != null) {
                    return FileKind.PPTX;
                }
            }
            throw unsupported("it is a ZIP archive, not an office document");
        } catch (IOException e) {
            throw corrupt("the office document's ZIP container is damaged: " + e.getMessage());
        }
    }

    private static FileKind legacyOffice(Path file) {
        List<String> streams;
        try {
            streams = OleDirectory.streamNames(file);
        } catch (IOException e) {
            throw corrupt("the legacy office document cannot be read: " + e.getMessage());
        }
        if (streams.contains("WordDocument")) {
            return FileKind.DOC;
        }
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return FileKind.XLS;
        }
        if (streams.contains("PowerPoint Document")) {
            return FileKind.PPT;
        }
        if (streams.contains("EncryptedPackage")) {
            throw corrupt("the office document is password-protected; upload it without a password");
        }
        throw unsupported("it is an OLE2 compound file that is not a Word, Excel or PowerPoint document");
    }

    private static boolean endsWithJpegEnd(byte[] tail) {
        int end = tail.length;
        while (end > 0 && tail[end - 1] == 0) {
            end--; // some scanners pad the file with zeros after the end-of-image marker
        }
        return end >= 2 && tail[end - 2] == (byte) 0xFF && tail[end - 1] == (byte) 0xD9;
    }

    private static byte[] readHead(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(16, in.length())];
            in.readFully(head);
            return head;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] readTail(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            byte[] tail = new byte[(int) Math.min(TAIL, length)];
            in.seek(length - tail.length);
            in.readFully(tail);
            return tail;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static ProblemException unsupported(String why) {
        return new ProblemException(415, "unsupported-file-type", "Unsupported file type",
                "Only PDF, JPEG, PNG and office documents (Word, Excel, PowerPoint, OpenDocument) are accepted; "
                        + why,
                List.of(new Problem.FieldError("body", "unsupported file type: " + why)));
    }

    private static ProblemException corrupt(String why) {
        return new ProblemException(422, "corrupt-file", "Corrupt file", why, List.of());
    }
}
