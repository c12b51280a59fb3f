#pragma once

#include "accounts/profile.h"

#include <QMainWindow>

class QSplitter;

namespace heron::ui {

// The three-pane main window: folders, message list, message view.
// The panes are placeholders until the reading UI lands; the frame, menus and
// the remembered geometry are real.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(accounts::Profile profile, QWidget *parent = nullptr);

    const accounts::Profile &profile() const { return m_profile; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    accounts::Profile m_profile;
    QSplitter *m_outerSplitter = nullptr;
    QSplitter *m_innerSplitter = nullptr;
};

} // namespace heron::ui
