#include "folders_command.h"

#include "imap/folder_order.h"
#include "imap/list_command.h"
#include "imap/status_command.h"
#include "imap_opener.h"
#include "invocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace heron::cli {

namespace {

struct Folder
{
    imap::ListData list;
    std::optional<imap::MailboxStatus> status;
};

// The special-use attribute of a folder (RFC 6154), without the backslash; INBOX counts as one.
QString specialUse(const imap::ListData &folder)
{
    const QByteArray use = folder.specialUse();
    if (!use.isEmpty())
        return QString::fromLatin1(use.mid(1)).toLower();
    return folder.name == QLatin1String("INBOX") ? QStringLiteral("inbox") : QString();
}

bool isSelectable(const imap::ListData &folder)
{
    return std::none_of(folder.attributes.cbegin(), folder.attributes.cend(), [](const QByteArray &attribute) {
        return attribute.compare("\\Noselect", Qt::CaseInsensitive) == 0
            || attribute.compare("\\NonExistent", Qt::CaseInsensitive) == 0;
    });
}

QJsonValue optionalNumber(const std::optional<quint32> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue();
}

} // namespace

ExitCode runFolders(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    ImapOpener opener(invocation, err);
    const std::unique_ptr<imap::ImapSession> session = opener.open();
    if (!session)
        return opener.exitCode();

    QObject owner;
    imap::ListCommand::Options options;
    options.statusItems = {"MESSAGES", "UNSEEN"};
    auto *list = new imap::ListCommand(options);
    list->setParent(&owner);
    if (!opener.run(*session, list))
        return opener.exitCode();

    QList<Folder> folders;
    for (const imap::ListData &data : list->folders()) {
        Folder folder {data, std::nullopt};
        for (const imap::MailboxStatus &status : list->statuses()) {
            if (status.name == data.name)
                folder.status = status;
        }
        folders.append(folder);
    }
    // Without LIST-STATUS: one STATUS per folder, all sent at once.
    if (list->statuses().isEmpty()) {
        QList<imap::StatusCommand *> statuses;
        for (const Folder &folder : std::as_const(folders)) {
            auto *status = new imap::StatusCommand(folder.list.name, {"MESSAGES", "UNSEEN"});
            status->setParent(&owner);
            statuses.append(status);
            if (isSelectable(folder.list))
                session->run(status);
        }
        for (qsizetype i = 0; i < folders.size(); ++i) {
            if (isSelectable(folders.at(i).list) && opener.run(*session, statuses.at(i)))
                folders[i].status = statuses.at(i)->status();
        }
    }
    std::stable_sort(folders.begin(), folders.end(), [](const Folder &a, const Folder &b) {
        return imap::FolderOrder::lessThan(a.list.name, a.list.specialUse(), b.list.name, b.list.specialUse());
    });

    if (invocation.json()) {
        QJsonArray array;
        for (const Folder &folder : std::as_const(folders)) {
            QJsonArray attributes;
            for (const QByteArray &attribute : folder.list.attributes)
                attributes.append(QString::fromUtf8(attribute));
            const QString use = specialUse(folder.list);
            array.append(QJsonObject {
                {QStringLiteral("name"), folder.list.name},
                {QStringLiteral("delimiter"),
                 folder.list.delimiter.isNull() ? QJsonValue() : QJsonValue(QString(folder.list.delimiter))},
                {QStringLiteral("special_use"), use.isEmpty() ? QJsonValue() : QJsonValue(use)},
                {QStringLiteral("attributes"), attributes},
                {QStringLiteral("selectable"), isSelectable(folder.list)},
                {QStringLiteral("messages"), optionalNumber(folder.status ? folder.status->messages : std::nullopt)},
                {QStringLiteral("unseen"), optionalNumber(folder.status ? folder.status->unseen : std::nullopt)},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const Folder &folder : std::as_const(folders)) {
            QString line = folder.list.name;
            const QString use = specialUse(folder.list);
            if (!use.isEmpty() && use != QLatin1String("inbox"))
                line += QStringLiteral(" [%1]").arg(use);
            if (folder.status && folder.status->messages)
                line += QStringLiteral("  %1 messages, %2 unread")
                            .arg(*folder.status->messages)
                            .arg(folder.status->unseen.value_or(0));
            out << line << '\n';
        }
    }
    opener.logout(*session);
    return ExitCode::Done;
}

} // namespace heron::cli
