#pragma once
// Small but complete greeting recordings for the tests: a PCM WAV file (RIFF chunks with a
// consistent fmt chunk and whole sample frames) and an MP3 file of MPEG-2 layer III frames.

#include <QByteArray>

namespace audiosamples {

struct WavOptions {
    quint16 channels = 1;
    quint32 sampleRate = 8000;
    quint16 bits = 16;
    quint32 frames = 800; // a tenth of a second at 8 kHz
};

inline QByteArray makeWav(const WavOptions &options = {})
{
    QByteArray out;
    const auto put16 = [&](quint32 value) { out.append(char(value & 0xFF)).append(char(value >> 8 & 0xFF)); };
    const auto put32 = [&](quint32 value) {
        put16(value & 0xFFFF);
        put16(value >> 16);
    };
    const quint32 blockAlign = options.channels * options.bits / 8u;
    const quint32 dataBytes = options.frames * blockAlign;
    out.append("RIFF");
    put32(4 + 8 + 16 + 8 + dataBytes + dataBytes % 2);
    out.append("WAVEfmt ");
    put32(16);
    put16(1); // PCM
    put16(options.channels);
    put32(options.sampleRate);
    put32(options.sampleRate * blockAlign);
    put16(blockAlign);
    put16(options.bits);
    out.append("data");
    put32(dataBytes);
    for (quint32 i = 0; i < dataBytes; ++i)
        out.append(char(i * 37 % 251)); // not silence, not a pattern a sniffer could mistake
    if (dataBytes % 2)
        out.append('\0');
    return out;
}

// `frames` MPEG-2 layer III frames, 22.05 kHz mono at 32 kbit/s: 104 bytes each.
inline QByteArray makeMp3(int frames)
{
    QByteArray out;
    for (int frame = 0; frame < frames; ++frame) {
        QByteArray bytes(104, '\0');
        bytes[0] = char(0xFF);
        bytes[1] = char(0xF3); // sync, MPEG-2, layer III, no CRC
        bytes[2] = char(0x40); // 32 kbit/s, 22.05 kHz, no padding
        bytes[3] = char(0xC4); // mono
        out += bytes;
    }
    return out;
}

} // namespace audiosamples
