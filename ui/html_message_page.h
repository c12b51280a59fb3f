#pragma once

#include <QWebEnginePage>

namespace heron::ui {

// The page of the HTML view: it shows the message document and never goes
// anywhere else. A clicked link (also one asking for a new window) is
// reported with linkClicked and not followed; jumps inside the document
// (#anchors) are allowed; every other navigation (forms, redirects,
// refreshes) is refused. Permission requests are denied.
class HtmlMessagePage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit HtmlMessagePage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // The document being shown; only it may be loaded into the page.
    void setDocumentUrl(const QUrl &url) { m_documentUrl = url; }

signals:
    void linkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QUrl m_documentUrl;
};

} // namespace heron::ui
