package vn.motcua.document.file;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the names in the directory of an OLE2 compound file (MS-CFB), which is how legacy Word,
 * Excel and PowerPoint files differ: "WordDocument", "Workbook", "PowerPoint Document". Only the
 * structures needed for that are read: the header, the FAT (through the header's and any further
 * DIFAT sectors) and the directory's sector chain.
 */
final class OleDirectory {

    private static final int END_OF_CHAIN = -2;
    private static final int FREE = -1;
    private static final int MAX_SECTORS = 1 << 20;
    private static final int ENTRY_SIZE = 128;

    private OleDirectory() {
    }

    static List<String> streamNames(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            ByteBuffer header = read(in, 0, 512);
            if (header.getShort(28) != (short) 0xFFFE) {
                throw new IOException("bad byte-order mark");
            }
            int sectorShift = header.getShort(30);
            if (sectorShift != 9 && sectorShift != 12) {
                throw new IOException("bad sector size");
            }
            int sectorSize = 1 << sectorShift;
            int fatSectors = header.getInt(44);
            int directoryStart = header.getInt(48);
            int difatStart = header.getInt(68);
            int[] fat = readFat(in, header, sectorSize, fatSectors, difatStart);
            return directoryNames(in, fat, sectorSize, directoryStart);
        }
    }

    private static int[] readFat(RandomAccessFile in, ByteBuffer header, int sectorSize, int fatSectors,
            int difatStart) throws IOException {
        if (fatSectors < 1 || fatSectors > MAX_SECTORS / 128) {
            throw new IOException("bad FAT size");
        }
        List<Integer> fatLocations = new ArrayList<>();
        for (int i = 0; i < 109 && fatLocations.size() < fatSectors; i++) {
            fatLocations.add(header.getInt(76 + 4 * i));
        }
        int difat = difatStart;
        int guard = 0;
        while (fatLocations.size() < fatSectors && difat >= 0 && guard++ < MAX_SECTORS) {
            ByteBuffer sector = sector(in, sectorSize, difat);
            int perSector = sectorSize / 4 - 1;
            for (int i = 0; i < perSector && fatLocations.size() < fatSectors; i++) {
                fatLocations.add(sector.getInt(4 * i));
            }
            difat = sector.getInt(4 * perSector);
        }
        int perSector = sectorSize / 4;
        int[] fat = new int[fatLocations.size() * perSector];
        for (int s = 0; s < fatLocations.size(); s++) {
            ByteBuffer sector = sector(in, sectorSize, fatLocations.get(s));
            for (int i = 0; i < perSector; i++) {
                fat[s * perSector + i] = sector.getInt(4 * i);
            }
        }
        return fat;
    }

    private static List<String> directoryNames(RandomAccessFile in, int[] fat, int sectorSize, int start)
            throws IOException {
        List<String> names = new ArrayList<>();
        int current = start;
        int visited = 0;
        while (current != END_OF_CHAIN) {
            if (current < 0 || current >= fat.length || current == FREE || visited++ > fat.length) {
                throw new IOException("broken directory chain");
            }
            ByteBuffer sector = sector(in, sectorSize, current);
            for (int offset = 0; offset + ENTRY_SIZE <= sectorSize; offset += ENTRY_SIZE) {
                int nameBytes = sector.getShort(offset + 64);
                int type = sector.get(offset + 66);
                if (type != 0 && nameBytes >= 2 && nameBytes <= 64) {
                    byte[] raw = new byte[nameBytes - 2];
                    sector.get(offset, raw);
                    names.add(new String(raw, StandardCharsets.UTF_16LE));
                }
            }
            current = fat[current];
        }
        return names;
    }

    private static ByteBuffer sector(RandomAccessFile in, int sectorSize, int index) throws IOException {
        return read(in, (long) (index + 1) * sectorSize, sectorSize);
    }

    private static ByteBuffer read(RandomAccessFile in, long position, int length) throws IOException {
        if (position < 0 || position + length > in.length()) {
            throw new IOException("sector beyond the end of the file");
        }
        byte[] bytes = new byte[length];
        in.seek(position);
        in.readFully(bytes);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
