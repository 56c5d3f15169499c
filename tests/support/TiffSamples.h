#pragma once
// Small but complete TIFF files for the fax tests: uncompressed bilevel pages, one strip each,
// in either byte order, so a decoder has real image directories to read.

#include <QByteArray>

namespace tiffsamples {

struct TiffOptions {
    int pages = 1;
    bool bigEndian = false;
    quint32 width = 64;
    quint32 height = 16;
};

inline QByteArray makeTiff(const TiffOptions &options)
{
    QByteArray out;
    const auto put16 = [&](quint32 value) {
        if (options.bigEndian)
            out.append(char(value >> 8 & 0xFF)).append(char(value & 0xFF));
        else
            out.append(char(value & 0xFF)).append(char(value >> 8 & 0xFF));
    };
    const auto put32 = [&](quint32 value) {
        for (int i = 0; i < 4; ++i) {
            const int shift = options.bigEndian ? 8 * (3 - i) : 8 * i;
            out.append(char(value >> shift & 0xFF));
        }
    };
    out.append(options.bigEndian ? QByteArray("MM\0*", 4) : QByteArray("II*\0", 4));
    put32(8);
    const quint32 stripBytes = (options.width + 7) / 8 * options.height;
    constexpr quint32 Entries = 8;
    constexpr quint32 DirectoryBytes = 2 + Entries * 12 + 4;
    for (int page = 0; page < options.pages; ++page) {
        const auto directoryAt = quint32(out.size());
        const quint32 stripAt = directoryAt + DirectoryBytes;
        const quint32 nextAt = page + 1 < options.pages ? stripAt + stripBytes : 0;
        put16(Entries);
        const auto entry = [&](quint32 tag, quint32 type, quint32 value) {
            put16(tag);
            put16(type);
            put32(1);
            if (type == 3) { // SHORT: left-justified in the 4-byte value field
                put16(value);
                put16(0);
            } else {
                put32(value);
            }
        };
        entry(256, 4, options.width);  // ImageWidth
        entry(257, 4, options.height); // ImageLength
        entry(258, 3, 1);              // BitsPerSample
        entry(259, 3, 1);              // Compression: none
        entry(262, 3, 0);              // PhotometricInterpretation: white is zero
        entry(273, 4, stripAt);        // StripOffsets
        entry(278, 4, options.height); // RowsPerStrip
        entry(279, 4, stripBytes);     // StripByteCounts
        put32(nextAt);
        for (quint32 i = 0; i < stripBytes; ++i)
            out.append(char(i % 7 == 0 ? 0xAA : 0x00));
    }
    return out;
}

} // namespace tiffsamples
