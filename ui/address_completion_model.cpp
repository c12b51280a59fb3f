#include "address_completion_model.h"

#include "mime/address_input.h"

namespace heron::ui {

AddressCompletionModel::AddressCompletionModel(store::MailCache &cache, QObject *parent)
    : QAbstractListModel(parent)
    , m_cache(cache)
{
}

void AddressCompletionModel::setPrefix(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    beginResetModel();
    m_prefix = prefix;
    m_rows = m_cache.addressesByPrefix(prefix);
    endResetModel();
}

int AddressCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AddressCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::KnownAddress &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return mime::AddressInput::format({row.name, row.address});
    if (role == Qt::ToolTipRole)
        return row.address;
    return {};
}

} // namespace heron::ui
