// Greeting recordings are accepted by decoding their container, not by their first bytes: a
// WAV file's RIFF chunks are walked and its format checked for consistency, an MP3 file's MPEG
// audio frames are walked one by one. A file cut short anywhere fails the walk.

#include "contract/Receptionist.h"

#include <array>
#include <optional>

namespace contract::rules {

namespace {

quint32 le16(const char *p)
{
    return quint32(quint8(p[0])) | quint32(quint8(p[1])) << 8;
}

quint32 le32(const char *p)
{
    return le16(p) | le16(p + 2) << 16;
}

// A chunk identifier is four printable ASCII characters ("fmt ", "data", "LIST"…).
bool isFourCc(const char *p)
{
    for (int i = 0; i < 4; ++i) {
        if (quint8(p[i]) < 0x20 || quint8(p[i]) > 0x7E)
            return false;
    }
    return true;
}

// The fmt chunk: an encoding the telephone system can play, with values that agree with each
// other. Returns the size of one sample frame (block align).
std::optional<quint32> wavBlockAlign(const char *fmt, quint32 size)
{
    if (size < 16)
        return std::nullopt;
    quint32 encoding = le16(fmt);
    const quint32 channels = le16(fmt + 2);
    const quint32 sampleRate = le32(fmt + 4);
    const quint32 byteRate = le32(fmt + 8);
    const quint32 blockAlign = le16(fmt + 12);
    const quint32 bits = le16(fmt + 14);
    if (size >= 18 && 18 + le16(fmt + 16) > size) // cbSize: the extension must fit in the chunk
        return std::nullopt;
    constexpr quint32 Pcm = 1, Float = 3, ALaw = 6, MuLaw = 7, Extensible = 0xFFFE;
    if (encoding == Extensible) {
        // cbSize 22: valid bits, channel mask, then the sub-format GUID (encoding + fixed tail).
        static constexpr char GuidTail[] = "\x00\x00\x00\x00\x10\x00\x80\x00\x00\xAA\x00\x38\x9B\x71";
        const quint32 validBits = size >= 40 ? le16(fmt + 18) : 0;
        if (size < 40 || le16(fmt + 16) < 22 || validBits == 0 || validBits > bits ||
            QByteArray::fromRawData(fmt + 26, 14) != QByteArray::fromRawData(GuidTail, 14))
            return std::nullopt;
        encoding = le16(fmt + 24);
    }
    const bool bitsFit = encoding == Pcm     ? (bits == 8 || bits == 16 || bits == 24 || bits == 32)
                         : encoding == Float ? (bits == 32 || bits == 64)
                                             : (encoding == ALaw || encoding == MuLaw) && bits == 8;
    if (!bitsFit || channels < 1 || channels > 8 || sampleRate < 8000 || sampleRate > 192000 ||
        blockAlign != channels * bits / 8 || byteRate != sampleRate * blockAlign)
        return std::nullopt;
    return blockAlign;
}

// RIFF/WAVE: the RIFF chunk is the whole file, its chunks fill it exactly, one fmt chunk comes
// before the one data chunk, and the data chunk holds whole sample frames, all present.
bool isCompleteWav(const QByteArray &data)
{
    const char *bytes = data.constData();
    const auto size = quint64(data.size());
    if (size < 12 || !data.startsWith("RIFF") || QByteArray::fromRawData(bytes + 8, 4) != "WAVE" ||
        quint64(le32(bytes + 4)) + 8 != size)
        return false;
    std::optional<quint32> blockAlign;
    bool audio = false;
    quint64 at = 12;
    while (at < size) {
        if (size - at < 8 || !isFourCc(bytes + at))
            return false;
        const QByteArray id = QByteArray::fromRawData(bytes + at, 4);
        const quint64 chunkSize = le32(bytes + at + 4);
        at += 8;
        if (chunkSize > size - at)
            return false;
        if (id == "fmt ") {
            if (blockAlign || !(blockAlign = wavBlockAlign(bytes + at, quint32(chunkSize))))
                return false;
        } else if (id == "data") {
            if (!blockAlign || audio || chunkSize == 0 || chunkSize % *blockAlign != 0)
                return false;
            audio = true;
        }
        at += chunkSize;
        // Chunks are padded to an even size; a writer may leave out the last chunk's pad byte.
        if (chunkSize % 2 != 0 && at < size)
            ++at;
    }
    return audio;
}

struct MpegFrame {
    int version = 0; // 3 = MPEG 1, 2 = MPEG 2, 0 = MPEG 2.5
    int sampleRate = 0;
    bool mono = false;
    bool crc = false;
    quint32 length = 0;
};

// An MPEG audio layer III frame header; nullopt for anything else or a reserved value.
std::optional<MpegFrame> mpegFrame(const char *p)
{
    const auto b1 = quint8(p[1]), b2 = quint8(p[2]), b3 = quint8(p[3]);
    MpegFrame frame;
    frame.version = b1 >> 3 & 0x3;
    const int layer = b1 >> 1 & 0x3;
    const int bitrateIndex = b2 >> 4;
    const int rateIndex = b2 >> 2 & 0x3;
    if (quint8(p[0]) != 0xFF || (b1 & 0xE0) != 0xE0 || frame.version == 1 || layer != 1 ||
        bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3 || (b3 & 0x3) == 2)
        return std::nullopt;
    static constexpr std::array<int, 15> Mpeg1Kbps{0,   32,  40,  48,  56,  64,  80, 96,
                                                   112, 128, 160, 192, 224, 256, 320};
    static constexpr std::array<int, 15> Mpeg2Kbps{0,  8,  16, 24,  32,  40,  48, 56,
                                                   64, 80, 96, 112, 128, 144, 160};
    static constexpr std::array<int, 3> Mpeg1Rates{44100, 48000, 32000};
    const bool mpeg1 = frame.version == 3;
    const int kbps = mpeg1 ? Mpeg1Kbps[size_t(bitrateIndex)] : Mpeg2Kbps[size_t(bitrateIndex)];
    frame.sampleRate = Mpeg1Rates[size_t(rateIndex)] / (mpeg1 ? 1 : frame.version == 2 ? 2 : 4);
    frame.mono = (b3 >> 6) == 3;
    frame.crc = (b1 & 0x1) == 0;
    frame.length = quint32((mpeg1 ? 144 : 72) * kbps * 1000 / frame.sampleRate + (b2 >> 1 & 0x1));
    return frame;
}

quint32 be32(const char *p)
{
    return quint32(quint8(p[0])) << 24 | quint32(quint8(p[1])) << 16 | quint32(quint8(p[2])) << 8 |
           quint32(quint8(p[3]));
}

// The first frame of a VBR file may be a Xing/Info or VBRI header: a frame that holds no audio.
struct InfoFrame {
    std::optional<quint32> audioFrames; // when a Xing/Info header declares how many follow
};

std::optional<InfoFrame> infoFrame(const char *frame, const MpegFrame &header)
{
    const quint32 sideInfo = header.version == 3 ? (header.mono ? 17 : 32) : (header.mono ? 9 : 17);
    const quint32 at = 4 + (header.crc ? 2 : 0) + sideInfo;
    const auto tagAt = [&](quint32 offset) { return QByteArray::fromRawData(frame + offset, 4); };
    if (at + 8 <= header.length && (tagAt(at) == "Xing" || tagAt(at) == "Info")) {
        InfoFrame info;
        if ((be32(frame + at + 4) & 0x1) && at + 12 <= header.length)
            info.audioFrames = be32(frame + at + 8);
        return info;
    }
    if (36 + 4 <= header.length && tagAt(36) == "VBRI")
        return InfoFrame{};
    return std::nullopt;
}

// MP3: an optional ID3v2 tag, then complete layer III frames of one MPEG version and sample
// rate up to the end of the file or an ID3v1 tag; at least one of them holds audio, and as many
// as a Xing/Info header says there are. (Without that header, a file cut exactly between two
// frames is a shorter recording: nothing in it says otherwise.)
bool isCompleteMp3(const QByteArray &data)
{
    const char *bytes = data.constData();
    quint64 at = 0;
    quint64 end = quint64(data.size());
    if (data.startsWith("ID3")) {
        if (end < 10 || quint8(bytes[3]) < 2 || quint8(bytes[3]) > 4 || quint8(bytes[4]) == 0xFF)
            return false;
        quint64 tagSize = 0;
        for (int i = 6; i < 10; ++i) {
            if (quint8(bytes[i]) & 0x80) // a syncsafe integer: seven bits a byte
                return false;
            tagSize = tagSize << 7 | quint8(bytes[i]);
        }
        const bool footer = quint8(bytes[3]) == 4 && (quint8(bytes[5]) & 0x10);
        at = 10 + tagSize + (footer ? 10 : 0);
        if (at > end)
            return false;
    }
    if (end - at >= 128 && QByteArray::fromRawData(bytes + end - 128, 3) == "TAG")
        end -= 128;
    std::optional<MpegFrame> first;
    std::optional<InfoFrame> info;
    quint32 audioFrames = 0;
    while (at < end) {
        const auto frame = end - at >= 4 ? mpegFrame(bytes + at) : std::nullopt;
        if (!frame || frame->length > end - at ||
            (first && (frame->version != first->version || frame->sampleRate != first->sampleRate)))
            return false;
        if (first || !(info = infoFrame(bytes + at, *frame)))
            ++audioFrames;
        if (!first)
            first = frame;
        at += frame->length;
    }
    return audioFrames > 0 && (!info || !info->audioFrames || *info->audioFrames == audioFrames);
}

} // namespace

QString greetingAudioType(const QByteArray &data)
{
    if (data.startsWith("RIFF"))
        return isCompleteWav(data) ? QStringLiteral("audio/wav") : QString();
    return isCompleteMp3(data) ? QStringLiteral("audio/mpeg") : QString();
}

} // namespace contract::rules
