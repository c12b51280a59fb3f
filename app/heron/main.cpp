// heron: the desktop application.
#include "accounts/profile.h"
#include "heron_version.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {

// --version must work without a display (packaging checks run it headless),
// so it is answered before QApplication connects to the window system.
bool answeredWithoutDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("heron %s\n", heron::kVersion);
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(heron::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(heron::kVersion));
    QApplication::setOrganizationDomain(QString::fromLatin1(heron::kOrganizationDomain));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Heron mail client"));
    parser.addHelpOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main",
                                "Keep all state (settings, cache, secrets) under <dir> (default: "
                                "$HERON_PROFILE, else the standard location)."),
        QApplication::translate("main", "dir"));
    parser.addOption(profileOption);
    parser.process(app);

    QString error;
    const auto profile = heron::accounts::Profile::open(
        heron::accounts::Profile::resolveDirectory(parser.value(profileOption)), &error);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Heron cannot start"), error);
        return 1;
    }

    heron::ui::MainWindow window(*profile);
    window.show();
    return QApplication::exec();
}
