#pragma once

#include "imap/body_structure.h"
#include "mime/mime_part.h"

#include <QByteArray>

namespace heron::sync {

// The server's BODYSTRUCTURE as core/mime's part tree, so remote and local
// messages share one model (and its "body to display" / "attachments"
// helpers); parameters go through the MIME layer's RFC 2231/2047 decoding.
class PartTree
{
public:
    static mime::MimePart fromBodyStructure(const imap::BodyStructure &structure);
    // The leaf parts as compact JSON, for the cache: path, type, charset,
    // encoding, disposition, filename, size, content id.
    static QByteArray leavesAsJson(const mime::MimePart &root);
    // The same through QJsonDocument: leavesAsJson's reference (tests), and its way for
    // text it does not write itself.
    static QByteArray qtLeavesAsJson(const mime::MimePart &root);
};

} // namespace heron::sync
