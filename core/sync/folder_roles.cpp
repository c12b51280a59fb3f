#include "sync/folder_roles.h"

#include <algorithm>

namespace heron::sync {

namespace {

// Names by role, compared case-insensitively with the folder's last name element.
const QHash<QString, QStringList> &wellKnownNames()
{
    static const QHash<QString, QStringList> names = {
        {QStringLiteral("\\Sent"),
         {QStringLiteral("Sent"), QStringLiteral("Sent Items"), QStringLiteral("Sent Messages"),
          QStringLiteral("Sent Mail"), QStringLiteral("Gesendet"), QStringLiteral("Gesendete Objekte"),
          QStringLiteral("Envoyés"), QStringLiteral("Éléments envoyés")}},
        {QStringLiteral("\\Drafts"),
         {QStringLiteral("Drafts"), QStringLiteral("Draft"), QStringLiteral("Entwürfe"), QStringLiteral("Brouillons")}},
        {QStringLiteral("\\Trash"),
         {QStringLiteral("Trash"), QStringLiteral("Deleted Items"), QStringLiteral("Deleted Messages"),
          QStringLiteral("Deleted"), QStringLiteral("Bin"), QStringLiteral("Papierkorb"), QStringLiteral("Corbeille"),
          QStringLiteral("Éléments supprimés")}},
        {QStringLiteral("\\Junk"),
         {QStringLiteral("Junk"), QStringLiteral("Spam"), QStringLiteral("Junk E-mail"), QStringLiteral("Junk Mail"),
          QStringLiteral("Bulk Mail"), QStringLiteral("Courrier indésirable")}},
        {QStringLiteral("\\Archive"),
         {QStringLiteral("Archive"), QStringLiteral("Archives"), QStringLiteral("Archiv")}},
    };
    return names;
}

QString lastElement(const store::FolderRecord &folder)
{
    return folder.delimiter.isNull() ? folder.name : folder.name.section(folder.delimiter, -1);
}

// At the top, or directly below INBOX (servers that keep everything inside it).
bool isTopLevel(const store::FolderRecord &folder)
{
    if (folder.delimiter.isNull() || !folder.name.contains(folder.delimiter))
        return true;
    return folder.name.count(folder.delimiter) == 1
        && folder.name.section(folder.delimiter, 0, 0).compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
}

} // namespace

const QStringList &FolderRoles::roles()
{
    static const QStringList roles = {QStringLiteral("\\Drafts"), QStringLiteral("\\Sent"), QStringLiteral("\\Archive"),
                                      QStringLiteral("\\Junk"), QStringLiteral("\\Trash")};
    return roles;
}

void FolderRoles::assign(QList<store::FolderRecord> &folders, const QHash<QString, QString> &chosen)
{
    for (const QString &role : roles()) {
        const QString choice = chosen.value(role);
        const bool chosenExists = !choice.isEmpty()
            && std::any_of(folders.cbegin(), folders.cend(),
                           [&](const store::FolderRecord &folder) { return folder.name == choice; });
        if (chosenExists) {
            for (store::FolderRecord &folder : folders) {
                if (folder.name == choice)
                    folder.specialUse = role;
                else if (folder.specialUse == role)
                    folder.specialUse.clear();
            }
            continue;
        }
        const bool declared = std::any_of(folders.cbegin(), folders.cend(),
                                          [&](const store::FolderRecord &folder) { return folder.specialUse == role; });
        if (declared)
            continue;
        // The first well-known name wins, in the order of the list (so "Sent" before "Sent Items").
        const QStringList &names = wellKnownNames().value(role);
        store::FolderRecord *best = nullptr;
        qsizetype bestRank = names.size();
        for (store::FolderRecord &folder : folders) {
            if (!folder.specialUse.isEmpty() || !isTopLevel(folder))
                continue;
            const QString name = lastElement(folder);
            for (qsizetype rank = 0; rank < bestRank; ++rank) {
                if (names.at(rank).compare(name, Qt::CaseInsensitive) == 0) {
                    best = &folder;
                    bestRank = rank;
                    break;
                }
            }
        }
        if (best)
            best->specialUse = role;
    }
}

} // namespace heron::sync
