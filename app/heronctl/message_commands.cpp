#include "message_commands.h"
#include "cli_text.h"

#include "account_resolver.h"
#include "cache_opener.h"
#include "command_spec.h"
#include "imap/fetch_command.h"
#include "imap/search_command.h"
#include "imap/select_command.h"
#include "imap_opener.h"
#include "invocation.h"
#include "mime/message_json.h"
#include "mime/message_parser.h"
#include "parse_command.h"
#include "store/search_query.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace heron::cli {

namespace {

QString prefixOf(const Invocation &invocation)
{
    return QStringLiteral("heronctl ") + invocation.command().name() + QStringLiteral(": ");
}

QString folderOf(const Invocation &invocation)
{
    return invocation.isSet(QStringLiteral("folder")) ? invocation.value(QStringLiteral("folder"))
                                                      : QStringLiteral("INBOX");
}

// EXAMINE of the --folder (owned by owner): reading from the command line marks nothing read.
imap::SelectCommand *examineFolder(const Invocation &invocation, QObject *owner)
{
    imap::SelectCommand::Options readOnly;
    readOnly.readOnly = true;
    auto *examine = new imap::SelectCommand(folderOf(invocation), readOnly);
    examine->setParent(owner);
    return examine;
}

// A non-negative --limit / --offset; nullopt (after explaining) when it is not a number.
std::optional<int> numberOption(const Invocation &invocation, const QString &name, int fallback, QTextStream &err)
{
    if (!invocation.isSet(name))
        return fallback;
    bool ok = false;
    const int value = invocation.value(name).toInt(&ok);
    if (!ok || value < 0) {
        err << prefixOf(invocation) << CliText::tr("--%1 wants a number, not \"%2\".").arg(name, invocation.value(name))
            << '\n';
        return std::nullopt;
    }
    return value;
}

QJsonArray addressesJson(const QList<store::AddressRecord> &addresses)
{
    QJsonArray array;
    for (const store::AddressRecord &address : addresses)
        array.append(QJsonObject {{QStringLiteral("name"), address.name.isEmpty() ? QJsonValue() : address.name},
                                  {QStringLiteral("address"), address.address}});
    return array;
}

void printMessages(const Invocation &invocation, const QList<store::MessageRecord> &messages, QTextStream &out)
{
    if (invocation.json()) {
        QJsonArray array;
        for (const store::MessageRecord &message : messages) {
            const QDateTime date = message.date.isValid() ? message.date : message.internalDate;
            array.append(QJsonObject {
                {QStringLiteral("uid"), qint64(message.uid)},
                {QStringLiteral("subject"), message.subject},
                {QStringLiteral("from"), addressesJson(message.from)},
                {QStringLiteral("date"), date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("flags"), QJsonArray::fromStringList(message.flags)},
                {QStringLiteral("size"), message.size},
                {QStringLiteral("has_attachments"), message.hasAttachments},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    for (const store::MessageRecord &message : messages) {
        const QString from = message.from.isEmpty()
            ? QString()
            : (message.from.first().name.isEmpty() ? message.from.first().address : message.from.first().name);
        const QDateTime date = message.date.isValid() ? message.date : message.internalDate;
        const bool unread = !message.flags.contains(QStringLiteral("\\Seen"));
        out << QString::number(message.uid).rightJustified(7) << (unread ? " * " : "   ")
            << date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << from.left(24).leftJustified(24) << "  " << (message.hasAttachments ? "@ " : "") << message.subject
            << '\n';
    }
}

// Resolves the account (no password needed) and opens its cache.
bool openCache(const Invocation &invocation, QTextStream &err, CacheOpener *cache, ExitCode *code)
{
    AccountResolver resolver(invocation, err);
    if (!resolver.resolve()) {
        *code = resolver.exitCode();
        return false;
    }
    *code = ExitCode::Failure;
    return cache->open(resolver.profile(), resolver.account().email, prefixOf(invocation), err);
}

// The account's cache and the --folder's row in it; nullopt (with *code) after explaining.
std::optional<store::FolderRecord> openFolder(const Invocation &invocation, QTextStream &err, CacheOpener *cache,
                                              ExitCode *code)
{
    if (!openCache(invocation, err, cache, code))
        return std::nullopt;
    *code = ExitCode::Failure;
    return cache->folder(folderOf(invocation), prefixOf(invocation), err);
}

// The server's UID SEARCH for what the cache cannot search: the text of cached messages
// whose bodies are not kept here, and then also messages that came after the last sync
// (counted on stderr, since nothing of them is cached to show). Matches are added to
// *found. A folder kept offline whole is searched in the cache alone, without a connection.
ExitCode searchServer(const Invocation &invocation, store::MailCache &cache, const store::FolderRecord &folder,
                      const QString &query, QList<store::MessageRecord> *found, QTextStream &err)
{
    QList<quint32> withoutBody;
    for (const auto &[uid, size] : cache.messagesWithoutBody(folder.id))
        withoutBody.append(uid);
    if (withoutBody.isEmpty())
        return ExitCode::Done; // every message is cached whole: the cache has searched it all
    imap::SequenceSet uids = imap::SequenceSet::fromNumbers(withoutBody);
    if (folder.uidNext != 0)
        uids = uids.united(imap::SequenceSet::fromRange(folder.uidNext, imap::SequenceSet::Star));
    const std::optional<QStringList> terms = store::SearchQuery::plainTerms(query);
    if (!terms) {
        err << prefixOf(invocation)
            << CliText::tr("only the cache was searched: the server cannot search with OR, NOT, NEAR, groups or "
                           "column filters, and %n message(s) here have no cached text.",
                           nullptr, int(withoutBody.size()))
            << '\n';
        return ExitCode::Done;
    }
    ImapOpener opener(invocation, err);
    const std::unique_ptr<imap::ImapSession> session = opener.open();
    if (!session) {
        err << prefixOf(invocation) << CliText::tr("only the cache was searched.") << '\n';
        return opener.exitCode();
    }
    QObject owner;
    auto *search = imap::SearchCommand::allTerms(*terms, uids);
    search->setParent(&owner);
    if (!opener.run(*session, examineFolder(invocation, &owner)) || !opener.run(*session, search)) {
        err << prefixOf(invocation) << CliText::tr("only the cache was searched.") << '\n';
        return opener.exitCode();
    }
    opener.logout(*session);
    QSet<quint32> known;
    for (const store::MessageRecord &message : std::as_const(*found))
        known.insert(message.uid);
    int notCached = 0;
    for (const quint32 uid : search->uids()) {
        if (known.contains(uid))
            continue;
        if (std::optional<store::MessageRecord> message = cache.message(folder.id, uid))
            found->append(std::move(*message));
        else
            ++notCached;
    }
    if (notCached > 0)
        err << prefixOf(invocation)
            << CliText::tr("%n more message(s) on the server match; `heronctl sync` brings them into the cache.",
                           nullptr, notCached)
            << '\n';
    return ExitCode::Done;
}

} // namespace

ExitCode runList(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::optional<int> limit = numberOption(invocation, QStringLiteral("limit"), 50, err);
    const std::optional<int> offset = numberOption(invocation, QStringLiteral("offset"), 0, err);
    if (!limit || !offset)
        return ExitCode::Usage;
    CacheOpener cache;
    ExitCode code = ExitCode::Done;
    const auto folder = openFolder(invocation, err, &cache, &code);
    if (!folder)
        return code;
    printMessages(invocation, cache.cache().page(folder->id, *limit, *offset), out);
    return ExitCode::Done;
}

ExitCode runSearch(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const std::optional<int> limit = numberOption(invocation, QStringLiteral("limit"), 50, err);
    if (!limit)
        return ExitCode::Usage;
    CacheOpener cache;
    ExitCode code = ExitCode::Done;
    const auto folder = openFolder(invocation, err, &cache, &code);
    if (!folder)
        return code;
    const QString query = invocation.positionals().join(QLatin1Char(' '));
    QString error;
    QList<store::MessageRecord> found = cache.cache().search(folder->id, query, *limit, &error);
    if (!error.isEmpty()) {
        err << prefixOf(invocation) << CliText::tr("the search could not be run: %1").arg(error) << '\n';
        return ExitCode::Usage;
    }
    code = invocation.isSet(QStringLiteral("offline"))
        ? ExitCode::Done
        : searchServer(invocation, cache.cache(), *folder, query, &found, err);
    std::sort(found.begin(), found.end(), [](const store::MessageRecord &a, const store::MessageRecord &b) {
        return a.internalDate != b.internalDate ? a.internalDate > b.internalDate : a.uid > b.uid;
    });
    if (found.size() > *limit)
        found.resize(*limit);
    printMessages(invocation, found, out);
    return code;
}

ExitCode runShow(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const quint32 uid = invocation.positionals().value(0).toUInt(&ok);
    if (!ok || uid == 0) {
        err << prefixOf(invocation) << CliText::tr("UID must be a positive number.") << '\n';
        return ExitCode::Usage;
    }
    ImapOpener opener(invocation, err);
    const std::unique_ptr<imap::ImapSession> session = opener.open();
    if (!session)
        return opener.exitCode();
    QObject owner;
    if (!opener.run(*session, examineFolder(invocation, &owner)))
        return opener.exitCode();
    auto *fetch = new imap::FetchCommand(imap::SequenceSet::fromNumbers({uid}), {"UID", "FLAGS", "BODY.PEEK[]"});
    fetch->setParent(&owner);
    if (!opener.run(*session, fetch))
        return opener.exitCode();
    opener.logout(*session);
    if (fetch->results().isEmpty() || fetch->results().first().sections.isEmpty()) {
        err << prefixOf(invocation) << CliText::tr("%1 has no message with UID %2.").arg(folderOf(invocation)).arg(uid)
            << '\n';
        return ExitCode::Failure;
    }
    const imap::FetchData &data = fetch->results().first();
    const QByteArray &bytes = data.sections.first().data;
    if (invocation.isSet(QStringLiteral("raw"))) {
        QFile stdoutFile;
        if (stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            out.flush();
            stdoutFile.write(bytes);
        }
        return ExitCode::Done;
    }
    const mime::MimePart message = mime::MessageParser::parse(bytes);
    if (invocation.json()) {
        QJsonObject object = mime::MessageJson::message(message);
        object.insert(QStringLiteral("uid"), qint64(uid));
        QJsonArray flags;
        for (const QByteArray &flag : data.flags.value_or(QList<QByteArray>()))
            flags.append(QString::fromUtf8(flag));
        object.insert(QStringLiteral("flags"), flags);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitCode::Done;
    }
    printMessageSummary(message, out);
    if (const mime::MimePart *body = message.bodyToDisplay(mime::MimePart::Preference::PlainText))
        out << '\n' << body->text() << '\n';
    return ExitCode::Done;
}

} // namespace heron::cli
