#include "imap/capabilities.h"

namespace heron::imap {

namespace {

// RFC 9051 appendix E: extensions IMAP4rev2 includes.
constexpr const char *kImpliedByRev2[] = {
    "NAMESPACE",     "UNSELECT",    "UIDPLUS", "ESEARCH",  "SEARCHRES", "ENABLE",      "IDLE",     "SASL-IR",
    "LIST-EXTENDED", "LIST-STATUS", "MOVE",    "LITERAL-", "BINARY",    "SPECIAL-USE", "CHILDREN", "STATUS=SIZE",
};

} // namespace

Capabilities::Capabilities(const QByteArrayList &announced)
    : m_announced(announced)
{
    for (const QByteArray &name : announced)
        m_names.insert(name.toUpper());
    if (m_names.contains("IMAP4REV2")) {
        for (const char *implied : kImpliedByRev2)
            m_names.insert(QByteArray(implied));
    }
}

bool Capabilities::has(QByteArrayView name) const
{
    return m_names.contains(name.toByteArray().toUpper());
}

CommandEncoder::Capabilities Capabilities::encoderCapabilities(bool utf8Accepted) const
{
    CommandEncoder::Capabilities encoder;
    encoder.literalPlus = has("LITERAL+");
    encoder.literalMinus = has("LITERAL-");
    encoder.utf8Accept = utf8Accepted;
    return encoder;
}

} // namespace heron::imap
