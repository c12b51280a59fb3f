#include "plain_text_label.h"

namespace heron::ui {

PlainTextLabel::PlainTextLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace heron::ui
