#include "store/base_subject.h"

#include <QRegularExpression>

namespace heron::store {

namespace {

// subj-trailer: "(fwd)" at the end.
const QRegularExpression kTrailer(QStringLiteral("\\s*\\(fwd\\)\\s*$"), QRegularExpression::CaseInsensitiveOption);
// subj-leader: *subj-blob subj-refwd, where subj-refwd is ("re" / "fw" ["d"]) *WSP [subj-blob] ":".
const QRegularExpression
    kReplyLeader(QStringLiteral("^(\\[[^\\[\\]]*\\]\\s*)*(re|fwd?)\\s*(\\[[^\\[\\]]*\\])?\\s*:\\s*"),
                 QRegularExpression::CaseInsensitiveOption);
// A subj-blob alone ("[list] "), removed only when something remains after it.
const QRegularExpression kBlob(QStringLiteral("^\\[[^\\[\\]]*\\]\\s*"));
// subj-fwd: "[fwd:" subject "]".
const QRegularExpression kForwardWrapper(QStringLiteral("^\\[fwd:(.*)\\]$"), QRegularExpression::CaseInsensitiveOption);

} // namespace

QString BaseSubject::of(const QString &subject, bool *isReply)
{
    QString text = subject.simplified();
    bool reply = false;
    // Most subjects have nothing to remove: no regular expression for them (sync threads every message).
    const QChar first = text.isEmpty() ? QChar() : text.front().toLower();
    if (first != QLatin1Char('[') && first != QLatin1Char('r') && first != QLatin1Char('f')
        && !text.endsWith(QLatin1Char(')'))) {
        if (isReply)
            *isReply = false;
        return text.toCaseFolded();
    }
    for (bool changed = true; changed;) {
        changed = false;
        while (true) {
            const QRegularExpressionMatch trailer = kTrailer.match(text);
            if (!trailer.hasMatch())
                break;
            text.truncate(trailer.capturedStart());
            reply = true;
        }
        for (bool leader = true; leader;) {
            leader = false;
            if (const QRegularExpressionMatch match = kReplyLeader.match(text); match.hasMatch()) {
                text.remove(0, match.capturedLength());
                reply = true;
                leader = true;
            } else if (const QRegularExpressionMatch blob = kBlob.match(text);
                       blob.hasMatch() && blob.capturedLength() < text.size()) {
                text.remove(0, blob.capturedLength());
                leader = true;
            }
        }
        if (const QRegularExpressionMatch wrapper = kForwardWrapper.match(text); wrapper.hasMatch()) {
            text = wrapper.captured(1).trimmed();
            reply = true;
            changed = true;
        }
    }
    if (isReply)
        *isReply = reply;
    return text.trimmed().toCaseFolded();
}

} // namespace heron::store
