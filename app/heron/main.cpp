// heron: the desktop application.
#include "accounts/profile.h"
#include "heron_version.h"
#include "i18n/translation_loader.h"
#include "main_window.h"
#include "message_file_window.h"
#include "message_view.h"
#include "net/instance_channel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QUrl>

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

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1-%2.png").arg(QLatin1String(heron::kApplicationId)).arg(size),
                     QSize(size, size));
    return icon;
}

// The value of --NAME VALUE or --NAME=VALUE, read before the command-line parser
// exists, because its help texts are already translated.
QString optionValue(const QStringList &arguments, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + QLatin1Char('=')))
            return arguments[i].mid(option.size() + 1);
    }
    return QString();
}

// --language wins, then the language chosen in the profile (View → Language),
// then the system's.
QString chosenLanguage(const QStringList &arguments)
{
    QString explicitLanguage = optionValue(arguments, QStringLiteral("language"));
    if (!explicitLanguage.isEmpty())
        return explicitLanguage;
    const QString directory
        = heron::accounts::Profile::resolveDirectory(optionValue(arguments, QStringLiteral("profile")));
    if (directory.isEmpty())
        return QString();
    return QSettings(heron::accounts::Profile::settingsFileIn(directory), QSettings::IniFormat)
        .value(heron::accounts::Profile::languageKey())
        .toString();
}

bool isMailtoUrl(const QString &argument)
{
    return argument.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

// File managers pass a path or a file: URL. Absolute, because the running
// Heron that may get it has another working directory.
QString localPath(const QString &argument)
{
    const QUrl url(argument);
    return QFileInfo(url.isLocalFile() ? url.toLocalFile() : argument).absoluteFilePath();
}

// Message files named on the command line each open in a window of their own.
void showMessageFiles(const QStringList &files, QWidget *parent)
{
    for (const QString &file : files)
        (new heron::ui::MessageFileWindow(file, parent))->show();
}

// What the command line asks the window to open: mailto: links in a composer,
// message files each in a window. With nothing to open, the window comes forward
// (a second start of Heron from the desktop menu).
void openArguments(heron::ui::MainWindow &window, const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        if (isMailtoUrl(argument))
            window.openMailto(QUrl(argument));
        else
            files.append(argument);
    }
    showMessageFiles(files, &window);
    if (arguments.isEmpty()) {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
    }
}

// Hands the arguments to the Heron already running on the profile: at once, or
// within a few seconds when it holds the profile but is still starting.
bool forwardToRunningHeron(const heron::net::InstanceChannel &channel, const QStringList &arguments, bool wait)
{
    const QDeadlineTimer deadline(wait ? 5000 : 0);
    while (!channel.forward(arguments)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    // QtWebEngine wants its URL schemes before anything of it exists.
    heron::ui::MessageView::prepareApplication();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(heron::kApplicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(heron::kVersion));
    QApplication::setOrganizationDomain(QString::fromLatin1(heron::kOrganizationDomain));
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setDesktopFileName(QString::fromLatin1(heron::kApplicationId));
    heron::i18n::TranslationLoader::install(app, chosenLanguage(QApplication::arguments()));

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
    parser.addOption(QCommandLineOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Show Heron in <language> (%1) instead of the system's language.")
            .arg(heron::i18n::TranslationLoader::available().join(QStringLiteral(", "))),
        QApplication::translate("main", "language")));
    parser.addPositionalArgument(QStringLiteral("message-or-mailto"),
                                 QApplication::translate("main", "Message files (.eml) to show, or a mailto: link."),
                                 QStringLiteral("[file.eml|mailto:...]"));
    parser.process(app);

    QStringList files;
    QStringList arguments; // for this window or the one already running
    for (const QString &argument : parser.positionalArguments()) {
        const QString opened = isMailtoUrl(argument) ? argument : localPath(argument);
        arguments.append(opened);
        if (!isMailtoUrl(argument))
            files.append(opened);
    }
    const QString directory = heron::accounts::Profile::resolveDirectory(parser.value(profileOption));
    heron::net::InstanceChannel channel(directory);
    if (forwardToRunningHeron(channel, arguments, false))
        return 0;
    // Opening a message file needs no profile and no accounts: just the message.
    if (!files.isEmpty() && files.size() == arguments.size()) {
        showMessageFiles(files, nullptr);
        return QApplication::exec();
    }

    QString error;
    const auto profile = heron::accounts::Profile::open(directory, &error);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Heron cannot start"), error);
        return 1;
    }
    if (!channel.listen(&error)) {
        if (forwardToRunningHeron(channel, arguments, true))
            return 0;
        QMessageBox::critical(nullptr, QApplication::translate("main", "Heron cannot start"), error);
        return 1;
    }

    heron::ui::MainWindow window(*profile);
    window.show();
    if (arguments.isEmpty())
        window.offerAccountSetup();
    else
        openArguments(window, arguments);
    QObject::connect(&channel, &heron::net::InstanceChannel::argumentsReceived, &window,
                     [&window](const QStringList &later) { openArguments(window, later); });
    return QApplication::exec();
}
