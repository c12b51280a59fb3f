#include "imap/body_structure.h"

namespace heron::imap {

bool BodyStructure::operator==(const BodyStructure &other) const = default;

bool BodyStructure::isMultipart() const
{
    return type.compare("MULTIPART", Qt::CaseInsensitive) == 0;
}

bool BodyStructure::isMessage() const
{
    return envelope.has_value();
}

QByteArray BodyStructure::parameter(QByteArrayView attribute) const
{
    for (const auto &[name, value] : parameters) {
        if (name.compare(attribute, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace heron::imap
