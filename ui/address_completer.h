#pragma once

#include <QCompleter>

class QLineEdit;

namespace heron::store {
class MailCache;
} // namespace heron::store

namespace heron::ui {

class AddressCompletionModel;

// Completes the entry being typed at the end of a comma-separated address
// field ("ann@x.org, Bo" offers "Bob <bob@y.org>") from the addresses of the
// cache; choosing one replaces only that last entry and adds ", " for the next.
class AddressCompleter : public QCompleter
{
    Q_OBJECT

public:
    AddressCompleter(store::MailCache &cache, QLineEdit *field);

    AddressCompletionModel *addressModel() const { return m_model; }

    // Offers completions for the field's last entry (called as the user types).
    void update();
    // Puts a chosen completion in place of the last entry.
    void insert(const QString &completion);

private:
    QLineEdit *m_field;
    AddressCompletionModel *m_model;
};

} // namespace heron::ui
