#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace heron::net {

// Raw DEFLATE (RFC 1951, no zlib header) in both directions of one link, as
// IMAP COMPRESS=DEFLATE (RFC 4978) uses it: what we write is flushed at every
// call so the server sees whole commands; what we read is inflated as it
// arrives. Both directions keep their dictionaries for the life of the link.
class DeflateStream
{
public:
    DeflateStream();
    ~DeflateStream();
    DeflateStream(const DeflateStream &) = delete;
    DeflateStream &operator=(const DeflateStream &) = delete;

    // Compressed bytes for data, ending on a sync flush.
    QByteArray compress(QByteArrayView data);
    // The plain bytes in compressed; false when the input is not valid DEFLATE
    // (or an output limit per call is broken), after which the stream is unusable.
    bool decompress(QByteArrayView compressed, QByteArray *plain);

private:
    struct Streams;
    std::unique_ptr<Streams> m_streams;
};

} // namespace heron::net
