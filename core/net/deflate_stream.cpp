#include "net/deflate_stream.h"

#include <zlib.h>

namespace heron::net {

namespace {

// Inflation of one received chunk may not grow beyond this: a tiny hostile
// input can otherwise expand a thousandfold in one step.
constexpr qsizetype kMaxInflatedPerCall = qsizetype(64) * 1024 * 1024;
constexpr int kRawWindowBits = -15; // negative: raw DEFLATE, no zlib header

} // namespace

struct DeflateStream::Streams
{
    z_stream deflater {};
    z_stream inflater {};
    bool failed = false;
    bool ended = false;
};

DeflateStream::DeflateStream()
    : m_streams(std::make_unique<Streams>())
{
    deflateInit2(&m_streams->deflater, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kRawWindowBits, 8, Z_DEFAULT_STRATEGY);
    inflateInit2(&m_streams->inflater, kRawWindowBits);
}

DeflateStream::~DeflateStream()
{
    deflateEnd(&m_streams->deflater);
    inflateEnd(&m_streams->inflater);
}

QByteArray DeflateStream::compress(QByteArrayView data)
{
    z_stream &stream = m_streams->deflater;
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    do {
        const qsizetype used = out.size();
        out.resize(used + qMax<qsizetype>(256, data.size() / 2 + 64));
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        stream.avail_out = static_cast<uInt>(out.size() - used);
        deflate(&stream, Z_SYNC_FLUSH);
        out.resize(out.size() - stream.avail_out);
    } while (stream.avail_out == 0 || stream.avail_in > 0);
    return out;
}

bool DeflateStream::decompress(QByteArrayView compressed, QByteArray *plain)
{
    if (m_streams->failed || (m_streams->ended && !compressed.isEmpty()))
        return false;
    z_stream &stream = m_streams->inflater;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    plain->clear();
    do {
        const qsizetype used = plain->size();
        plain->resize(used + qMax<qsizetype>(4096, compressed.size() * 4));
        stream.next_out = reinterpret_cast<Bytef *>(plain->data() + used);
        stream.avail_out = static_cast<uInt>(plain->size() - used);
        const int result = inflate(&stream, Z_SYNC_FLUSH);
        plain->resize(plain->size() - stream.avail_out);
        if (result == Z_BUF_ERROR && stream.avail_in == 0)
            break; // all input used and nothing pending: not an error
        if (result == Z_STREAM_END && stream.avail_in == 0) {
            m_streams->ended = true; // the peer finished its stream (a server does at LOGOUT)
            break;
        }
        if ((result != Z_OK && result != Z_BUF_ERROR) || plain->size() > kMaxInflatedPerCall) {
            m_streams->failed = true;
            return false;
        }
    } while (stream.avail_in > 0 || stream.avail_out == 0);
    return true;
}

} // namespace heron::net
