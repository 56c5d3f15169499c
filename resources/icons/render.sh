#!/usr/bin/env bash
# Renders the application icon from centralita.svg: the hicolor PNGs (Linux), centralita.ico
# (Windows) and centralita.icns (macOS). The outputs are committed; run this after editing the SVG.
# Needs rsvg-convert (apt-get install librsvg2-bin) and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/centralita.svg"
app_id=io.github.centralita.Centralita
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/hicolor/${size}x${size}/apps/$app_id.png"
done
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$tmp/$size.png"
done

python3 - "$tmp" "$here" <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
png = lambda size: open(f"{tmp}/{size}.png", "rb").read()

# ICO with PNG-compressed entries (Windows Vista and later). Width/height 0 means 256.
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
entries = b""
for s, data in zip(sizes, images):
    dim = 0 if s >= 256 else s
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(f"{out}/centralita.ico", "wb") as f:
    f.write(struct.pack("<HHH", 0, 1, len(sizes)) + entries + b"".join(images))

# ICNS with PNG entries, the element types iconutil writes for a full .iconset.
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
with open(f"{out}/centralita.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "rendered icons into $here"
