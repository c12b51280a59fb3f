#include "address_completer.h"

#include "address_completion_model.h"
#include "mime/address_input.h"

#include <QAbstractItemView>
#include <QLineEdit>

namespace heron::ui {

AddressCompleter::AddressCompleter(store::MailCache &cache, QLineEdit *field)
    : QCompleter(field)
    , m_field(field)
    , m_model(new AddressCompletionModel(cache, this))
{
    setModel(m_model);
    // The cache matched the prefix already (names too, which a prefix filter here would miss).
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setWidget(field); // not QLineEdit::setCompleter: that would replace the whole text
    connect(field, &QLineEdit::textEdited, this, &AddressCompleter::update);
    connect(this, qOverload<const QString &>(&QCompleter::activated), this, &AddressCompleter::insert);
}

void AddressCompleter::update()
{
    const QString text = m_field->text();
    const QString entry = m_field->cursorPosition() == text.size()
        ? text.mid(mime::AddressInput::lastEntryStart(text)).trimmed()
        : QString(); // editing inside the list: nothing to complete
    m_model->setPrefix(entry);
    if (entry.isEmpty() || m_model->rowCount() == 0) {
        popup()->hide();
        return;
    }
    complete();
}

void AddressCompleter::insert(const QString &completion)
{
    const QString text = m_field->text();
    m_field->setText(text.left(mime::AddressInput::lastEntryStart(text)) + completion + QLatin1String(", "));
    m_field->setCursorPosition(int(m_field->text().size()));
}

} // namespace heron::ui
