// SPDX-License-Identifier: EUPL-1.2

#include "attachmentstore.h"

#include "pdfwriter.h"
#include "simrandom.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>

#include <cmath>

namespace lvdesk {

namespace {
// The digest cache holds 60 bytes or so per attachment; 400,000 covers 100,000 cases with room.
constexpr qsizetype maxDigests = 400000;
} // namespace

AttachmentStore::AttachmentStore(qint64 cacheBytes)
    : m_cache(qMax<qint64>(1, cacheBytes / 1024))
{ }

AttachmentStore::Blob AttachmentStore::blob(const AttachmentSpec &spec)
{
    if (const Blob *cached = m_cache.object(spec.key))
        return *cached;
    auto *made = new Blob;
    made->bytes = makeBytes(spec);
    made->sha256 = QCryptographicHash::hash(made->bytes, QCryptographicHash::Sha256);
    const Blob copy = *made;
    if (m_digests.size() >= maxDigests)
        m_digests.clear();
    m_digests.insert(spec.key, qMakePair(qint64(copy.bytes.size()), copy.sha256));
    // Cost in KiB so that the cache bound is about bytes held.
    m_cache.insert(spec.key, made, qMax<qsizetype>(1, copy.bytes.size() / 1024));
    return copy;
}

QPair<qint64, QByteArray> AttachmentStore::sizeAndDigest(const AttachmentSpec &spec)
{
    const auto it = m_digests.constFind(spec.key);
    if (it != m_digests.constEnd())
        return it.value();
    const Blob b = blob(spec);
    return qMakePair(qint64(b.bytes.size()), b.sha256);
}

QByteArray AttachmentStore::makeBytes(const AttachmentSpec &spec)
{
    switch (spec.format) {
    case AttachmentSpec::Format::Png:
        return makePng(spec);
    case AttachmentSpec::Format::Html:
        return makeHtml(spec);
    case AttachmentSpec::Format::Pdf:
        break;
    }
    return PdfWriter::document(spec.title, spec.lines, spec.targetBytes);
}

QByteArray AttachmentStore::makeHtml(const AttachmentSpec &spec)
{
    // A short page with a script (an eighth of the target: a page, not a document), for a file
    // whose name and content type say something else.
    QByteArray out = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
                     + spec.title.toHtmlEscaped().toUtf8()
                     + "</title><script>alert(document.cookie)</script></head><body>\n";
    const QStringList lines = spec.lines.isEmpty() ? QStringList{spec.title} : spec.lines;
    for (int n = 0; out.size() < spec.targetBytes / 8; ++n)
        out += "<p>" + lines.at(n % lines.size()).toHtmlEscaped().toUtf8() + "</p>\n";
    return out + "</body></html>\n";
}

QByteArray AttachmentStore::makePng(const AttachmentSpec &spec)
{
    // A map-like picture: a soft gradient, a grid of roads and a marked area, with fine noise.
    // Written without compression (3 bytes per pixel), which keeps generation fast at any size.
    SimRandom rnd(spec.key, 0x504e47);
    const double pixels = qMax(2000.0, spec.targetBytes / 3.0);
    const int width = qMax(40, int(std::sqrt(pixels * 4.0 / 3.0)));
    const int height = qMax(30, int(pixels / width));
    QImage image(width, height, QImage::Format_RGB888);
    const int baseR = rnd.between(150, 220), baseG = rnd.between(170, 230),
              baseB = rnd.between(120, 200);
    const int areaX = rnd.below(width / 2), areaY = rnd.below(height / 2);
    const int areaW = width / 4 + rnd.below(width / 4), areaH = height / 4 + rnd.below(height / 4);
    const int grid = rnd.between(32, 64);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const quint64 noise = rnd.next();
            int r = baseR + (x * 30) / width + int(noise & 15);
            int g = baseG - (y * 30) / height + int((noise >> 4) & 15);
            int b = baseB + int((noise >> 8) & 15);
            if (x % grid < 3 || y % grid < 3) {
                r = 250;
                g = 240;
                b = 200;
            }
            const bool edge
                = (x >= areaX && x < areaX + areaW && (y == areaY || y == areaY + areaH))
                  || (y >= areaY && y < areaY + areaH && (x == areaX || x == areaX + areaW));
            if (edge) {
                r = 200;
                g = 20;
                b = 20;
            }
            line[3 * x] = uchar(qBound(0, r, 255));
            line[3 * x + 1] = uchar(qBound(0, g, 255));
            line[3 * x + 2] = uchar(qBound(0, b, 255));
        }
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 100);
    return out;
}

} // namespace lvdesk
