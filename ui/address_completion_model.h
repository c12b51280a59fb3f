#pragma once

#include "store/mail_cache.h"

#include <QAbstractListModel>

namespace heron::ui {

// The addresses of the cache that start with a prefix (MailCache::addressesByPrefix:
// address, name or a word of the name; most used first, at most 20), shown as
// "Name <address>". The cache does the matching, so a completer shows the rows as
// they are (QCompleter::UnfilteredPopupCompletion).
class AddressCompletionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit AddressCompletionModel(store::MailCache &cache, QObject *parent = nullptr);

    void setPrefix(const QString &prefix);
    const QString &prefix() const { return m_prefix; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    store::MailCache &m_cache;
    QString m_prefix;
    QList<store::KnownAddress> m_rows;
};

} // namespace heron::ui
