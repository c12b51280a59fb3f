#pragma once

#include <QLabel>

namespace heron::ui {

// A wrapping, selectable label for text that comes from outside (a server's
// reply, an error message): shown as it is, never interpreted as HTML, so a
// server cannot put links or markup into Heron's windows.
class PlainTextLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PlainTextLabel(const QString &objectName, QWidget *parent = nullptr);
};

} // namespace heron::ui
