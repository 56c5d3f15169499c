// contract::rules::greetingAudioType (contract/Receptionist.h) on arbitrary uploads. It answers
// "audio/wav", "audio/mpeg" or nothing, and names a type only when the bytes start as that type
// does: a RIFF/WAVE header whose size is the file's, an ID3v2 tag, or an MPEG audio frame sync
// (eleven set bits) for layer III. Each is written here from the formats, not from the code. It
// decodes the whole file, so an accepted recording cut short by one byte is refused, and the same
// bytes get the same answer twice (the client checks before upload, the server on arrival).

#include "contract/Receptionist.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &type)
{
    std::fprintf(stderr, "fuzz_greeting_audio: %s (answered \"%s\")\n", what, qPrintable(type));
    std::abort();
}

bool isWav(const QByteArray &data)
{
    if (data.size() < 12 || !data.startsWith("RIFF") || data.sliced(8, 4) != "WAVE")
        return false;
    quint64 riffSize = 0; // little endian, the size of what follows the first 8 bytes
    for (int i = 7; i >= 4; --i)
        riffSize = riffSize << 8 | static_cast<quint8>(data[i]);
    return riffSize + 8 == quint64(data.size());
}

bool isMp3(const QByteArray &data)
{
    if (data.startsWith("ID3") && data.size() >= 11) // the 10-byte tag header and more
        return true;
    if (data.size() < 4)
        return false;
    const auto first = static_cast<quint8>(data[0]);
    const auto second = static_cast<quint8>(data[1]);
    const int layer = (second >> 1) & 0x3; // binary 01 is layer III
    return first == 0xFF && (second & 0xE0) == 0xE0 && layer == 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The server refuses larger greetings before it looks at them.
    if (size > size_t(contract::rules::MaxGreetingBytes))
        return 0;
    const auto upload = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString type = contract::rules::greetingAudioType(upload);
    if (type == QLatin1String("audio/wav")) {
        if (!isWav(upload))
            fail("WAV without a RIFF/WAVE header that spans the file", type);
    } else if (type == QLatin1String("audio/mpeg")) {
        if (!isMp3(upload))
            fail("MP3 without an ID3v2 tag or a layer III frame sync", type);
    } else if (!type.isEmpty()) {
        fail("a type that is neither WAV nor MP3", type);
    }
    if (!type.isEmpty() && !contract::rules::greetingAudioType(upload.chopped(1)).isEmpty())
        fail("a recording cut short by one byte is accepted", type);
    if (contract::rules::greetingAudioType(upload) != type)
        fail("the same bytes get a different answer the second time", type);
    return 0;
}
